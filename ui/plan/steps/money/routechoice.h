// RouteChoice: one way of managing the money, as a large choice: a radio
// button, the way in bold beside it, a line under it saying in plain words
// what it means for the person (records to keep, how much freedom, who to
// ring), and a space under that for the fields that only this way needs (who
// the money is paid to, which provider holds it), shown while this way is
// chosen (a "conditional reveal", as on GOV.UK question pages).
//
// The way's name is a word-wrapped label rather than the radio button's own
// text, so a long name wraps at 200% text instead of widening the page.
// Clicking anywhere on the block chooses the way, so the whole block is one
// large target, and while the radio button has the keyboard focus the whole
// block shows the focus frame.
#pragma once

#include <QWidget>

class QLabel;
class QRadioButton;
class QVBoxLayout;

namespace pb::ui {

class RouteChoice : public QWidget {
    Q_OBJECT
public:
    RouteChoice(const QString& label, const QString& explanation, QWidget* parent = nullptr);

    QRadioButton* radio() const { return m_radio; }
    QLabel* title() const { return m_title; }
    QLabel* explanation() const { return m_explanation; }
    // Where the fields for this way go; the page shows it while they are needed.
    QVBoxLayout* revealLayout() const { return m_revealLayout; }
    void setRevealed(bool revealed);

protected:
    // Presses the radio button doesn't take (outside its circle) and presses
    // on the labels come here.
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void alignRadio();

    QRadioButton* m_radio;
    QLabel* m_title;
    QLabel* m_explanation;
    QWidget* m_reveal;
    QVBoxLayout* m_revealLayout;
};

} // namespace pb::ui
