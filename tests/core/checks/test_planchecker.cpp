// Every plan checker finding is there when it should be and not when it
// shouldn't, starting each time from a sound plan that has no findings.
#include "checks/planchecker.h"
#include "costing/ratetableloader.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QtTest>

#include <functional>

using pb::Finding;
using pb::FindingSeverity;
using pb::FindingTarget;
using pb::FundingSource;
using pb::Money;
using pb::Period;
using pb::Plan;
using pb::PlanChecker;
using pb::Route;
using pb::SupportItem;
using pb::SupportType;

using PlanEdit = std::function<void(Plan&)>;
Q_DECLARE_METATYPE(PlanEdit)

namespace {

SupportItem item(int key, SupportType type, const QString& what, qint64 pricePence,
    int quantityHundredths, Period frequency, Route route, QList<int> outcomes)
{
    SupportItem i;
    i.key = key;
    i.type = type;
    i.what = what;
    i.unitPrice = Money::fromPence(pricePence);
    i.quantityHundredths = quantityHundredths;
    i.frequency = frequency;
    i.route = route;
    i.outcomeKeys = outcomes;
    return i;
}

// A sound plan: budget £20,000 a year from the council; three outcomes, all
// marked top three; items a year:
//   20 PA Jo, 10 h at £12.71, direct payment, outcome 1     £8,356.25
//   21 home care 7 h at £25 a week, council-managed, 1 and 2 £9,100.00
//   22 swimming £30 a week, direct payment, outcome 2       £1,560.00
//   23 my sister's help, unpaid, outcome 3                      £0.00
// planned £19,016.25, left over £983.75 (under 10% of the budget, £2,000).
Plan soundPlan()
{
    Plan plan;
    plan.createdOn = QDate(2026, 5, 1);
    plan.budget.agreed = Money::fromPounds(20000);
    plan.budget.period = Period::Year;
    plan.budget.start = QDate(2026, 6, 1);
    plan.budget.end = QDate(2027, 5, 31);
    plan.budget.streams = {{10, FundingSource::CouncilSocialCare, Money::fromPounds(20000), {}}};
    plan.outcomes = {
        {1, QStringLiteral("Get up and dressed"), pb::LifeArea::PersonalCare, true, {}},
        {2, QStringLiteral("Swim every week"), pb::LifeArea::ThingsIDo, true, {}},
        {3, QStringLiteral("Keep my job"), pb::LifeArea::WorkAndLearning, true, {}}};
    SupportItem pa = item(20, SupportType::PersonalAssistant, QStringLiteral("Jo, my PA"), 1271,
        1000, Period::Week, Route::DirectPayment, {1});
    pa.provider = QStringLiteral("Jo");
    plan.items = {pa,
        item(21, SupportType::AgencyHomeCare, QStringLiteral("Home care"), 2500, 700, Period::Week,
            Route::CouncilManaged, {1, 2}),
        item(22, SupportType::Leisure, QStringLiteral("Swimming"), 3000, 100, Period::Week,
            Route::DirectPayment, {2}),
        item(23, SupportType::Unpaid, QStringLiteral("My sister's help"), 0, 100, Period::Week,
            Route::DirectPayment, {3})};
    plan.emergency.whatToDo = QStringLiteral("If Jo is ill, my sister Ann comes");
    plan.emergency.contactName = QStringLiteral("Ann");
    return plan;
}

SupportItem& itemWithKey(Plan& plan, int key)
{
    for (SupportItem& i : plan.items) {
        if (i.key == key) {
            return i;
        }
    }
    qFatal("no item %d", key);
}

QStringList codes(const QList<Finding>& findings)
{
    QStringList list;
    for (const Finding& f : findings) {
        list.append(f.code);
    }
    return list;
}

} // namespace

class TestPlanChecker : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void soundPlanHasNoFindings();
    void finding_data();
    void finding();
    void overBudgetSaysHowMuch();
    void wageMessageNamesTheMinimum();
    void employmentAllowanceIsHonoured();
    void errorsComeFirst();
    void json();

