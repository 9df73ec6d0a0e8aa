// StepFactory: the seven steps of a plan, in order. The one place that says
// which steps there are.
#pragma once

#include <QList>

namespace pb::ui {

class PlanSession;
class StepPage;

class StepFactory {
public:
    static QList<StepPage*> create(PlanSession* session);
};

} // namespace pb::ui
