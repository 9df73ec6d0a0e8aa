// FittedTableView: a table for a page or dialog that scrolls as a whole: as
// tall as its rows (so there is one scroll bar, the page's), and with its
// columns fitted to the width it is given, so that at large text sizes the
// words wrap instead of the table scrolling sideways.
//
// Column widths are asked for in characters of the current text size
// (setColumnWidthsInCharacters); a width of 0 fits that column to its
// contents (money, which must not wrap). When the wanted widths do not fit,
// the character columns shrink in proportion, down to kNarrowest characters;
// only below that does the table scroll sideways. Room left over goes to
// the last column sized in characters. Rows grow to fit their wrapped text.
//
// Columns that can go (setColumnsThatCanGo) are hidden, in the order given,
// while the others would otherwise have to scroll sideways, and come back
// when there is room: at 200% text a table of seven columns keeps its main
// ones readable instead of running off the page (as the GOV.UK tables do on
// a phone). What they held must be shown elsewhere too.
//
// (QAbstractScrollArea::AdjustToContents is not enough: QTableView counts the
// header twice there, leaving a blank strip under the rows.)
#pragma once

#include <QList>
#include <QTableView>

namespace pb::ui {

class FittedTableView : public QTableView {
    Q_OBJECT
public:
    static constexpr int kNarrowest = 12; // characters: most words fit, so few are cut short

    explicit FittedTableView(QWidget* parent = nullptr);

    void setColumnWidthsInCharacters(const QList<int>& characters);
    void setColumnsThatCanGo(const QList<int>& columns); // the first goes first
    void setModel(QAbstractItemModel* model) override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    int contentHeight() const;
    void fitColumns();
    void hideColumnsThatDoNotFit();
    int narrowestWidth() const; // of the shown columns, in pixels

    QList<int> m_characters;
    QList<int> m_canGo;
};

} // namespace pb::ui
