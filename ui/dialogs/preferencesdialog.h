// PreferencesDialog: how the program looks for this person: the text size
// (100% to 200%, as View → Larger text does), high contrast and the
// language. A change applies at once, to every window, and is remembered
// (AppSettings), so there is nothing to confirm: the one button closes the
// dialog.
//
// The main window adds the language chooser (addLanguageChooser()), since a
// change of language makes the windows again.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QPushButton;

namespace pb::ui {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    // Puts `chooser` in the form under the text settings, with a "Language"
    // label as its buddy; the dialog takes ownership.
    void addLanguageChooser(QWidget* chooser);

    QComboBox* textSizeCombo() const { return m_textSize; }
    QCheckBox* highContrastBox() const { return m_highContrast; }
    QPushButton* closeButton() const { return m_close; }

protected:
    void showEvent(QShowEvent* event) override;
    bool event(QEvent* event) override;

private:
    void showCurrent();
    void textSizeChosen(int index);
    void highContrastToggled(bool on);

    QFormLayout* m_form;
    QComboBox* m_textSize;
    QCheckBox* m_highContrast;
    QPushButton* m_close;
};

} // namespace pb::ui
