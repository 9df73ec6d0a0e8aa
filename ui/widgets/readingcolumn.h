// ReadingColumn: a column of content no wider than about `characters`
// characters of its text, so lines stay easy to read on a wide window
// (UI-GUIDE: text columns no wider than about 75 characters). The width
// follows the text size. Put it in a row with a stretch after it
// (addTo() does that), so in right-to-left languages it sits on the right.
#pragma once

#include <QWidget>

class QBoxLayout;
class QVBoxLayout;

namespace pb::ui {

class ReadingColumn : public QWidget {
    Q_OBJECT
public:
    explicit ReadingColumn(int characters, QWidget* parent = nullptr);

    QVBoxLayout* column() const { return m_column; }
    // Adds the column to `layout` at the start of a row of its own.
    void addTo(QBoxLayout* layout);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateWidth();

    int m_characters;
    QVBoxLayout* m_column;
};

} // namespace pb::ui
