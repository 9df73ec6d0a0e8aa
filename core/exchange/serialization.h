// Boost.Serialization for the plan model: how each model type is laid out in a
// .pbplan XML archive. Private to core/exchange, so no Boost header leaks into
// the model; only planfile.cpp includes it.
//
// Layout choices, and why:
// - Every element goes through pb::exchange::field(), never a bare make_nvp:
//   on reading, field() checks the element's name against the pre-checked
//   document (ElementCursor), because Boost's own tag check is unsafe in 1.74.
// - Text is UTF-8; characters XML 1.0 cannot hold (control characters other
//   than tab, CR and LF, U+FFFE/U+FFFF, lone surrogates) are dropped on write,
//   so that every file we write is one we can read back.
// - Enums are written as their stable keys (pb::enumKey / pb::periodKey), so a
//   renumbered enum never changes what a file means; an unknown key on read is
//   an error, never a silent default.
// - Money is whole pence; a missing optional amount is an empty element.
// - Dates are ISO 8601 text ("2024-04-01"); a date-time carries its UTC offset
//   ("2024-04-01T10:30:00.000+01:00"); an unset date is an empty element.
// - A list is <count>N</count> followed by exactly N <item> elements; a map's
//   items hold <key> and <value>.
// - Model types carry a Boost class version (written once, as the version=""
//   attribute of the first element of that type); helper types (QString,
//   dates, money, lists) are "object_serializable": no class information, so
//   their layout must never change.
//
// HOW TO ADD A FIELD (say Outcome gains `QString whoHelps`):
//   1. Append it at the END of that type's serialize(), guarded by the new
//      class version:   if (version >= 2) { field(ar, "whoHelps", o.whoHelps); }
//      A file written before the change has version 1 and simply leaves the
//      field at its default.
//   2. Bump the type's BOOST_CLASS_VERSION below to that number.
//   3. Bump PlanFile::kFormatVersion, so that an older program refuses the new
//      file with "saved by a newer version" instead of a confusing error.
//   4. Keep a fixture written before the change in tests/core/exchange/fixtures
//      and test that it still loads.
//   Never remove, rename or reorder an existing field: old files are read by
//   position. A field that is no longer needed is still read (and ignored).
//
// Format history:
//   1  first layout. No release wrote it: it is the layout before the two
//      close-relative payment fields of SupportItem, kept readable so the
//      upgrade path above is tested from the start (fixture plan-format1).
//   2  SupportItem version 2: paidToCloseRelativeInHousehold,
//      councilAgreedRelativePayment.
#pragma once

#include "exchange/elementcursor.h"
#include "exchange/fileformaterror.h"
#include "exchange/planfile.h"
#include "exchange/planfileheader.h"
#include "model/budget.h"
#include "model/deployment.h"
#include "model/emergencyplan.h"
#include "model/enumkey.h"
#include "model/fundingstream.h"
#include "model/outcome.h"
#include "model/person.h"
#include "model/plan.h"
#include "model/review.h"
#include "model/supportitem.h"
#include "money/money.h"
#include "money/period.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <boost/serialization/level.hpp>
#include <boost/serialization/nvp.hpp>
#include <boost/serialization/split_free.hpp>
#include <boost/serialization/tracking.hpp>
#include <boost/serialization/version.hpp>

#include <optional>
#include <string>
#include <type_traits>
#include <utility>

// ---- Boost traits, declared before any serialize() can be instantiated ----

namespace boost::serialization {

// Helper types: no class information, never tracked.
template <class T> struct implementation_level_impl<const QList<T>> {
    typedef mpl::integral_c_tag tag;
    typedef mpl::int_<object_serializable> type;
    BOOST_STATIC_CONSTANT(int, value = implementation_level_impl::type::value);
};

template <class T> struct tracking_level_impl<const QList<T>> {
    typedef mpl::integral_c_tag tag;
    typedef mpl::int_<track_never> type;
    BOOST_STATIC_CONSTANT(int, value = tracking_level_impl::type::value);
};

} // namespace boost::serialization

#define PB_EXCHANGE_HELPER_TYPE(T)                                                                 \
    BOOST_CLASS_IMPLEMENTATION(T, boost::serialization::object_serializable)                       \
    BOOST_CLASS_TRACKING(T, boost::serialization::track_never)

// The model: class information (so a version can be read), never tracked
// (nothing is serialized through a pointer).
#define PB_EXCHANGE_MODEL_TYPE(T, V)                                                               \
    BOOST_CLASS_VERSION(T, V)                                                                      \
    BOOST_CLASS_TRACKING(T, boost::serialization::track_never)

