#include "checks/planchecker.h"

#include "model/modellabels.h"
#include "money/moneyformatter.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace pb {

namespace {

constexpr qint64 kWholeBasisPoints = 10000;
constexpr int kTopThree = Outcome::kMostImportant;

void add(QList<Finding>* findings, FindingSeverity severity, const char* code,
    const QString& message, FindingTarget target, int key = 0)
{
    findings->append(Finding {severity, QString::fromLatin1(code), message, target, key});
}

QString money(Money amount, Period period)
{
    return MoneyFormatter().format(amount, period);
}
QString money(Money amount)
{
    return MoneyFormatter().format(amount);
}

QString dateText(QDate date)
{
    // In the program's language (QLocale::setDefault); amounts stay British.
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

// What the person called the item, or its kind when they left it blank.
QString itemName(const SupportItem& item)
{
    const QString what = item.what.simplified();
    return what.isEmpty() ? ModelLabels::supportType(item.type) : what;
}

bool paidByDirectPayment(const SupportItem& item)
{
    // A third party or trust manages a direct payment on the person's behalf:
    // the direct payment rules still apply.
    return item.route == Route::DirectPayment || item.route == Route::ThirdParty;
}

bool disabledFacilitiesGrantCanPay(SupportType type)
{
    switch (type) {
    case SupportType::Equipment:
    case SupportType::OneOffPurchase:
    case SupportType::Other:
    case SupportType::Unpaid:
        return true;
    case SupportType::PersonalAssistant:
    case SupportType::AgencyHomeCare:
    case SupportType::ShortBreak:
    case SupportType::DayActivity:
    case SupportType::Leisure:
    case SupportType::Transport:
    case SupportType::ResidentialCare:
        return false;
    }
    Q_UNREACHABLE();
}

void checkBudget(const Plan& plan, const PlanTotals& totals, QList<Finding>* findings)
{
    const Period period = totals.budgetPeriod();
    if (!totals.budget()) {
        add(findings, FindingSeverity::Hint, "no-budget",
            PlanChecker::tr(
                "You haven't added your budget yet. When you know it, add it under “My budget” so "
                "your plan can be checked against it."),
            FindingTarget::Budget);
        return;
    }
    const Money left = *totals.leftOver();
    if (left.isNegative()) {
        add(findings, FindingSeverity::Error, "over-budget",
            //: %1 is an amount with its period, e.g. "£1,200 a year"
            PlanChecker::tr(
                "Your plan is %1 more than your budget. You could reduce some support, or ask the "
                "council to look again at your budget.")
                .arg(money(-left, period)),
            FindingTarget::Budget);
    } else {
        const Money leftYearly = *totals.leftOverYearly();
        const Money share = totals.budgetYearly()->scaled(
            PlanChecker::kUnplannedShareBasisPoints, kWholeBasisPoints);
        if (leftYearly > share
            && leftYearly > Money::fromPence(PlanChecker::kUnplannedYearlyPence)) {
            add(findings, FindingSeverity::Warning, "large-amount-unplanned",
                PlanChecker::tr("%1 of your budget is not planned yet. You could add support for "
                                "what matters to "
                                "you, or talk to the council about it: money that is not used may "
                                "be taken back.")
                    .arg(money(left, period)),
                FindingTarget::Budget);
        }
    }

    if (const auto difference = totals.streamsDifference(); difference && !difference->isZero()) {
        add(findings, FindingSeverity::Warning, "streams-dont-match-budget",
            PlanChecker::tr("Your funding streams add up to %1, but your budget is %2. You could "
                            "check the amounts "
                            "under “My budget”.")
                .arg(money(totals.streamsTotal(), period), money(*totals.budget(), period)),
            FindingTarget::Budget);
    }

    // With streams of one source only, an overspent stream is the plan over
    // budget (or the streams not matching it): already said above.
    const auto streamSources = std::count_if(totals.sources().cbegin(), totals.sources().cend(),
        [](const PlanTotals::SourceTotal& s) { return s.inBudget; });
    for (const PlanTotals::SourceTotal& s : totals.sources()) {
        if (streamSources < 2 || !s.inBudget || s.planned <= s.streams) {
            continue;
        }
        const auto stream = std::find_if(plan.budget.streams.cbegin(), plan.budget.streams.cend(),
            [&s](const FundingStream& f) { return f.source == s.source; });
        const QString name = ModelLabels::fundingSource(s.source);
        add(findings, FindingSeverity::Warning, "funding-stream-overspent",
            PlanChecker::tr("Your plan pays %1 from “%2”, but your budget has %3 from it. You "
                            "could pay for some "
                            "support another way, or check the amounts.")
                .arg(money(s.planned, period), name, money(s.streams, period)),
            FindingTarget::FundingStream, stream->key);
    }
}

void checkFundingOfItems(const Plan& plan, const PlanTotals& totals, QList<Finding>* findings)
{
    const bool streamsListed = !plan.budget.streams.isEmpty();
    for (const SupportItem& item : plan.items) {
        if (item.costsNothing() || !streamsListed) {
            continue;
        }
        const PlanTotals::SourceTotal* source = totals.source(item.paidFrom);
        if (source == nullptr || !source->inBudget) {
            const QString name = ModelLabels::fundingSource(item.paidFrom);
            add(findings, FindingSeverity::Warning, "paid-from-missing-stream",
                PlanChecker::tr("“%1” is paid from “%2”, but your budget has no money from it. You "
                                "could choose "
                                "another way to pay for it, or add this funding to your budget.")
                    .arg(itemName(item), name),
                FindingTarget::SupportItem, item.key);
        }
    }
    for (const SupportItem& item : plan.items) {
        if (item.costsNothing() || item.paidFrom != FundingSource::AccessToWork) {
            continue;
        }
        const bool forWork =
            std::any_of(item.outcomeKeys.cbegin(), item.outcomeKeys.cend(), [&plan](int key) {
                const Outcome* o = plan.outcome(key);
                return o != nullptr && o->lifeArea == LifeArea::WorkAndLearning;
            });
        if (!forWork) {
            add(findings, FindingSeverity::Error, "access-to-work-not-for-work",
                PlanChecker::tr(
                    "“%1” is paid from Access to Work, which only pays for support you need for "
                    "work. "
                    "You could link it to a work or learning outcome, or pay for it another way.")
                    .arg(itemName(item)),
                FindingTarget::SupportItem, item.key);
        }
    }
    for (const SupportItem& item : plan.items) {
        if (item.paidFrom == FundingSource::DisabledFacilitiesGrant
            && !disabledFacilitiesGrantCanPay(item.type)) {
            add(findings, FindingSeverity::Error, "disabled-facilities-grant-not-for-support",
                PlanChecker::tr(
                    "“%1” is paid from a Disabled Facilities Grant, which only pays for changes to "
                    "your home, like a ramp or a level-access shower. You could pay for it another "
                    "way.")
                    .arg(itemName(item)),
                FindingTarget::SupportItem, item.key);
        }
    }
}

void checkOutcomes(const Plan& plan, const PlanTotals& totals, QList<Finding>* findings)
{
    if (plan.outcomes.isEmpty()) {
        add(findings, FindingSeverity::Warning, "no-outcomes",
            PlanChecker::tr("Your plan doesn't say what matters to you yet. You could add a few "
                            "things you want "
                            "to achieve under “What matters to me”, so your support can be planned "
                            "around them."),
            FindingTarget::Plan);
        return;
    }
    for (const Outcome& o : plan.outcomes) {
        const PlanTotals::OutcomeTotal* total = totals.outcome(o.key);
        if (total == nullptr || total->items == 0) {
            add(findings, FindingSeverity::Warning, "outcome-without-support",
                PlanChecker::tr("Nothing in your plan helps with “%1” yet. You could add support "
                                "for it, or help "
                                "from family, friends or your community.")
                    .arg(o.text.simplified()),
                FindingTarget::Outcome, o.key);
        }
    }
    const int marked = static_cast<int>(std::count_if(
        plan.outcomes.cbegin(), plan.outcomes.cend(), [](const Outcome& o) { return o.topThree; }));
    if (marked == 0) {
        add(findings, FindingSeverity::Warning, "top-three-none",
            PlanChecker::tr(
                "You haven't chosen which outcomes matter most to you. You could mark your 3 most "
                "important ones, so everyone knows what comes first."),
            FindingTarget::Plan);
    } else if (marked < kTopThree && plan.outcomes.size() >= kTopThree) {
        add(findings, FindingSeverity::Hint, "top-three-fewer",
            PlanChecker::tr(
                "You have marked %n outcome(s) as most important. You could mark 3, so everyone "
                "knows what comes first.",
                nullptr, marked),
            FindingTarget::Plan);
    } else if (marked > kTopThree) {
        add(findings, FindingSeverity::Warning, "top-three-too-many",
            PlanChecker::tr(
                "You have marked %n outcomes as most important. You could choose the 3 that matter "
                "most, so everyone knows what comes first.",
                nullptr, marked),
            FindingTarget::Plan);
    }
}

void checkItems(const Plan& plan, const RateTable& rates, QList<Finding>* findings)
{
    QSet<int> outcomeKeys;
    for (const Outcome& o : plan.outcomes) {
        outcomeKeys.insert(o.key);
    }
    for (const SupportItem& item : plan.items) {
        if (item.costsNothing()) {
            continue;
        }
        const bool servesOutcome = std::any_of(item.outcomeKeys.cbegin(), item.outcomeKeys.cend(),
            [&outcomeKeys](int key) { return outcomeKeys.contains(key); });
        if (!servesOutcome) {
            add(findings, FindingSeverity::Hint, "item-serves-no-outcome",
                PlanChecker::tr("“%1” isn't linked to any of your outcomes. You could say which "
                                "outcome it helps "
                                "with, so the council can see why it's in your plan.")
                    .arg(itemName(item)),
                FindingTarget::SupportItem, item.key);
        }
    }
    for (const SupportItem& item : plan.items) {
        if (!item.costsNothing()
            && item.unitPrice.scaled(item.quantityHundredths, 100) <= Money()) {
            add(findings, FindingSeverity::Hint, "item-without-cost",
                PlanChecker::tr(
                    "“%1” has no cost yet. You could add its price and how much you need, so your "
                    "plan adds up.")
                    .arg(itemName(item)),
                FindingTarget::SupportItem, item.key);
        }
    }
    for (const SupportItem& item : plan.items) {
        if (item.type == SupportType::ResidentialCare && paidByDirectPayment(item)) {
            add(findings, FindingSeverity::Error, "residential-care-direct-payment",
                PlanChecker::tr("“%1” is long-term residential care, which money paid to you (a "
                                "direct payment) "
                                "can't pay for. The council can arrange it for you instead. Short "
                                "stays away from "
                                "home (short breaks) are fine.")
                    .arg(itemName(item)),
                FindingTarget::SupportItem, item.key);
        }
    }
    for (const SupportItem& item : plan.items) {
        if (item.isPersonalAssistant() && !item.unitPrice.isZero()
            && item.unitPrice < rates.nationalLivingWage) {
            add(findings, FindingSeverity::Error, "pa-below-minimum-wage",
                PlanChecker::tr("“%1” is paid %2 an hour. The law says a personal assistant aged "
                                "%3 or over must "
                                "be paid at least %4 an hour (the National Living Wage from %5). "
                                "You could raise "
                                "the hourly pay. If your assistant is younger or an apprentice, a "
                                "lower minimum "
                                "may apply.")
                    .arg(itemName(item), money(item.unitPrice))
                    .arg(rates.nationalLivingWageFromAge)
                    .arg(money(rates.nationalLivingWage), dateText(rates.ratesAsOf)),
                FindingTarget::SupportItem, item.key);
        }
    }
    for (const SupportItem& item : plan.items) {
        if (!item.costsNothing() && item.paidToCloseRelativeInHousehold
            && !item.councilAgreedRelativePayment && paidByDirectPayment(item)) {
            add(findings, FindingSeverity::Warning, "close-relative-without-agreement",
                PlanChecker::tr("“%1” pays a close relative who lives with you from your direct "
                                "payment. This is "
                                "only allowed if the council agrees it is necessary. You could ask "
                                "the council, and "
                                "note in your plan when they agree.")
                    .arg(itemName(item)),
                FindingTarget::SupportItem, item.key);
        }
    }
    const bool fundHasProvider = !plan.deployment.isfProvider.trimmed().isEmpty();
    for (const SupportItem& item : plan.items) {
        if (!item.costsNothing() && item.route == Route::IndividualServiceFund && !fundHasProvider
            && item.provider.trimmed().isEmpty()) {
            add(findings, FindingSeverity::Warning, "isf-without-provider",
                PlanChecker::tr("“%1” is paid from an Individual Service Fund, but no provider is "
                                "named. You could "
                                "add the provider who will hold the money and arrange the support.")
                    .arg(itemName(item)),
                FindingTarget::SupportItem, item.key);
        }
    }
}

void checkEmergencyAndRates(const Plan& plan, const RateTable& rates, QList<Finding>* findings)
{
    if (plan.emergency.isEmpty()) {
        add(findings, FindingSeverity::Warning, "no-emergency-plan",
            PlanChecker::tr(
                "Your plan doesn't say what happens if your usual support can't come, for example "
                "if "
                "your assistant is ill. You could add a back-up plan: who to call, and what they "
                "will do."),
            FindingTarget::EmergencyPlan);
    }
    const bool hasAssistant = std::any_of(plan.items.cbegin(), plan.items.cend(),
        [](const SupportItem& item) { return item.isPersonalAssistant(); });
    const QDate date = PlanTotals::costingDate(plan);
    if (hasAssistant && !rates.covers(date)) {
        add(findings, FindingSeverity::Hint, "rates-not-for-plan-date",
            PlanChecker::tr(
                "The pay rates used for personal assistants are for %1 to %2, but your plan is for "
                "%3. The costs may be a little different.")
                .arg(dateText(rates.validFrom), dateText(rates.validUntil), dateText(date)),
            FindingTarget::Plan);
    }
}

} // namespace

PlanChecker::PlanChecker(RateTable rates, PersonalAssistantCost::Options options)
    : m_rates(std::move(rates))
    , m_options(options)
{
}

QList<Finding> PlanChecker::check(const Plan& plan) const
{
    return check(plan, PlanTotals::calculate(plan, m_rates, m_options));
}

QList<Finding> PlanChecker::check(const Plan& plan, const PlanTotals& totals) const
{
    QList<Finding> findings;
    checkBudget(plan, totals, &findings);
    checkFundingOfItems(plan, totals, &findings);
    checkOutcomes(plan, totals, &findings);
    checkItems(plan, m_rates, &findings);
    checkEmergencyAndRates(plan, m_rates, &findings);
    std::stable_sort(findings.begin(), findings.end(),
        [](const Finding& a, const Finding& b) { return a.severity < b.severity; });
    return findings;
}

QJsonObject PlanChecker::toJson(const QList<Finding>& findings)
{
    QJsonArray list;
    int counts[3] = {0, 0, 0};
    for (const Finding& f : findings) {
        list.append(f.toJson());
        ++counts[static_cast<int>(f.severity)];
    }
    return QJsonObject {
        {QStringLiteral("findings"), list},
        {QStringLiteral("errors"), counts[static_cast<int>(FindingSeverity::Error)]},
        {QStringLiteral("warnings"), counts[static_cast<int>(FindingSeverity::Warning)]},
        {QStringLiteral("hints"), counts[static_cast<int>(FindingSeverity::Hint)]},
    };
}

} // namespace pb