private:
    pb::RateTable m_rates;
};

void TestPlanChecker::initTestCase()
{
    const auto loaded = pb::RateTableLoader::load(
        pb::test::sourcePath(QStringLiteral("resources/rates/england-2026-27.json")));
    QVERIFY(loaded.ok());
    m_rates = loaded.value();
}

void TestPlanChecker::soundPlanHasNoFindings()
{
    const auto findings = PlanChecker(m_rates).check(soundPlan());
    QVERIFY2(findings.isEmpty(), qPrintable(codes(findings).join(QLatin1String(", "))));
}

void TestPlanChecker::finding_data()
{
    QTest::addColumn<PlanEdit>("edit");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("present");
    QTest::addColumn<FindingSeverity>("severity");
    QTest::addColumn<FindingTarget>("target");
    QTest::addColumn<int>("targetKey");

    auto present = [](const char* name, const char* code, FindingSeverity severity,
                       FindingTarget target, int key, PlanEdit edit) {
        QTest::newRow(name) << edit << QString::fromLatin1(code) << true << severity << target
                            << key;
    };
    auto absent = [](const char* name, const char* code, PlanEdit edit) {
        QTest::newRow(name) << edit << QString::fromLatin1(code) << false << FindingSeverity::Hint
                            << FindingTarget::Plan << 0;
    };
    using S = FindingSeverity;
    using T = FindingTarget;

    // Budget.
    present("no budget yet", "no-budget", S::Hint, T::Budget, 0,
        [](Plan& p) { p.budget.agreed.reset(); });
    absent("an indicative amount is a budget", "no-budget", [](Plan& p) {
        p.budget.agreed.reset();
        p.budget.indicative = Money::fromPounds(20000);
    });
    // £19,016.25 planned.
    present("over budget", "over-budget", S::Error, T::Budget, 0,
        [](Plan& p) { p.budget.agreed = Money::fromPounds(18000); });
    absent("exactly the budget", "over-budget",
        [](Plan& p) { p.budget.agreed = Money::fromPence(1901625); });
    absent("no budget, not over", "over-budget", [](Plan& p) { p.budget.agreed.reset(); });
    // £25,000 − £19,016.25 = £5,983.75 left: over 10% (£2,500) and over £500.
    present("a quarter unplanned", "large-amount-unplanned", S::Warning, T::Budget, 0,
        [](Plan& p) { p.budget.agreed = Money::fromPounds(25000); });
    // £21,000 − £19,016.25 = £1,983.75: over £500 but not over 10% (£2,100).
    absent("under 10% unplanned", "large-amount-unplanned",
        [](Plan& p) { p.budget.agreed = Money::fromPounds(21000); });
    // Budget £3,000 with £2,500 planned: £500 left is 16.7%, but not more than £500.
    absent("£500 unplanned is not large", "large-amount-unplanned", [](Plan& p) {
        p.budget.agreed = Money::fromPounds(3000);
        p.items = {item(22, SupportType::Leisure, QStringLiteral("Swimming"), 250000, 100,
            Period::Year, Route::DirectPayment, {2})};
    });
    // £3,000.01 − £2,500 = £500.01: more than both.
    present("£500.01 unplanned is large", "large-amount-unplanned", S::Warning, T::Budget, 0,
        [](Plan& p) {
            p.budget.agreed = Money::fromPence(300001);
            p.items = {item(22, SupportType::Leisure, QStringLiteral("Swimming"), 250000, 100,
                Period::Year, Route::DirectPayment, {2})};
        });

    // Funding streams.
    present("streams short of the budget", "streams-dont-match-budget", S::Warning, T::Budget, 0,
        [](Plan& p) { p.budget.streams[0].amount = Money::fromPounds(18000); });
    absent("no streams listed", "streams-dont-match-budget",
        [](Plan& p) { p.budget.streams.clear(); });
    absent("streams but no budget yet", "streams-dont-match-budget",
        [](Plan& p) { p.budget.agreed.reset(); });
    // Swimming, £1,560 a year, from an own contribution of £1,000.
    present("stream overspent", "funding-stream-overspent", S::Warning, T::FundingStream, 11,
        [](Plan& p) {
            p.budget.streams = {
                {10, FundingSource::CouncilSocialCare, Money::fromPounds(19000), {}},
                {11, FundingSource::OwnContribution, Money::fromPounds(1000), {}}};
            itemWithKey(p, 22).paidFrom = FundingSource::OwnContribution;
        });
    absent("one source only: that is over budget", "funding-stream-overspent",
        [](Plan& p) { p.budget.agreed = p.budget.streams[0].amount = Money::fromPounds(18000); });
    absent("stream enough", "funding-stream-overspent", [](Plan& p) {
        p.budget.streams = {{10, FundingSource::CouncilSocialCare, Money::fromPounds(18000), {}},
            {11, FundingSource::OwnContribution, Money::fromPounds(2000), {}}};
        itemWithKey(p, 22).paidFrom = FundingSource::OwnContribution;
    });
    present("paid from a source not in the budget", "paid-from-missing-stream", S::Warning,
        T::SupportItem, 22,
        [](Plan& p) { itemWithKey(p, 22).paidFrom = FundingSource::OwnContribution; });
    absent("no streams listed, so no source is missing", "paid-from-missing-stream", [](Plan& p) {
        p.budget.streams.clear();
        itemWithKey(p, 22).paidFrom = FundingSource::OwnContribution;
    });
    absent("unpaid help is paid from nothing", "paid-from-missing-stream",
        [](Plan& p) { itemWithKey(p, 23).paidFrom = FundingSource::OwnContribution; });
    present("Access to Work for swimming", "access-to-work-not-for-work", S::Error, T::SupportItem,
        22, [](Plan& p) { itemWithKey(p, 22).paidFrom = FundingSource::AccessToWork; });
    absent("Access to Work for a work outcome", "access-to-work-not-for-work", [](Plan& p) {
        itemWithKey(p, 22).paidFrom = FundingSource::AccessToWork;
        itemWithKey(p, 22).outcomeKeys = {2, 3};
    });
    absent("Access to Work on unpaid help", "access-to-work-not-for-work", [](Plan& p) {
        itemWithKey(p, 23).paidFrom = FundingSource::AccessToWork;
        itemWithKey(p, 23).outcomeKeys = {2};
    });
    present("Disabled Facilities Grant for home care", "disabled-facilities-grant-not-for-support",
        S::Error, T::SupportItem, 21,
        [](Plan& p) { itemWithKey(p, 21).paidFrom = FundingSource::DisabledFacilitiesGrant; });
    absent("Disabled Facilities Grant for equipment", "disabled-facilities-grant-not-for-support",
        [](Plan& p) {
            SupportItem rail = item(30, SupportType::Equipment, QStringLiteral("Grab rails"), 30000,
                100, Period::Once, Route::DirectPayment, {1});
            rail.paidFrom = FundingSource::DisabledFacilitiesGrant;
            p.items.append(rail);
        });

    // Outcomes.
    present(
        "no outcomes", "no-outcomes", S::Warning, T::Plan, 0, [](Plan& p) { p.outcomes.clear(); });
    present("an outcome with no support", "outcome-without-support", S::Warning, T::Outcome, 3,
        [](Plan& p) { p.items.removeLast(); });
    absent("unpaid help is support", "outcome-without-support", [](Plan&) {});
    present("an outcome served only by a removed item's key", "outcome-without-support", S::Warning,
        T::Outcome, 2, [](Plan& p) {
            itemWithKey(p, 21).outcomeKeys = {1};
            itemWithKey(p, 22).outcomeKeys = {99};
        });
    present("none marked top three", "top-three-none", S::Warning, T::Plan, 0, [](Plan& p) {
        for (auto& o : p.outcomes) {
            o.topThree = false;
        }
    });
    absent("no outcomes, nothing to mark", "top-three-none", [](Plan& p) { p.outcomes.clear(); });
    present("one of three marked", "top-three-fewer", S::Hint, T::Plan, 0, [](Plan& p) {
        p.outcomes[1].topThree = false;
        p.outcomes[2].topThree = false;
    });
    absent("one of two marked", "top-three-fewer", [](Plan& p) {
        p.outcomes.removeLast();
        p.outcomes[1].topThree = false;
        p.items.removeLast();
    });
    present("four marked", "top-three-too-many", S::Warning, T::Plan, 0, [](Plan& p) {
        p.outcomes.append(
            {4, QStringLiteral("See my friends"), pb::LifeArea::PeopleAndCommunity, true, {}});
        itemWithKey(p, 22).outcomeKeys = {2, 4};
    });
    absent("three marked of four", "top-three-too-many", [](Plan& p) {
        p.outcomes.append(
            {4, QStringLiteral("See my friends"), pb::LifeArea::PeopleAndCommunity, false, {}});
        itemWithKey(p, 22).outcomeKeys = {2, 4};
    });

    // Items.
    present("item for no outcome", "item-serves-no-outcome", S::Hint, T::SupportItem, 22,
        [](Plan& p) { itemWithKey(p, 22).outcomeKeys.clear(); });
    present("item for an outcome that is gone", "item-serves-no-outcome", S::Hint, T::SupportItem,
        22, [](Plan& p) { itemWithKey(p, 22).outcomeKeys = {99}; });
    absent("unpaid help for no outcome", "item-serves-no-outcome",
        [](Plan& p) { itemWithKey(p, 23).outcomeKeys.clear(); });
    present("item with no price", "item-without-cost", S::Hint, T::SupportItem, 22,
        [](Plan& p) { itemWithKey(p, 22).unitPrice = Money(); });
    present("item with no quantity", "item-without-cost", S::Hint, T::SupportItem, 22,
        [](Plan& p) { itemWithKey(p, 22).quantityHundredths = 0; });
    absent("unpaid help costs nothing on purpose", "item-without-cost", [](Plan&) {});
    present("residential care by direct payment", "residential-care-direct-payment", S::Error,
        T::SupportItem, 30, [](Plan& p) {
            p.items.append(item(30, SupportType::ResidentialCare, QStringLiteral("Care home"),
                100000, 100, Period::Week, Route::DirectPayment, {1}));
        });
    present("residential care by a managed direct payment", "residential-care-direct-payment",
        S::Error, T::SupportItem, 30, [](Plan& p) {
            p.items.append(item(30, SupportType::ResidentialCare, QStringLiteral("Care home"),
                100000, 100, Period::Week, Route::ThirdParty, {1}));
        });
    absent("residential care the council arranges", "residential-care-direct-payment", [](Plan& p) {
        p.items.append(item(30, SupportType::ResidentialCare, QStringLiteral("Care home"), 100000,
            100, Period::Week, Route::CouncilManaged, {1}));
    });
    absent("a short break by direct payment", "residential-care-direct-payment", [](Plan& p) {
        p.items.append(item(30, SupportType::ShortBreak, QStringLiteral("A week away"), 80000, 100,
            Period::Year, Route::DirectPayment, {1}));
    });
    present("PA paid 1p under the National Living Wage", "pa-below-minimum-wage", S::Error,
        T::SupportItem, 20, [](Plan& p) { itemWithKey(p, 20).unitPrice = Money::fromPence(1270); });
    present("PA paid at cost only, still under", "pa-below-minimum-wage", S::Error, T::SupportItem,
        20, [](Plan& p) {
            itemWithKey(p, 20).unitPrice = Money::fromPence(1100);
            itemWithKey(p, 20).includeEmploymentCosts = false;
        });
    absent("PA paid exactly the National Living Wage", "pa-below-minimum-wage", [](Plan&) {});
    absent("home care is not a PA's wage", "pa-below-minimum-wage",
        [](Plan& p) { itemWithKey(p, 21).unitPrice = Money::fromPounds(10); });
    present("relative at home paid without agreement", "close-relative-without-agreement",
        S::Warning, T::SupportItem, 20,
        [](Plan& p) { itemWithKey(p, 20).paidToCloseRelativeInHousehold = true; });
    absent("relative at home paid with agreement", "close-relative-without-agreement", [](Plan& p) {
        itemWithKey(p, 20).paidToCloseRelativeInHousehold = true;
        itemWithKey(p, 20).councilAgreedRelativePayment = true;
    });
    absent("relative paid through the council", "close-relative-without-agreement", [](Plan& p) {
        itemWithKey(p, 20).paidToCloseRelativeInHousehold = true;
        itemWithKey(p, 20).route = Route::CouncilManaged;
    });
    present("ISF item with no provider", "isf-without-provider", S::Warning, T::SupportItem, 21,
        [](Plan& p) { itemWithKey(p, 21).route = Route::IndividualServiceFund; });
    absent("ISF item, the fund's provider named", "isf-without-provider", [](Plan& p) {
        itemWithKey(p, 21).route = Route::IndividualServiceFund;
        p.deployment.isfProvider = QStringLiteral("Acme Support");
    });
    absent("ISF item with its provider named", "isf-without-provider", [](Plan& p) {
        itemWithKey(p, 21).route = Route::IndividualServiceFund;
        itemWithKey(p, 21).provider = QStringLiteral("Acme Care");
    });

    // Emergencies and rates.
    present("no back-up plan", "no-emergency-plan", S::Warning, T::EmergencyPlan, 0,
        [](Plan& p) { p.emergency = {}; });
    absent("a back-up contact is a plan", "no-emergency-plan",
        [](Plan& p) { p.emergency.whatToDo.clear(); });
    present("plan starts after the rates end", "rates-not-for-plan-date", S::Hint, T::Plan, 0,
        [](Plan& p) { p.budget.start = QDate(2027, 4, 6); });
    absent("plan starts on the rates' last day", "rates-not-for-plan-date",
        [](Plan& p) { p.budget.start = QDate(2027, 4, 5); });
    absent("no personal assistant, rates don't matter", "rates-not-for-plan-date", [](Plan& p) {
        p.budget.start = QDate(2027, 6, 1);
        p.items.removeFirst();
    });
}