PB_EXCHANGE_HELPER_TYPE(QString)
PB_EXCHANGE_HELPER_TYPE(QDate)
PB_EXCHANGE_HELPER_TYPE(QDateTime)
PB_EXCHANGE_HELPER_TYPE(pb::Money)
PB_EXCHANGE_HELPER_TYPE(std::optional<pb::Money>)
// Types with a comma in their name need an alias to pass through the macros.
using PbExchangeStringMap = QMap<QString, QString>;
using PbExchangeMapEntry = std::pair<QString, QString>;
PB_EXCHANGE_HELPER_TYPE(PbExchangeStringMap)
PB_EXCHANGE_HELPER_TYPE(PbExchangeMapEntry)

PB_EXCHANGE_MODEL_TYPE(pb::PlanFileHeader, 1)
PB_EXCHANGE_MODEL_TYPE(pb::Person, 1)
PB_EXCHANGE_MODEL_TYPE(pb::Plan, 1)
PB_EXCHANGE_MODEL_TYPE(pb::Budget, 1)
PB_EXCHANGE_MODEL_TYPE(pb::FundingStream, 1)
PB_EXCHANGE_MODEL_TYPE(pb::Outcome, 1)
PB_EXCHANGE_MODEL_TYPE(pb::Deployment, 1)
PB_EXCHANGE_MODEL_TYPE(pb::SupportItem, 2)
PB_EXCHANGE_MODEL_TYPE(pb::EmergencyPlan, 1)
PB_EXCHANGE_MODEL_TYPE(pb::OutcomeReview, 1)
PB_EXCHANGE_MODEL_TYPE(pb::Review, 1)

#undef PB_EXCHANGE_HELPER_TYPE
#undef PB_EXCHANGE_MODEL_TYPE

namespace pb::exchange {

// Text as XML 1.0 can hold it (see above).
inline QString xmlSafe(const QString& text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(text.at(++i));
            continue;
        }
        if (c.isSurrogate() || u == 0xFFFE || u == 0xFFFF) {
            continue;
        }
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') {
            continue;
        }
        out.append(c);
    }
    return out;
}

template <typename E> QString keyOf(E value)
{
    if constexpr (std::is_same_v<E, Period>) {
        return periodKey(value);
    } else {
        return enumKey(value);
    }
}

template <typename E> std::optional<E> valueOfKey(const QString& key)
{
    if constexpr (std::is_same_v<E, Period>) {
        return periodFromKey(key);
    } else {
        return enumFromKey<E>(key);
    }
}

// Boost 1.74 does not refuse a class version newer than the program's (its
// check is compiled out), and reading one by the old layout would misplace
// values, so every model type checks its own.
template <class Archive, class T>
void checkVersion(const T&, unsigned int version, const char* typeName)
{
    if constexpr (Archive::is_loading::value) {
        constexpr unsigned int known = boost::serialization::version<T>::value;
        if (version > known) {
            throw FileFormatError(FileFormatError::Kind::Unknown,
                QStringLiteral("%1 has class version %2; this program reads up to %3")
                    .arg(QLatin1String(typeName))
                    .arg(version)
                    .arg(known));
        }
    }
}

// One element of the file: <name>value</name>. Every element goes through
// here (see the top of this file).
template <class Archive, class T> void field(Archive& ar, const char* name, T& value)
{
    if constexpr (Archive::is_loading::value) {
        ElementCursor* cursor = ElementCursor::current();
        if (!cursor) {
            throw FileFormatError(FileFormatError::Kind::Damaged,
                QStringLiteral("internal: read without a pre-checked document"));
        }
        cursor->expect(name);
    }
    if constexpr (std::is_enum_v<std::remove_const_t<T>>) {
        std::string key;
        if constexpr (Archive::is_saving::value) {
            key = keyOf(value).toStdString();
        }
        ar& boost::serialization::make_nvp(name, key);
        if constexpr (Archive::is_loading::value) {
            const QString text = QString::fromStdString(key);
            const auto parsed = valueOfKey<T>(text);
            if (!parsed) {
                throw FileFormatError(FileFormatError::Kind::Unknown,
                    QStringLiteral("unknown value \"%1\" in <%2>")
                        .arg(text.left(64), QLatin1String(name)));
            }
            value = *parsed;
        }
    } else {
        ar& boost::serialization::make_nvp(name, value);
    }
}

