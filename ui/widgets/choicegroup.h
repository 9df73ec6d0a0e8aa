// ChoiceGroup: a question's answers as a column of large radio buttons
// (ChoiceOption), one of which may be chosen, or none yet.
//
// chosen() is emitted only when the person picks an answer (a click, or the
// arrow keys, which move between the answers and pick as they go, as radio
// buttons do); setChosen() is for refresh() and emits nothing, so showing the
// plan never makes an edit. Each answer has an id the caller chooses (an
// enum value, an index).
//
// A group whose answers change (one question after another) is given its
// answers with setOptions(): the buttons are kept and relabelled, so the tab
// order stays where the group is on the page. Make it with as many buttons as
// it will need (reserve()) before the widgets that follow it.
#pragma once

#include <QWidget>

class QButtonGroup;
class QVBoxLayout;

namespace pb::ui {

class ChoiceOption;

class ChoiceGroup : public QWidget {
    Q_OBJECT
public:
    explicit ChoiceGroup(QWidget* parent = nullptr);

    ChoiceOption* addOption(int id, const QString& label, const QString& hint = {});
    // Makes sure there are `count` buttons (hidden until setOptions() uses them).
    void reserve(int count);
    // Shows these answers, with ids 0, 1, 2…; buttons beyond them are hidden.
    void setOptions(const QStringList& labels);
    int count() const; // the answers shown
    ChoiceOption* option(int id) const;
    QList<ChoiceOption*> options() const; // the answers shown

    // Read-only (an agreed plan): the buttons can't be pressed, but the words
    // keep their full contrast, to be read (a disabled group greys them out).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    int chosen() const; // -1 when nothing is chosen
    void setChosen(int id); // quietly; -1 chooses nothing

signals:
    void chosenByPerson(int id);

private:
    QButtonGroup* m_group;
    QVBoxLayout* m_layout;
    QList<ChoiceOption*> m_options;
    int m_shown = 0;
    bool m_readOnly = false;
};

} // namespace pb::ui
