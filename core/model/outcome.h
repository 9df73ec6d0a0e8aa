// Outcome: something that matters to the person, in their own words.
#pragma once

#include "model/enumkey.h"

#include <QString>

namespace pb {

// The ASCOT domains, plus health, work and learning, and a carer's own life.
enum class LifeArea {
    PersonalCare,
    FoodAndDrink,
    Safety,
    CleanHome,
    ThingsIDo,
    PeopleAndCommunity,
    ControlOverDailyLife,
    Health,
    WorkAndLearning,
    CarersOwnLife,
};

template <> struct EnumKeyTable<LifeArea> {
    static constexpr std::pair<LifeArea, const char*> entries[] = {
        {LifeArea::PersonalCare, "personal-care"},
        {LifeArea::FoodAndDrink, "food-and-drink"},
        {LifeArea::Safety, "safety"},
        {LifeArea::CleanHome, "clean-home"},
        {LifeArea::ThingsIDo, "things-i-do"},
        {LifeArea::PeopleAndCommunity, "people-and-community"},
        {LifeArea::ControlOverDailyLife, "control-over-daily-life"},
        {LifeArea::Health, "health"},
        {LifeArea::WorkAndLearning, "work-and-learning"},
        {LifeArea::CarersOwnLife, "carers-own-life"},
    };
};

struct Outcome {
    // How many outcomes a person picks as most important ("my top three").
    static constexpr int kMostImportant = 3;

    int key = 0; // unique within the plan, kept across versions
    QString text; // the person's own words
    LifeArea lifeArea = LifeArea::ThingsIDo;
    bool topThree = false;
    QString howIWillKnow; // "how I will know it is working"

    bool operator==(const Outcome&) const = default;
};

} // namespace pb