// The content of an object_serializable helper type: text with no element of
// its own (a name-value pair with no name writes no tag).
template <class Archive> void content(Archive& ar, std::string& text)
{
    ar& boost::serialization::make_nvp(static_cast<const char*>(nullptr), text);
}

template <class Archive> void content(Archive& ar, long long& number)
{
    ar& boost::serialization::make_nvp(static_cast<const char*>(nullptr), number);
}

// Strict whole-number text ("-12", "500"), for the optional money amount.
inline std::optional<qint64> parseWholeNumber(const std::string& text)
{
    bool ok = false;
    const qint64 value = QByteArray::fromStdString(text).toLongLong(&ok, 10);
    if (!ok || text.empty() || text.find_first_not_of("-0123456789") != std::string::npos) {
        return std::nullopt;
    }
    return value;
}

} // namespace pb::exchange

namespace boost::serialization {

// ---- Qt and money helpers (no class information: layout fixed forever) ----

template <class Archive> void save(Archive& ar, const QString& s, unsigned int)
{
    std::string utf8 = pb::exchange::xmlSafe(s).toStdString();
    pb::exchange::content(ar, utf8);
}

template <class Archive> void load(Archive& ar, QString& s, unsigned int)
{
    std::string utf8;
    pb::exchange::content(ar, utf8);
    s = QString::fromStdString(utf8);
}

template <class Archive> void serialize(Archive& ar, QString& s, unsigned int version)
{
    split_free(ar, s, version);
}

template <class Archive> void save(Archive& ar, const QDate& d, unsigned int)
{
    std::string text = d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string();
    pb::exchange::content(ar, text);
}

template <class Archive> void load(Archive& ar, QDate& d, unsigned int)
{
    std::string text;
    pb::exchange::content(ar, text);
    if (text.empty()) {
        d = QDate();
        return;
    }
    d = QDate::fromString(QString::fromStdString(text), Qt::ISODate);
    if (!d.isValid()) {
        throw pb::FileFormatError(pb::FileFormatError::Kind::Damaged,
            QStringLiteral("\"%1\" is not a date").arg(QString::fromStdString(text).left(64)));
    }
}

template <class Archive> void serialize(Archive& ar, QDate& d, unsigned int version)
{
    split_free(ar, d, version);
}

template <class Archive> void save(Archive& ar, const QDateTime& dt, unsigned int)
{
    // Written with the explicit offset it had, so the moment is unambiguous on
    // any machine.
    std::string text = dt.isValid()
        ? dt.toOffsetFromUtc(dt.offsetFromUtc()).toString(Qt::ISODateWithMs).toStdString()
        : std::string();
    pb::exchange::content(ar, text);
}

template <class Archive> void load(Archive& ar, QDateTime& dt, unsigned int)
{
    std::string text;
    pb::exchange::content(ar, text);
    if (text.empty()) {
        dt = QDateTime();
        return;
    }
    dt = QDateTime::fromString(QString::fromStdString(text), Qt::ISODateWithMs);
    if (!dt.isValid()) {
        throw pb::FileFormatError(pb::FileFormatError::Kind::Damaged,
            QStringLiteral("\"%1\" is not a date and time")
                .arg(QString::fromStdString(text).left(64)));
    }
}

template <class Archive> void serialize(Archive& ar, QDateTime& dt, unsigned int version)
{
    split_free(ar, dt, version);
}

template <class Archive> void save(Archive& ar, const pb::Money& m, unsigned int)
{
    long long pence = m.pence();
    pb::exchange::content(ar, pence);
}

template <class Archive> void load(Archive& ar, pb::Money& m, unsigned int)
{
    long long pence = 0;
    pb::exchange::content(ar, pence);
    m = pb::Money::fromPence(pence);
}

template <class Archive> void serialize(Archive& ar, pb::Money& m, unsigned int version)
{
    split_free(ar, m, version);
}

// An optional amount: whole pence, or an empty element for "not yet known".
template <class Archive> void save(Archive& ar, const std::optional<pb::Money>& m, unsigned int)
{
    std::string text = m ? std::to_string(m->pence()) : std::string();
    pb::exchange::content(ar, text);
}

template <class Archive> void load(Archive& ar, std::optional<pb::Money>& m, unsigned int)
{
    std::string text;
    pb::exchange::content(ar, text);
    if (text.empty()) {
        m.reset();
        return;
    }
    const auto pence = pb::exchange::parseWholeNumber(text);
    if (!pence) {
        throw pb::FileFormatError(pb::FileFormatError::Kind::Damaged,
            QStringLiteral("\"%1\" is not an amount in pence")
                .arg(QString::fromStdString(text).left(64)));
    }
    m = pb::Money::fromPence(*pence);
}

template <class Archive>
void serialize(Archive& ar, std::optional<pb::Money>& m, unsigned int version)
{
    split_free(ar, m, version);
}

template <class Archive, class T> void save(Archive& ar, const QList<T>& list, unsigned int)
{
    long long count = list.size();
    pb::exchange::field(ar, "count", count);
    for (const T& value : list) {
        pb::exchange::field(ar, "item", value);
    }
}

template <class Archive, class T> void load(Archive& ar, QList<T>& list, unsigned int)
{
    long long count = 0;
    pb::exchange::field(ar, "count", count);
    // The pre-check has already matched count to the <item>s; this guard
    // keeps the reserve() below from ever being a memory bomb on its own.
    if (count < 0 || count > pb::PlanFile::kMaxListItems) {
        throw pb::FileFormatError(pb::FileFormatError::Kind::Damaged,
            QStringLiteral("list count %1 is out of range").arg(count));
    }
    list.clear();
    list.reserve(static_cast<qsizetype>(count));
    for (long long i = 0; i < count; ++i) {
        T value {};
        pb::exchange::field(ar, "item", value);
        list.append(std::move(value));
    }
}

template <class Archive, class T> void serialize(Archive& ar, QList<T>& list, unsigned int version)
{
    split_free(ar, list, version);
}

template <class Archive>
void serialize(Archive& ar, std::pair<QString, QString>& entry, unsigned int)
{
    pb::exchange::field(ar, "key", entry.first);
    pb::exchange::field(ar, "value", entry.second);
}

template <class Archive> void save(Archive& ar, const QMap<QString, QString>& map, unsigned int)
{
    long long count = map.size();
    pb::exchange::field(ar, "count", count);
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        std::pair<QString, QString> entry {it.key(), it.value()};
        pb::exchange::field(ar, "item", entry);
    }
}

