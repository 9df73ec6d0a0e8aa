// RatingChoice: how one outcome has gone since the plan began: better, the
// same, worse, or not yet, as four large radio buttons side by side, each
// with its word and, above it, the easy-read picture for it (a smiling face
// for better, a level face for the same, a sad face for worse, a question
// mark for not yet: resources/pictures, as on the printed review form). Clicking the picture
// chooses it too.
//
// As with ChoiceGroup: chosenByPerson() only when the person picks (a click,
// or the arrow keys, which move between the answers and pick as they go);
// setChosen() is for refresh() and emits nothing; nothing is chosen until
// the person answers. Read-only keeps the words at full contrast.
#pragma once

#include "model/review.h"

#include <QList>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;

namespace pb::ui {

class ChoiceOption;

class RatingChoice : public QWidget {
    Q_OBJECT
public:
    // `outcome`: the outcome's words, for screen readers ("Better: go
    // swimming every week").
    explicit RatingChoice(const QString& outcome, QWidget* parent = nullptr);

    static QString picturePath(OutcomeRating rating);

    std::optional<OutcomeRating> chosen() const;
    void setChosen(std::optional<OutcomeRating> rating);
    void setReadOnly(bool readOnly);
    void setOutcomeText(const QString& outcome);
    ChoiceOption* option(OutcomeRating rating) const;
    QLabel* picture(OutcomeRating rating) const;

signals:
    void chosenByPerson(pb::OutcomeRating rating);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updatePictures();

    QButtonGroup* m_group;
    QList<ChoiceOption*> m_options; // in kOrder
    QList<QLabel*> m_pictures;
    bool m_readOnly = false;
};

} // namespace pb::ui
