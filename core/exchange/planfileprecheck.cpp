#include "exchange/planfileprecheck.h"

#include "exchange/planfile.h"

#include <QStringDecoder>
#include <QXmlStreamReader>

#include <optional>

namespace pb {

namespace {

using Problem = PlanFilePrecheck::Problem;
using Outcome = PlanFilePrecheck::Outcome;

// Longest text kept for an element whose value the check needs (<count>,
// the header's fields); anything longer is not a valid value anyway.
constexpr qsizetype kMaxKeptText = 64;

// Bounds Boost asserts on (library_version_type is 16 bits, class_id_type
// 15 bits); beyond them a debug build of Boost would abort.
constexpr long long kMaxBoostVersion = 65535;
constexpr long long kMaxClassId = 32767;
constexpr long long kMaxKeptNumber = 999999999; // what smallNumber() can return

// The longest tag a plan file has is under 80 bytes (the root element's).
constexpr qsizetype kMaxTagBytes = 256;

// One open element while walking the document.
struct Frame {
    QString name;
    QString text; // the start of its text, for <count> and the header
    bool hasText = false; // non-whitespace text seen
    bool hasChildren = false;
    bool countSeen = false; // a <count> child has ended
    long long expectedItems = 0;
    long long items = 0;

    static Frame named(const QString& name)
    {
        Frame frame;
        frame.name = name;
        return frame;
    }
};

Outcome fail(Problem problem, const QString& detail)
{
    Outcome outcome;
    outcome.problem = problem;
    outcome.detail = detail;
    return outcome;
}

Outcome damaged(const QString& detail)
{
    return fail(Problem::Damaged, detail);
}

QString where(const QXmlStreamReader& reader)
{
    return QStringLiteral(" (line %1, column %2)")
        .arg(reader.lineNumber())
        .arg(reader.columnNumber());
}

// A small non-negative whole number written as plain digits, as Boost writes
// them ("0", "17"); nothing else (no sign, no spaces, at most 9 digits).
std::optional<long long> smallNumber(QStringView text)
{
    if (text.isEmpty() || text.size() > 9) {
        return std::nullopt;
    }
    long long value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// With an explicit length, because a byte order mark may hold NUL bytes.
template <qsizetype N> bool startsWith(const QByteArray& bytes, const char (&prefix)[N])
{
    return bytes.startsWith(QByteArrayView(prefix, N - 1));
}

} // namespace

PlanFilePrecheck::Outcome PlanFilePrecheck::check(const QByteArray& bytes)
{
    if (bytes.trimmed().isEmpty()) {
        return fail(Problem::Empty, QStringLiteral("the file has no content"));
    }
    if (bytes.size() > PlanFile::kMaxFileBytes) {
        return fail(Problem::TooBig,
            QStringLiteral("%1 bytes; the limit is %2")
                .arg(bytes.size())
                .arg(PlanFile::kMaxFileBytes));
    }
    if (startsWith(bytes, "\xFF\xFE") || startsWith(bytes, "\xFE\xFF")
        || startsWith(bytes, "\x00\x00\xFE\xFF")) {
        return damaged(QStringLiteral("the file is UTF-16 or UTF-32 text; plan files are UTF-8"));
    }
    if (!startsWith(bytes, "<?xml")) {
        return damaged(QStringLiteral("the file does not start with an XML declaration"));
    }

    // Byte-level checks: cheap, and they keep whole classes of input away
    // from both XML readers.
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
            return damaged(QStringLiteral("control character 0x%1 at byte %2")
                               .arg(b, 2, 16, QLatin1Char('0'))
                               .arg(i));
        }
    }
    // Every tag (from '<' to the next '>') is short in a plan file. Bounding
    // it keeps QXmlStreamReader away from its quadratic cases: it compares
    // each attribute of an element with all the earlier ones, so one element
    // with 200,000 attributes takes minutes.
    for (qsizetype open = bytes.indexOf('<'); open >= 0; open = bytes.indexOf('<', open + 1)) {
        const qsizetype close = bytes.indexOf('>', open);
        if (close < 0) {
            break; // unfinished: the XML reader says so below
        }
        if (close - open + 1 > kMaxTagBytes) {
            return damaged(
                QStringLiteral("a tag of %1 bytes at byte %2; plan files have none over %3")
                    .arg(close - open + 1)
                    .arg(open)
                    .arg(kMaxTagBytes));
        }
        open = close;
    }
    {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(bytes);
        if (decoder.hasError()) {
            return damaged(QStringLiteral("the file is not valid UTF-8 text"));
        }
    }
    struct Forbidden {
        const char* bytes;
        const char* what;
    };
    static constexpr Forbidden forbidden[] = {
        {"&#", "a character reference"},
        {"/>", "an empty-element tag"},
        {"<!--", "a comment"},
        {"<![CDATA[", "a CDATA section"},
        {"<!ENTITY", "an entity declaration"},
    };
    for (const Forbidden& f : forbidden) {
        const qsizetype at = bytes.indexOf(f.bytes);
        if (at >= 0) {
            return damaged(QStringLiteral("the file holds %1 at byte %2, which plan files never do")
                               .arg(QLatin1String(f.what))
                               .arg(at));
        }
    }