template <class Archive> void load(Archive& ar, QMap<QString, QString>& map, unsigned int)
{
    long long count = 0;
    pb::exchange::field(ar, "count", count);
    if (count < 0 || count > pb::PlanFile::kMaxListItems) {
        throw pb::FileFormatError(pb::FileFormatError::Kind::Damaged,
            QStringLiteral("map count %1 is out of range").arg(count));
    }
    map.clear();
    for (long long i = 0; i < count; ++i) {
        std::pair<QString, QString> entry;
        pb::exchange::field(ar, "item", entry);
        if (map.contains(entry.first)) {
            // A map written by us never repeats a key; a repeat would silently
            // drop one answer.
            throw pb::FileFormatError(pb::FileFormatError::Kind::Damaged,
                QStringLiteral("key \"%1\" appears twice").arg(entry.first.left(64)));
        }
        map.insert(entry.first, entry.second);
    }
}

template <class Archive>
void serialize(Archive& ar, QMap<QString, QString>& map, unsigned int version)
{
    split_free(ar, map, version);
}

// ---- the file header and the model (class-versioned) ----

template <class Archive> void serialize(Archive& ar, pb::PlanFileHeader& h, unsigned int version)
{
    pb::exchange::checkVersion<Archive>(h, version, "PlanFileHeader");
    pb::exchange::field(ar, "format", h.format);
    pb::exchange::field(ar, "formatVersion", h.formatVersion);
    pb::exchange::field(ar, "appVersion", h.appVersion);
}

template <class Archive> void serialize(Archive& ar, pb::Person& p, unsigned int version)
{
    pb::exchange::checkVersion<Archive>(p, version, "Person");
    using pb::exchange::field;
    field(ar, "id", p.id);
    field(ar, "name", p.name);
    field(ar, "dateOfBirth", p.dateOfBirth);
    field(ar, "helperName", p.helperName);
    field(ar, "phone", p.phone);
    field(ar, "email", p.email);
    field(ar, "address", p.address);
    field(ar, "preferredLanguage", p.preferredLanguage);
    field(ar, "wantsEasyRead", p.wantsEasyRead);
    field(ar, "archived", p.archived);
}

template <class Archive> void serialize(Archive& ar, pb::FundingStream& s, unsigned int version)
{
    pb::exchange::checkVersion<Archive>(s, version, "FundingStream");
    using pb::exchange::field;
    field(ar, "key", s.key);
    field(ar, "source", s.source);
    field(ar, "amount", s.amount);
    field(ar, "note", s.note);
}

