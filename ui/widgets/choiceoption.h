// ChoiceOption: one answer shown as a large radio button (UI-GUIDE: at least
// 44 pixels high, the whole label clickable), with an optional hint under it.
//
// QRadioButton's own text never wraps, so a long answer ("Someone has to do
// all of it with me, day and night") would be clipped at 200% text or in a
// narrow window. Here the words are a word-wrapped label beside a radio
// button with no text of its own; the button carries the label as its
// accessible name (and the hint as its description), so a screen reader
// announces the same words, and a click anywhere on the option clicks it.
#pragma once

#include <QWidget>

class QLabel;
class QRadioButton;
class QSpacerItem;

namespace pb::ui {

class ChoiceOption : public QWidget {
    Q_OBJECT
public:
    explicit ChoiceOption(
        const QString& label, const QString& hint = {}, QWidget* parent = nullptr);

    QRadioButton* button() const { return m_button; }
    QString label() const;
    QString hint() const;
    void setText(const QString& label, const QString& hint = {});

protected:
    void changeEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void alignButton();

    QRadioButton* m_button;
    QSpacerItem* m_buttonOffset;
    QLabel* m_label;
    QLabel* m_hint;
};

} // namespace pb::ui