void TestPlanChecker::finding()
{
    QFETCH(PlanEdit, edit);
    QFETCH(QString, code);
    QFETCH(bool, present);
    Plan plan = soundPlan();
    edit(plan);
    const QList<Finding> findings = PlanChecker(m_rates).check(plan);
    QList<Finding> matching;
    for (const Finding& f : findings) {
        if (f.code == code) {
            matching.append(f);
        }
    }
    if (!present) {
        QVERIFY2(matching.isEmpty(), qPrintable(codes(findings).join(QLatin1String(", "))));
        return;
    }
    QCOMPARE(matching.size(), 1);
    const Finding& f = matching.first();
    QTEST(f.severity, "severity");
    QTEST(f.target, "target");
    QTEST(f.targetKey, "targetKey");
    QVERIFY(!f.message.isEmpty());
    // Every placeholder filled in.
    QVERIFY2(
        !f.message.contains(QRegularExpression(QStringLiteral("%[0-9n]"))), qPrintable(f.message));
}

void TestPlanChecker::overBudgetSaysHowMuch()
{
    Plan plan = soundPlan();
    // £19,016.25 planned − £1,200 = £17,816.25.
    plan.budget.agreed = Money::fromPence(1781625);
    const auto findings = PlanChecker(m_rates).check(plan);
    QCOMPARE(findings.first().code, QStringLiteral("over-budget"));
    QCOMPARE(findings.first().message,
        QStringLiteral("Your plan is £1,200 a year more than your budget. You could reduce some "
                       "support, or ask the "
                       "council to look again at your budget."));

    // In the budget's own period: £17,816.25 a year is £342.62 a week (÷ 52 = 342.620...); the
    // plan, £19,016.25 ÷ 52 = £365.697 -> £365.70 a week; over by £23.08 a week.
    plan.budget.period = Period::Week;
    plan.budget.agreed = Money::fromPence(34262);
    plan.budget.streams[0].amount = Money::fromPence(34262);
    const auto weekly = PlanChecker(m_rates).check(plan);
    QVERIFY2(weekly.first().message.startsWith(QStringLiteral("Your plan is £23.08 a week more")),
        qPrintable(weekly.first().message));
}

