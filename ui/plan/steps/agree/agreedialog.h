// AgreeDialog: the one question before a plan is agreed. Agreeing can't be
// undone (the version is frozen and the undo history cleared), so it is a
// decision and gets a dialog (UI-GUIDE: dialogs only for decisions).
//
// It says what will happen in plain words, repeats who is agreeing and when
// the first review is, and, when the checker found things that need changing
// (Error findings), names them first. The person may still agree (the
// council makes the final decision) or go back and change them.
//
// Buttons: "Agree this plan" (the default: Enter), "Not yet" (Escape), and
// with errors "Go back and change them". The result is a Choice, read with
// choice() after finished(); the dialog is opened with open(), so tests can
// drive it like a person would, without a nested event loop.
#pragma once

#include "checks/finding.h"

#include <QDate>
#include <QDialog>
#include <QList>

class QPushButton;

namespace pb::ui {

class AgreeDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice { NotYet = QDialog::Rejected, Agree = QDialog::Accepted, GoBack };

    // `errors`: the plan's Error findings (others are not mentioned here).
    AgreeDialog(const QString& agreedBy, QDate reviewDate, const QList<Finding>& errors,
        QWidget* parent = nullptr);

    Choice choice() const { return Choice(result()); }

    QPushButton* agreeButton() const { return m_agree; }
    QPushButton* notYetButton() const { return m_notYet; }
    QPushButton* goBackButton() const { return m_goBack; } // nullptr without errors

private:
    QPushButton* m_agree;
    QPushButton* m_notYet;
    QPushButton* m_goBack = nullptr;
};

} // namespace pb::ui
