#include "document/easyreadplanwriter.h"

#include "document/documentblocks.h"
#include "document/easyreadmoneysections.h"
#include "document/easyreadphrases.h"
#include "document/easyreadpictures.h"
#include "money/quantityparser.h"

namespace pb {

namespace {

using B = DocumentBlocks;
using Group = EasyReadPager::Group;

// The person's words, with a full stop added when they did not end with one,
// so the sentence after them starts a new sentence.
QString asSentence(const QString& words)
{
    const QString text = words.simplified();
    if (text.isEmpty() || text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('!'))
        || text.endsWith(QLatin1Char('?'))) {
        return text;
    }
    return text + QLatin1Char('.');
}

// Support that is a person or a service helping, rather than a thing bought.
bool isHelp(SupportType type)
{
    switch (type) {
    case SupportType::Equipment:
    case SupportType::Transport:
    case SupportType::Leisure:
    case SupportType::OneOffPurchase:
        return false;
    default:
        return true;
    }
}

// "10 hours each week", "once each month", "2 times each year", "once".
QString howOften(const SupportItem& item)
{
    const int q = std::max(item.quantityHundredths, 0);
    const QString n = QuantityParser::format(q);
    const bool once = item.frequency == Period::Once;
    const QString each = EasyReadPhrases::each(item.frequency);
    if (item.isPersonalAssistant()) {
        const QString hours =
            q == 100 ? EasyReadPlanWriter::tr("1 hour") : EasyReadPlanWriter::tr("%1 hours").arg(n);
        return once ? EasyReadPlanWriter::tr("for %1, once").arg(hours)
                    : EasyReadPlanWriter::tr("%1 %2").arg(hours, each);
    }
    if (q == 100) {
        return once ? EasyReadPlanWriter::tr("once") : EasyReadPlanWriter::tr("once %1").arg(each);
    }
    return once ? EasyReadPlanWriter::tr("%1 times").arg(n)
                : EasyReadPlanWriter::tr("%1 times %2").arg(n, each);
}

} // namespace

EasyReadPlanWriter::EasyReadPlanWriter(const DocumentWording& words, const PlanFigures& figures)
    : m_words(words)
    , m_figures(figures)
{
}

DocumentStyle EasyReadPlanWriter::style()
{
    DocumentStyle style;
    style.fontFamily = QStringLiteral("Andika");
    style.titlePt = 28;
    style.headingPt = 22;
    style.subheadingPt = 18;
    style.bodyPt = 16;
    style.notePt = 16; // easy read has no small print
    style.lineSpacing = 1.5;
    style.pictureSizeMm = 25;
    return style;
}

PlanDocument EasyReadPlanWriter::write(const Person& person, const Plan& plan, QDate today) const
{
    PlanDocument document = m_words.start(DocumentForm::EasyRead, person, plan, today);
    document.style = style();
    const EasyReadMoneySections money(m_words, m_figures);
    document.sections = {aboutMe(person, plan), money.money(plan), outcomes(plan), support(plan),
        money.managed(plan), problems(plan), review(plan)};
    return document;
}

DocumentSection EasyReadPlanWriter::aboutMe(const Person& person, const Plan& plan) const
{
    QList<Group> groups;
    if (!person.name.trimmed().isEmpty()) {
        groups.append({B::point(EasyReadPictures::named("person"),
            tr("My name is %1.").arg(person.name.simplified()))});
    }
    groups.append({B::point(EasyReadPictures::named("plan"), tr("This is my support plan."))});
    const QDate agreedOn = DocumentWording::agreedOn(plan);
    switch (plan.status) {
    case PlanStatus::Draft:
        groups.append({B::point(EasyReadPictures::named("pen"), tr("My plan is not agreed yet."))});
        break;
    case PlanStatus::Agreed:
        groups.append({B::point(EasyReadPictures::named("check"),
            agreedOn.isValid() ? tr("My plan was agreed on %1.").arg(m_words.date(agreedOn))
                               : tr("My plan is agreed."))});
        break;
    case PlanStatus::Superseded:
        groups.append({B::point(EasyReadPictures::named("warning"), tr("This is an old plan.")),
            B::point(EasyReadPictures::named("plan"), tr("I have a newer plan now."))});
        break;
    }
    if (!person.helperName.trimmed().isEmpty()) {
        groups.append({B::point(EasyReadPictures::named("helper"),
            tr("%1 helps me with my plan.").arg(person.helperName.simplified()))});
    }
    if (!person.address.trimmed().isEmpty()) {
        groups.append({B::point(EasyReadPictures::named("home"),
            tr("I live at %1.").arg(DocumentWording::oneLine(person.address)))});
    }
    if (!person.phone.trimmed().isEmpty()) {
        groups.append({B::point(EasyReadPictures::named("phone"),
            tr("My phone number is %1.").arg(person.phone.simplified()))});
    }
    if (!person.preferredLanguage.trimmed().isEmpty()) {
        groups.append({B::point(EasyReadPictures::named("talk"),
            tr("I like to use %1.").arg(person.preferredLanguage.simplified()))});
    }
    return EasyReadPager::section(
        QStringLiteral("about-me"), tr("About me"), EasyReadPictures::named("person"), groups);
}

Group EasyReadPlanWriter::outcome(const Outcome& o) const
{
    Group group;
    const QString words = asSentence(o.text);
    if (o.topThree) {
        group.append(B::point(EasyReadPictures::named("star"),
            {B::plain(words + QLatin1Char(' ')), B::plain(tr("This is ")),
                B::bold(tr("most important")), B::plain(tr(" to me."))}));
    } else {
        group.append(B::point(EasyReadPictures::forLifeArea(o.lifeArea), words));
    }
    if (!o.howIWillKnow.trimmed().isEmpty()) {
        group.append(B::point(EasyReadPictures::named("check"),
            tr("How I will know it is working: %1").arg(o.howIWillKnow.simplified())));
    }
    return group;
}