void TestPlanChecker::wageMessageNamesTheMinimum()
{
    Plan plan = soundPlan();
    itemWithKey(plan, 20).unitPrice = Money::fromPounds(11);
    const auto findings = PlanChecker(m_rates).check(plan);
    QCOMPARE(findings.first().code, QStringLiteral("pa-below-minimum-wage"));
    const QString message = findings.first().message;
    QVERIFY2(
        message.contains(QStringLiteral("“Jo, my PA” is paid £11 an hour")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("aged 21 or over")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("at least £12.71 an hour")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("6 April 2026")), qPrintable(message));
}

void TestPlanChecker::employmentAllowanceIsHonoured()
{
    // £19,016.25 is over a £18,700 budget, but with the allowance the PA's £361.04 of NI
    // goes: £18,655.21 fits.
    Plan plan = soundPlan();
    plan.budget.agreed = Money::fromPounds(18700);
    plan.budget.streams[0].amount = Money::fromPounds(18700);
    QCOMPARE(codes(PlanChecker(m_rates).check(plan)), QStringList {QStringLiteral("over-budget")});
    QVERIFY(PlanChecker(m_rates, {true, 1}).check(plan).isEmpty());
}

void TestPlanChecker::errorsComeFirst()
{
    Plan plan = soundPlan();
    plan.emergency = {}; // warning
    itemWithKey(plan, 22).outcomeKeys.clear(); // hint
    itemWithKey(plan, 20).unitPrice = Money::fromPounds(10); // error
    plan.outcomes[0].topThree = false; // hint
    plan.budget.agreed = Money::fromPounds(10000); // error
    const auto findings = PlanChecker(m_rates).check(plan);
    QCOMPARE(findings.size(), 6); // plus the streams no longer matching the budget
    for (qsizetype i = 1; i < findings.size(); ++i) {
        QVERIFY(findings.at(i - 1).severity <= findings.at(i).severity);
    }
    QCOMPARE(findings.first().severity, FindingSeverity::Error);
    QCOMPARE(findings.last().severity, FindingSeverity::Hint);
}