template <class Archive> void serialize(Archive& ar, pb::Budget& b, unsigned int version)
{
    pb::exchange::checkVersion<Archive>(b, version, "Budget");
    using pb::exchange::field;
    field(ar, "indicative", b.indicative);
    field(ar, "agreed", b.agreed);
    field(ar, "period", b.period);
    field(ar, "start", b.start);
    field(ar, "end", b.end);
    field(ar, "source", b.source);
    field(ar, "rasSchemeId", b.rasSchemeId);
    field(ar, "rasAnswers", b.rasAnswers);
    field(ar, "streams", b.streams);
}

template <class Archive> void serialize(Archive& ar, pb::Outcome& o, unsigned int version)
{
    pb::exchange::checkVersion<Archive>(o, version, "Outcome");
    using pb::exchange::field;
    field(ar, "key", o.key);
    field(ar, "text", o.text);
    field(ar, "lifeArea", o.lifeArea);
    field(ar, "topThree", o.topThree);
    field(ar, "howIWillKnow", o.howIWillKnow);
}

template <class Archive> void serialize(Archive& ar, pb::Deployment& d, unsigned int version)
{
    pb::exchange::checkVersion<Archive>(d, version, "Deployment");
    using pb::exchange::field;
    field(ar, "choice", d.choice);
    field(ar, "nominee", d.nominee);
    field(ar, "isfProvider", d.isfProvider);
    field(ar, "thirdParty", d.thirdParty);
}

template <class Archive> void serialize(Archive& ar, pb::SupportItem& i, unsigned int version)
{
    pb::exchange::checkVersion<Archive>(i, version, "SupportItem");
    using pb::exchange::field;
    field(ar, "key", i.key);
    field(ar, "type", i.type);
    field(ar, "what", i.what);
    field(ar, "provider", i.provider);
    field(ar, "route", i.route);
    field(ar, "paidFrom", i.paidFrom);
    field(ar, "outcomeKeys", i.outcomeKeys);
    field(ar, "unitPrice", i.unitPrice);
    field(ar, "quantityHundredths", i.quantityHundredths);
    field(ar, "frequency", i.frequency);
    field(ar, "includeEmploymentCosts", i.includeEmploymentCosts);
    field(ar, "notes", i.notes);
    if (version >= 2) {
        field(ar, "paidToCloseRelativeInHousehold", i.paidToCloseRelativeInHousehold);
        field(ar, "councilAgreedRelativePayment", i.councilAgreedRelativePayment);
    }
}

template <class Archive> void serialize(Archive& ar, pb::EmergencyPlan& e, unsigned int version)
{
    pb::exchange::checkVersion<Archive>(e, version, "EmergencyPlan");
    using pb::exchange::field;
    field(ar, "whatToDo", e.whatToDo);
    field(ar, "contactName", e.contactName);
    field(ar, "contactPhone", e.contactPhone);
}

template <class Archive> void serialize(Archive& ar, pb::OutcomeReview& r, unsigned int version)
{
    pb::exchange::checkVersion<Archive>(r, version, "OutcomeReview");
    using pb::exchange::field;
    field(ar, "outcomeKey", r.outcomeKey);
    field(ar, "rating", r.rating);
    field(ar, "comment", r.comment);
}

template <class Archive> void serialize(Archive& ar, pb::Review& r, unsigned int version)
{
    pb::exchange::checkVersion<Archive>(r, version, "Review");
    using pb::exchange::field;
    field(ar, "date", r.date);
    field(ar, "reviewer", r.reviewer);
    field(ar, "outcomes", r.outcomes);
    field(ar, "working", r.working);
    field(ar, "notWorking", r.notWorking);
    field(ar, "importantForFuture", r.importantForFuture);
    field(ar, "overallHappiness", r.overallHappiness);
    field(ar, "decision", r.decision);
}

template <class Archive> void serialize(Archive& ar, pb::Plan& p, unsigned int version)
{
    pb::exchange::checkVersion<Archive>(p, version, "Plan");
    using pb::exchange::field;
    field(ar, "id", p.id);
    field(ar, "personId", p.personId);
    field(ar, "version", p.version);
    field(ar, "status", p.status);
    field(ar, "createdOn", p.createdOn);
    field(ar, "agreedAt", p.agreedAt);
    field(ar, "agreedBy", p.agreedBy);
    field(ar, "reviewDate", p.reviewDate);
    field(ar, "budget", p.budget);
    field(ar, "outcomes", p.outcomes);
    field(ar, "deployment", p.deployment);
    field(ar, "items", p.items);
    field(ar, "emergency", p.emergency);
    field(ar, "reviews", p.reviews);
}

} // namespace boost::serialization
