// AboutDialog: Help → About. The version, the licence, and where the
// figures the program works with come from: each shipped cost-rate table
// with its "rates as of" date and sources, and each example RAS scheme with
// who wrote it and its source. These are read from the shipped data
// (RateTableLoader, RasSchemeLoader), so a new table or scheme shows here
// without anyone remembering to change this text.
#pragma once

#include <QDialog>

class QTextBrowser;

namespace pb::ui {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The text shown (HTML), built from the shipped data.
    static QString aboutHtml();

    QTextBrowser* textView() const { return m_text; }

private:
    QTextBrowser* m_text;
};

} // namespace pb::ui