void TestPlanChecker::json()
{
    Plan plan = soundPlan();
    plan.emergency = {};
    itemWithKey(plan, 22).outcomeKeys.clear();
    const QJsonObject json = PlanChecker::toJson(PlanChecker(m_rates).check(plan));
    QCOMPARE(json.value(QStringLiteral("errors")).toInt(), 0);
    QCOMPARE(json.value(QStringLiteral("warnings")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("hints")).toInt(), 1);
    const QJsonArray list = json.value(QStringLiteral("findings")).toArray();
    QCOMPARE(list.size(), 2);
    const QJsonObject warning = list.at(0).toObject();
    QCOMPARE(warning.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(warning.value(QStringLiteral("code")).toString(), QStringLiteral("no-emergency-plan"));
    QCOMPARE(
        warning.value(QStringLiteral("target")).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("emergency-plan"));
    QVERIFY(!warning.value(QStringLiteral("target")).toObject().contains(QStringLiteral("key")));
    const QJsonObject hint = list.at(1).toObject();
    QCOMPARE(
        hint.value(QStringLiteral("target")).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("support-item"));
    QCOMPARE(
        hint.value(QStringLiteral("target")).toObject().value(QStringLiteral("key")).toInt(), 22);
    QVERIFY(!hint.value(QStringLiteral("message")).toString().isEmpty());
}

QTEST_APPLESS_MAIN(TestPlanChecker)
#include "test_planchecker.moc"
