#include "results/resultscsv.h"

#include "document/supportitemscsv.h"
#include "model/modellabels.h"
#include "results/resultslabels.h"

namespace pb {

namespace {

QString line(const QStringList& fields)
{
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString text(const QString& value)
{
    return SupportItemsCsv::textField(value);
}

QStringList texts(const QStringList& values)
{
    QStringList fields;
    for (const QString& v : values) {
        fields.append(text(v));
    }
    return fields;
}

QStringList countFields(const RatingCounts& counts)
{
    return {QString::number(counts.better), QString::number(counts.same),
        QString::number(counts.worse), QString::number(counts.notYet),
        QString::number(counts.total())};
}

QByteArray file(const QString& csv)
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + csv.toUtf8();
}

} // namespace

QByteArray ResultsCsv::byLifeArea(const CaseloadResults& results)
{
    QString csv = line(texts({tr("Life area"), ResultsLabels::rating(OutcomeRating::Better),
        ResultsLabels::rating(OutcomeRating::Same), ResultsLabels::rating(OutcomeRating::Worse),
        ResultsLabels::rating(OutcomeRating::NotYet), tr("Outcomes rated")}));
    for (const CaseloadResults::AreaCounts& area : results.byLifeArea()) {
        csv +=
            line(QStringList {text(ModelLabels::lifeArea(area.area))} + countFields(area.counts));
    }
    csv += line(QStringList {text(tr("All life areas"))} + countFields(results.total()));
    return file(csv);
}

QByteArray ResultsCsv::worse(const CaseloadResults& results)
{
    QString csv = line(texts({tr("Name"), tr("Plan version"), tr("Review date"), tr("Life area"),
        tr("Outcome"), tr("What was said")}));
    for (const CaseloadResults::WorseOutcome& w : results.worse()) {
        csv += line({text(w.name), QString::number(w.version),
            w.reviewDate.isValid() ? w.reviewDate.toString(Qt::ISODate) : QString(),
            text(ModelLabels::lifeArea(w.area)), text(w.outcome), text(w.comment)});
    }
    return file(csv);
}

QByteArray ResultsCsv::themes(const CaseloadResults& results)
{
    QString csv = line(texts({tr("Theme"), ResultsLabels::question(ReviewQuestion::Working),
        ResultsLabels::question(ReviewQuestion::NotWorking),
        ResultsLabels::question(ReviewQuestion::ImportantForFuture),
        ResultsLabels::question(ReviewQuestion::Outcome), tr("All comments")}));
    for (const CaseloadResults::ThemeCount& t : results.themes()) {
        csv += line({text(t.theme), QString::number(t.working), QString::number(t.notWorking),
            QString::number(t.importantForFuture), QString::number(t.outcomes),
            QString::number(t.total())});
    }
    return file(csv);
}

} // namespace pb
