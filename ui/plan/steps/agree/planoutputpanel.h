// PlanOutputPanel: "Print or save your plan" on the Agree step: print,
// print preview, the plan as a PDF (standard or easy-read) and the support
// as a spreadsheet, with a message under the buttons saying where a file
// went or why it could not be saved. The work is PlanOutput's, shared with
// the File menu.
//
// It is there whether or not the plan is agreed: a draft is worth printing
// to talk over, and says DRAFT on every page (the panel says so too).
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace pb::ui {

class MessageBar;
class PlanOutput;
class PlanSession;

class PlanOutputPanel : public QWidget {
    Q_OBJECT
public:
    PlanOutputPanel(PlanSession* session, QWidget* parent = nullptr);

    void refresh();

    PlanOutput* output() const { return m_output; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* previewButton() const { return m_preview; }
    QPushButton* savePdfButton() const { return m_savePdf; }
    QPushButton* saveEasyReadButton() const { return m_saveEasyRead; }
    QPushButton* saveCsvButton() const { return m_saveCsv; }
    MessageBar* messageBar() const { return m_message; }

private:
    QPushButton* addButton(const QString& text, const QString& accessibleName);

    PlanSession* m_session;
    PlanOutput* m_output;
    QLabel* m_draftNote;
    QPushButton* m_print;
    QPushButton* m_preview;
    QPushButton* m_savePdf;
    QPushButton* m_saveEasyRead;
    QPushButton* m_saveCsv;
    MessageBar* m_message;
};

} // namespace pb::ui