DocumentSection EasyReadPlanWriter::outcomes(const Plan& plan) const
{
    QList<Group> groups;
    if (plan.outcomes.isEmpty()) {
        groups.append({B::point(
            EasyReadPictures::named("question"), tr("I have not said what matters to me yet."))});
    } else {
        groups.append(
            {B::point(EasyReadPictures::named("heart"), tr("These things matter to me."))});
        // The three most important first, as the person chose them.
        for (const bool top : {true, false}) {
            for (const Outcome& o : plan.outcomes) {
                if (o.topThree == top) {
                    groups.append(outcome(o));
                }
            }
        }
    }
    return EasyReadPager::section(QStringLiteral("outcomes"), tr("What matters to me"),
        EasyReadPictures::named("heart"), groups);
}

DocumentBlock EasyReadPlanWriter::supportItem(const SupportItem& item) const
{
    const QString who = item.provider.simplified();
    QStringList sentences;
    if (isHelp(item.type)) {
        sentences.append(who.isEmpty() ? tr("Someone helps me %1.").arg(howOften(item))
                                       : tr("%1 helps me %2.").arg(who, howOften(item)));
    } else if (item.frequency == Period::Once) {
        sentences.append(
            who.isEmpty() ? tr("I get this once.") : tr("I get this once, from %1.").arg(who));
    } else if (!who.isEmpty()) {
        sentences.append(tr("I get this from %1.").arg(who));
    }
    const SupportItemCost* cost = m_figures.totals.item(item.key);
    const Money amount = cost ? cost->in(item.frequency) : Money();
    if (item.costsNothing()) {
        sentences.append(tr("This is free."));
    } else if (EasyReadPhrases::roundsToNothing(amount)) {
        sentences.append(tr("It has no cost yet."));
    } else {
        sentences.append(tr("It costs %1.")
                             .arg(EasyReadPhrases(m_words.money()).amount(amount, item.frequency)));
    }
    QList<TextRun> runs;
    const QString what = asSentence(item.what);
    if (!what.isEmpty()) {
        runs.append(B::bold(what));
        runs.append(B::plain(QStringLiteral(" ")));
    }
    runs.append(B::plain(sentences.join(QLatin1Char(' '))));
    return B::point(EasyReadPictures::forSupportType(item.type), runs);
}

DocumentSection EasyReadPlanWriter::support(const Plan& plan) const
{
    QList<Group> groups;
    if (plan.items.isEmpty()) {
        groups.append({B::point(
            EasyReadPictures::named("question"), tr("There is no support in my plan yet."))});
    }
    for (const SupportItem& item : plan.items) {
        groups.append({supportItem(item)});
    }
    return EasyReadPager::section(QStringLiteral("support"), tr("Who helps me and when"),
        EasyReadPictures::named("helper"), groups);
}

DocumentSection EasyReadPlanWriter::problems(const Plan& plan) const
{
    QList<Group> groups;
    const EmergencyPlan& e = plan.emergency;
    const QString name = e.contactName.simplified();
    const QString phone = e.contactPhone.simplified();
    if (e.isEmpty()) {
        groups.append(
            {B::point(EasyReadPictures::named("question"), tr("I do not have a back-up plan yet.")),
                B::point(EasyReadPictures::named("talk"),
                    tr("I will make one with the people who help me."))});
    } else if (!e.whatToDo.trimmed().isEmpty()) {
        groups.append({B::point(EasyReadPictures::named("warning"), e.whatToDo.simplified())});
    }
    if (!name.isEmpty() && !phone.isEmpty()) {
        groups.append({B::point(
            EasyReadPictures::named("phone"), tr("I can call %1 on %2.").arg(name, phone))});
    } else if (!name.isEmpty()) {
        groups.append({B::point(EasyReadPictures::named("phone"), tr("I can call %1.").arg(name))});
    } else if (!phone.isEmpty()) {
        groups.append({B::point(
            EasyReadPictures::named("phone"), tr("The number to call is %1.").arg(phone))});
    }
    groups.append(
        {B::point(EasyReadPictures::named("safe"), tr("If someone is in danger, I call 999."))});
    groups.append({B::point(EasyReadPictures::named("council"),
        tr("If my support is not right, I can tell the council."))});
    return EasyReadPager::section(QStringLiteral("problems"), tr("If something goes wrong"),
        EasyReadPictures::named("warning"), groups);
}

DocumentSection EasyReadPlanWriter::review(const Plan& plan) const
{
    QList<Group> groups;
    groups.append({B::point(EasyReadPictures::named("calendar"),
        plan.reviewDate.isValid()
            ? tr("My plan will be checked again on %1.").arg(m_words.date(plan.reviewDate))
            : tr("We will choose a date to check my plan when it is agreed."))});
    groups.append({B::point(EasyReadPictures::named("talk"),
                       tr("We will talk about what is working and what is not.")),
        B::point(EasyReadPictures::named("better"), tr("Is my life better?")),
        B::point(EasyReadPictures::named("same"), tr("Is my life the same?")),
        B::point(EasyReadPictures::named("worse"), tr("Is my life worse?"))});
    return EasyReadPager::section(QStringLiteral("review"), tr("When my plan is checked again"),
        EasyReadPictures::named("calendar"), groups);
}

} // namespace pb