    Outcome outcome;
    QXmlStreamReader reader(bytes);
    // Belt and braces: nothing should ever be expanded, since a DTD with
    // declarations is refused below before any content is read.
    reader.setEntityExpansionLimit(0);

    QList<Frame> stack;
    bool sawDtd = false;
    bool sawRoot = false;
    bool headerDone = false;
    int rootChildren = 0;
    QString format;
    QString formatVersionText;
    QString appVersion;

    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        switch (token) {
        case QXmlStreamReader::StartDocument: {
            const QStringView encoding = reader.documentEncoding();
            if (!encoding.isEmpty() && encoding.compare(u"UTF-8", Qt::CaseInsensitive) != 0) {
                return damaged(QStringLiteral("the file says it is in %1; plan files are UTF-8")
                                   .arg(encoding.left(32)));
            }
            break;
        }
        case QXmlStreamReader::DTD:
            if (sawDtd || sawRoot || reader.dtdName() != u"boost_serialization"
                || !reader.dtdPublicId().isEmpty() || !reader.dtdSystemId().isEmpty()
                || !reader.entityDeclarations().isEmpty()
                || !reader.notationDeclarations().isEmpty()
                || reader.text().trimmed() != u"<!DOCTYPE boost_serialization>") {
                return damaged(
                    QStringLiteral("unexpected document type declaration") + where(reader));
            }
            sawDtd = true;
            break;
        case QXmlStreamReader::Comment:
        case QXmlStreamReader::ProcessingInstruction:
        case QXmlStreamReader::EntityReference:
            return damaged(
                QStringLiteral("the file holds XML features plan files never use") + where(reader));
        case QXmlStreamReader::Characters: {
            if (reader.isCDATA()) {
                return damaged(QStringLiteral("CDATA section") + where(reader));
            }
            if (stack.isEmpty()) {
                break; // whitespace outside the root; the reader refuses anything else
            }
            Frame& frame = stack.last();
            if (!reader.isWhitespace()) {
                if (frame.hasChildren) {
                    return damaged(
                        QStringLiteral("text mixed with elements in <%1>").arg(frame.name)
                        + where(reader));
                }
                frame.hasText = true;
            }
            if (frame.text.size() <= kMaxKeptText) {
                frame.text += reader.text().left(kMaxKeptText + 1 - frame.text.size());
            }
            break;
        }
        case QXmlStreamReader::StartElement: {
            const QString name = reader.name().toString();
            const QXmlStreamAttributes attributes = reader.attributes();
            if (stack.size() >= PlanFile::kMaxDepth) {
                return damaged(
                    QStringLiteral("elements nested more than %1 deep").arg(PlanFile::kMaxDepth)
                    + where(reader));
            }
            if (stack.isEmpty()) {
                if (!sawDtd) {
                    return damaged(QStringLiteral("no document type declaration") + where(reader));
                }
                if (name != u"boost_serialization") {
                    return damaged(
                        QStringLiteral("the root element is <%1>, not <boost_serialization>")
                            .arg(name.left(64)));
                }
                // Boost asserts that its library version fits 16 bits. A
                // newer Boost's version is accepted, as Boost itself does:
                // it changes nothing in the layout this format uses.
                const auto boostVersion = smallNumber(attributes.value(QStringLiteral("version")));
                if (attributes.size() != 2
                    || attributes.value(QStringLiteral("signature")) != u"serialization::archive"
                    || !boostVersion || *boostVersion < 1 || *boostVersion > kMaxBoostVersion) {
                    return damaged(QStringLiteral("the root element's attributes are not Boost's"));
                }
                sawRoot = true;
                stack.append(Frame::named(name));
                break;
            }

            Frame& parent = stack.last();
            if (parent.hasText) {
                return damaged(QStringLiteral("text mixed with elements in <%1>").arg(parent.name)
                    + where(reader));
            }
            if (name == u"count") {
                if (parent.hasChildren) {
                    return damaged(
                        QStringLiteral("<count> is not the first element of <%1>").arg(parent.name)
                        + where(reader));
                }
            } else if (name == u"item") {
                if (!parent.countSeen) {
                    return damaged(
                        QStringLiteral("<item> without a <count> in <%1>").arg(parent.name)
                        + where(reader));
                }
                if (++parent.items > parent.expectedItems) {
                    return damaged(QStringLiteral("<%1> has more items than its count of %2")
                                       .arg(parent.name)
                                       .arg(parent.expectedItems)
                        + where(reader));
                }
            }
            parent.hasChildren = true;

            if (stack.size() == 1) {
                ++rootChildren;
                if (rootChildren == 1 && name != u"header") {
                    return damaged(
                        QStringLiteral("the file does not start with a plan file header"));
                }
            }
            for (const QXmlStreamAttribute& attribute : attributes) {
                const QStringView attributeName = attribute.qualifiedName();
                // Boost asserts a class id fits 15 bits; tracking is a flag.
                const auto number = smallNumber(attribute.value());
                const long long limit = attributeName == u"class_id" ? kMaxClassId
                    : attributeName == u"tracking_level"             ? 1
                    : attributeName == u"version"                    ? kMaxKeptNumber
                                                                     : -1;
                if (!number || *number > limit) {
                    return damaged(QStringLiteral("unexpected attribute %1=\"%2\"")
                                       .arg(attributeName.left(32), attribute.value().left(32))
                        + where(reader));
                }
            }
            if (qsizetype(outcome.elementNames.size()) >= kMaxElements) {
                return damaged(QStringLiteral("more than %1 elements").arg(kMaxElements));
            }
            outcome.elementNames.push_back(name.toStdString());
            stack.append(Frame::named(name));
            break;
        }
        case QXmlStreamReader::EndElement: {
            const Frame frame = stack.takeLast();
            if (frame.countSeen && frame.items != frame.expectedItems) {
                return damaged(QStringLiteral("<%1> has %2 items but its count says %3")
                                   .arg(frame.name)
                                   .arg(frame.items)
                                   .arg(frame.expectedItems)
                    + where(reader));
            }
            if (stack.isEmpty()) {
                break; // the root
            }
            Frame& parent = stack.last();
            if (frame.name == u"count") {
                const auto count = smallNumber(frame.text);
                if (frame.hasChildren || !count || *count > PlanFile::kMaxListItems) {
                    return damaged(
                        QStringLiteral("<count> of <%1> is \"%2\"; at most %3 is allowed")
                            .arg(parent.name, frame.text.left(kMaxKeptText))
                            .arg(PlanFile::kMaxListItems)
                        + where(reader));
                }
                parent.countSeen = true;
                parent.expectedItems = *count;
            }
            if (stack.size() == 2 && parent.name == u"header" && rootChildren == 1) {
                if (frame.name == u"format") {
                    format = frame.text;
                } else if (frame.name == u"formatVersion") {
                    formatVersionText = frame.text;
                } else if (frame.name == u"appVersion") {
                    appVersion = frame.text;
                }
            }
            if (stack.size() == 1 && frame.name == u"header" && rootChildren == 1) {
                if (format != u"pbplan") {
                    return damaged(
                        QStringLiteral("the header names the format \"%1\", not \"pbplan\"")
                            .arg(format.left(kMaxKeptText)));
                }
                const auto version = smallNumber(formatVersionText);
                if (!version || *version < 1) {
                    return damaged(QStringLiteral("the header's format version \"%1\" is not valid")
                                       .arg(formatVersionText.left(kMaxKeptText)));
                }
                outcome.formatVersion = static_cast<int>(*version);
                outcome.appVersion = appVersion.left(kMaxKeptText);
                headerDone = true;
                if (outcome.formatVersion > PlanFile::kFormatVersion) {
                    // A newer layout may break any rule below; stop here.
                    Outcome newer = fail(Problem::NewerFormat,
                        QStringLiteral(
                            "format %1 written by version %2; this program reads up to format %3")
                            .arg(outcome.formatVersion)
                            .arg(outcome.appVersion)
                            .arg(PlanFile::kFormatVersion));
                    newer.formatVersion = outcome.formatVersion;
                    newer.appVersion = outcome.appVersion;
                    return newer;
                }
            }
            break;
        }
        default:
            break;
        }
    }
    if (reader.hasError()) {
        return damaged(
            QStringLiteral("not well-formed XML: %1").arg(reader.errorString()) + where(reader));
    }
    // QXmlStreamReader accepts a last end tag cut off before its '>' at the
    // very end of the data; Boost's trailer check must never meet one.
    if (!bytes.trimmed().endsWith("</boost_serialization>")) {
        return damaged(QStringLiteral("the file does not end with </boost_serialization>"));
    }
    if (!sawRoot || !headerDone) {
        return damaged(QStringLiteral("no plan file header"));
    }
    return outcome;
}

} // namespace pb
