// FindingButton: one checker finding on the Check step, as a large button the
// person can click (or reach with Tab and press Enter or Space) to go to the
// part of the plan it is about.
//
// How much it matters is said three ways, never by colour alone: an icon
// (a circle with "!", a triangle, a circle with "i"), a word in bold ("Needs
// changing", "Worth a look", "Tip") and the same word first in the
// accessible name. The message is the checker's own kind advice, word-wrapped,
// so the button grows with the text size instead of clipping it.
#pragma once

#include "checks/finding.h"

#include <QAbstractButton>

class QLabel;

namespace pb::ui {

class FindingButton : public QAbstractButton {
    Q_OBJECT
public:
    explicit FindingButton(const Finding& finding, QWidget* parent = nullptr);

    const Finding& finding() const { return m_finding; }

    // "Needs changing", "Worth a look", "Tip".
    static QString severityWord(FindingSeverity severity);
    static QString iconPath(FindingSeverity severity);

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateIcon();

    Finding m_finding;
    QLabel* m_icon;
    QLabel* m_text;
};

} // namespace pb::ui
