// CheckBoxText: a long check box label broken into lines. QCheckBox does not
// wrap its text, and the labels here are the person's own sentences (their
// outcomes) or long plain-words explanations; unbroken they would make a
// dialog wider than the screen at large text sizes. The line length is in
// characters, so it grows with the text size, as the dialogs' widths do.
#pragma once

#include <QString>

namespace pb::ui {

class CheckBoxText {
public:
    static constexpr int kColumns = 64;
    // `text` with line breaks at spaces, no line longer than `columns` unless
    // a single word is.
    static QString wrapped(const QString& text, int columns = kColumns);
};

} // namespace pb::ui
