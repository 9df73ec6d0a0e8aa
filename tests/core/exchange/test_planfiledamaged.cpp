// PlanFile::fromXml on damaged, hostile and newer files: each is refused with
// a clear message (and the right technical reason), never a crash and never a
// half-read plan.
#include "exchange/planfile.h"
#include "richplan.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace pb;

namespace {

const QString kDamaged = QStringLiteral(
    "This file is damaged or is not a plan file, so nothing was imported. Ask the person who "
    "sent it for a new copy.");

QByteArray richXml()
{
    return PlanFile::toXml(test::richPerson(), test::richPlan());
}

// The rich plan's file with the first `from` replaced by `to`. A `from` that
// is not there returns an empty array, which no row expects, so a stale row
// fails instead of passing silently.
QByteArray edited(const QByteArray& from, const QByteArray& to)
{
    QByteArray xml = richXml();
    const qsizetype at = xml.indexOf(from);
    if (at < 0) {
        return {};
    }
    return xml.replace(at, from.size(), to);
}

QByteArray withFormatVersion(int version)
{
    return edited(
        QByteArrayLiteral("<formatVersion>") + QByteArray::number(PlanFile::kFormatVersion),
        QByteArrayLiteral("<formatVersion>") + QByteArray::number(version));
}

} // namespace

class TestPlanFileDamaged : public QObject {
    Q_OBJECT

private slots:
    void damagedInputIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<QString>("detailPart");

        const QString damaged = QStringLiteral("damaged or is not a plan file");
        const QString newer = QStringLiteral("does not know about");
        const QByteArray xml = richXml();

        QTest::newRow("empty") << QByteArray() << QStringLiteral("This file is empty") << QString();
        QTest::newRow("only whitespace")
            << QByteArray("  \n\t ") << QStringLiteral("This file is empty") << QString();
        QTest::newRow("plain text") << QByteArray("Dear Jo, here is my plan.") << damaged
                                    << QStringLiteral("XML declaration");
        {
            QByteArray noise(4096, '\0');
            QRandomGenerator random(20240401); // fixed seed: the same bytes every run
            for (char& c : noise) {
                c = char(random.bounded(256));
            }
            QTest::newRow("random bytes") << noise << damaged << QString();
            QTest::newRow("random bytes after a declaration")
                << QByteArray("<?xml version=\"1.0\"?>") + noise << damaged << QString();
        }
        {
            const QString text = QString::fromUtf8(xml);
            QByteArray utf16("\xFF\xFE", 2);
            utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
            QTest::newRow("UTF-16 with byte order mark")
                << utf16 << damaged << QStringLiteral("UTF-16");
            QByteArray utf16be("\xFE\xFF", 2);
            for (const QChar c : text) {
                utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
            }
            QTest::newRow("UTF-16 big-endian") << utf16be << damaged << QStringLiteral("UTF-16");
        }
        QTest::newRow("declares Latin-1") << edited("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
                                          << damaged << QStringLiteral("ISO-8859-1");
        QTest::newRow("invalid UTF-8")
            << edited("<phone>", "<phone>\xC3\x28") << damaged << QStringLiteral("UTF-8");
        QTest::newRow("NUL byte") << edited("<phone>", QByteArray("<phone>\0", 8)) << damaged
                                  << QStringLiteral("control character 0x00");
        QTest::newRow("escape character") << edited("<phone>", "<phone>\x1B") << damaged
                                          << QStringLiteral("control character 0x1b");
        QTest::newRow("wrong root element")
            << edited("<!DOCTYPE boost_serialization>\n<boost_serialization",
                   "<!DOCTYPE boost_serialization>\n<html")
                   .replace("</boost_serialization>", "</html>")
            << damaged << QStringLiteral("root element is <html>");
        QTest::newRow("another program's archive") << QByteArray(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\" ?>\n"
            "<!DOCTYPE boost_serialization>\n"
            "<boost_serialization signature=\"serialization::archive\" version=\"18\">\n"
            "<data class_id=\"0\" tracking_level=\"0\" version=\"0\"><x>1</x></data>\n"
            "</boost_serialization>\n") << damaged << QStringLiteral("header");
        QTest::newRow("not a pbplan format")
            << edited("<format>pbplan</format>", "<format>budget</format>") << damaged
            << QStringLiteral("\"budget\"");
        QTest::newRow("format version 0")
            << withFormatVersion(0) << damaged << QStringLiteral("format version");
        QTest::newRow("format version not a number") << edited("<formatVersion>2",
            "<formatVersion>two") << damaged << QStringLiteral("format version");
        QTest::newRow("XML bomb (entity expansion)")
            << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE boost_serialization [\n"
                          " <!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n"
                          " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
                          " <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
                          " <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
                          "]>\n<boost_serialization>&d;&d;&d;&d;&d;&d;&d;</boost_serialization>\n")
            << damaged << QStringLiteral("entity declaration");
        QTest::newRow("external entity") << edited("<!DOCTYPE boost_serialization>",
            "<!DOCTYPE boost_serialization SYSTEM \"file:///etc/passwd\">")
                                         << damaged << QStringLiteral("document type");
        QTest::newRow("undeclared entity")
            << edited("<phone>", "<phone>&nbsp;") << damaged << QString();
        QTest::newRow("no document type") << edited("<!DOCTYPE boost_serialization>\n", "")
                                          << damaged << QStringLiteral("no document type");
        {
            QByteArray deep = xml.left(xml.indexOf("<boost_serialization"))
                + "<boost_serialization signature=\"serialization::archive\" version=\"18\">";
            deep += "<header class_id=\"0\" tracking_level=\"0\" version=\"1\">";
            deep += QByteArray("<a>").repeated(100000) + QByteArray("</a>").repeated(100000);
            deep += "</header></boost_serialization>\n";
            QTest::newRow("deeply nested elements")
                << deep << damaged << QStringLiteral("nested more than");
        }
        {
            // QXmlStreamReader compares each attribute with all earlier ones:
            // this one element would take minutes if it reached the reader.
            QByteArray attributes;
            for (int i = 0; i < 200000; ++i) {
                attributes += " a" + QByteArray::number(i) + "=\"1\"";
            }
            QTest::newRow("element with 200,000 attributes") << edited("<phone>",
                "<phone" + attributes + ">") << damaged << QStringLiteral("a tag of");
            QTest::newRow("very long element name")
                << edited("<phone>",
                       "<" + QByteArray(300, 'p') + ">" + "</" + QByteArray(300, 'p') + "><phone>")
                << damaged << QStringLiteral("a tag of 302 bytes");
        }
        QTest::newRow("comment") << edited("<phone>", "<!-- hello --><phone>") << damaged
                                 << QStringLiteral("comment");
        QTest::newRow("CDATA") << edited("<phone>", "<phone><![CDATA[x]]>") << damaged
                               << QStringLiteral("CDATA");
        QTest::newRow("processing instruction")
            << edited("<phone>", "<?php echo 1; ?><phone>") << damaged
            << QStringLiteral("features plan files never use");
        QTest::newRow("character reference") << edited("<phone>", "<phone>&#65;") << damaged
                                             << QStringLiteral("character reference");
        QTest::newRow("empty-element tag") << edited("<provider></provider>", "<provider/>")
                                           << damaged << QStringLiteral("empty-element tag");
        QTest::newRow("huge count (memory bomb)") << edited("<count>8</count>",
            "<count>999999999</count>") << damaged << QStringLiteral("at most");
        QTest::newRow("count above the limit") << edited("<count>8</count>", "<count>10001</count>")
                                               << damaged << QStringLiteral("at most 10000");
        QTest::newRow("count more than the items") << edited("<count>8</count>", "<count>9</count>")
                                                   << damaged << QStringLiteral("count says 9");
        QTest::newRow("count fewer than the items") << edited("<count>8</count>",
            "<count>7</count>") << damaged << QStringLiteral("more items");
        QTest::newRow("negative count") << edited("<count>8</count>", "<count>-1</count>")
                                        << damaged << QStringLiteral("<count>");
        QTest::newRow("item without count") << edited("<count>8</count>", "<kount>8</kount>")
                                            << damaged << QStringLiteral("without a <count>");
        QTest::newRow("end tag longer than start tag (Boost #257)") << edited(
            "<id>42</id>", "<id>42</i_version>") << damaged << QStringLiteral("well-formed");
        QTest::newRow("well-formed longer tag where id expected (Boost #257)")
            << edited("<id>42</id>", "<i_version>42</i_version>") << damaged
            << QStringLiteral("expected <id> but found <i_version>");
        QTest::newRow("no trailer")
            << edited("</boost_serialization>", "") << damaged << QStringLiteral("well-formed");
        QTest::newRow("wrong trailer")
            << edited("</boost_serialization>", "</boost_serializationX>") << damaged
            << QStringLiteral("well-formed");
        QTest::newRow("content after the trailer") << xml + "<more/>" << damaged << QString();
        QTest::newRow("element after the plan")
            << edited("</plan>\n", "</plan>\n<extra>1</extra>\n") << damaged
            << QStringLiteral("after the plan");
        QTest::newRow("elements swapped")
            << edited("<phone>+44 29 2000 0000</phone>\n\t<email>sian@example.invalid</email>",
                   "<email>sian@example.invalid</email>\n\t<phone>+44 29 2000 0000</phone>")
            << damaged << QStringLiteral("expected <phone> but found <email>");
        QTest::newRow("element missing") << edited("<phone>+44 29 2000 0000</phone>", "") << damaged
                                         << QStringLiteral("expected <phone>");
        QTest::newRow("unknown element")
            << edited("<phone>", "<fax>1</fax><phone>") << damaged << QStringLiteral("found <fax>");
        QTest::newRow("text mixed with elements")
            << edited("<phone>", "stray text<phone>") << damaged << QStringLiteral("text mixed");
        QTest::newRow("unexpected attribute") << edited("tracking_level=\"0\" version=\"1\">",
            "tracking_level=\"0\" version=\"1\" object_id=\"_0\">")
                                              << damaged << QStringLiteral("object_id");
        QTest::newRow("attribute not a small number") << edited("class_id=\"1\"",
            "class_id=\"99999999999\"") << damaged << QStringLiteral("class_id");
        QTest::newRow("Boost archive version beyond 16 bits") << edited("version=\"18\">",
            "version=\"70000\">") << damaged << QStringLiteral("root element's attributes");
        QTest::newRow("class version newer than the program")
            << edited("<person class_id=\"1\" tracking_level=\"0\" version=\"1\">",
                   "<person class_id=\"1\" tracking_level=\"0\" version=\"9\">")
            << newer << QStringLiteral("Person has class version 9; this program reads up to 1");
        QTest::newRow("class id beyond 15 bits") << edited("class_id=\"1\"", "class_id=\"40000\"")
                                                 << damaged << QStringLiteral("class_id=\"40000\"");
        QTest::newRow("tracking level not a flag")
            << edited("class_id=\"1\" tracking_level=\"0\"", "class_id=\"1\" tracking_level=\"2\"")
            << damaged << QStringLiteral("tracking_level");
        QTest::newRow("number that is not a number") << edited("<id>42</id>", "<id>forty-two</id>")
                                                     << damaged << QStringLiteral("Boost archive");
        QTest::newRow("number too big for its field")
            << edited("<quantityHundredths>750</quantityHundredths>",
                   "<quantityHundredths>99999999999999</quantityHundredths>")
            << damaged << QStringLiteral("Boost archive");
        QTest::newRow("date that is not a date")
            << edited(
                   "<dateOfBirth>1961-02-28</dateOfBirth>", "<dateOfBirth>1961-02-30</dateOfBirth>")
            << damaged << QStringLiteral("\"1961-02-30\" is not a date");
        QTest::newRow("date-time that is not one") << edited(
            "<agreedAt>2024-04-02T10:30:15.250+01:00</agreedAt>", "<agreedAt>yesterday</agreedAt>")
                                                   << damaged
                                                   << QStringLiteral("not a date and time");
        QTest::newRow("amount that is not pence")
            << edited("<indicative>1520000</indicative>", "<indicative>£15,200</indicative>")
            << damaged << QStringLiteral("not an amount in pence");
        QTest::newRow("repeated answer key") << edited("<key>mobility</key>", "<key>eating</key>")
                                             << damaged << QStringLiteral("appears twice");
        QTest::newRow("unknown enum key (plan status)") << edited("<status>superseded</status>",
            "<status>archived</status>") << newer << QStringLiteral("\"archived\" in <status>");
        QTest::newRow("unknown enum key (period)") << edited("<period>four-weeks</period>",
            "<period>fortnight</period>") << newer << QStringLiteral("\"fortnight\"");
        QTest::newRow("enum written as a number") << edited("<type>personal-assistant</type>",
            "<type>0</type>") << newer << QStringLiteral("<type>");
        {
            QByteArray huge = xml;
            huge.append(QByteArray(PlanFile::kMaxFileBytes, ' '));
            QTest::newRow("over 16 MiB")
                << huge << QStringLiteral("too big") << QStringLiteral("limit");
        }
    }

    void damagedInputIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, messagePart);
        QFETCH(QString, detailPart);
        const auto read = PlanFile::fromXml(bytes);
        QVERIFY2(!read.ok(), "a damaged file was accepted");
        QVERIFY2(read.error().message.contains(messagePart), qPrintable(read.error().fullText()));
        QVERIFY2(read.error().message.contains(QStringLiteral("nothing was imported")),
            qPrintable(read.error().message));
        QVERIFY2(read.error().detail.contains(detailPart), qPrintable(read.error().detail));
    }

    void damagedMessageIsPlainWords()
    {
        const auto read = PlanFile::fromXml(QByteArray("<?xml version=\"1.0\"?><nope/>"));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().message, kDamaged);
    }

    void truncatedFileIsRefused_data()
    {
        QTest::addColumn<int>("percent");
        for (int percent = 0; percent < 100; percent += 10) {
            QTest::addRow("%d%%", percent) << percent;
        }
        QTest::addRow("all but the final '>'") << -1;
    }

    void truncatedFileIsRefused()
    {
        QFETCH(int, percent);
        const QByteArray xml = richXml();
        // The file ends in newlines, without which it is still whole; so the
        // last row cuts it just before the final '>'.
        const QByteArray cut =
            percent < 0 ? xml.left(xml.lastIndexOf('>')) : xml.left(xml.size() * percent / 100);
        const auto read = PlanFile::fromXml(cut);
        QVERIFY(!read.ok());
        const QString expected = percent == 0 ? QStringLiteral("This file is empty") : kDamaged;
        QVERIFY2(read.error().message.startsWith(expected), qPrintable(read.error().fullText()));
    }

    void newerFormatIsRefused_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("next format") << PlanFile::kFormatVersion + 1;
        QTest::newRow("far future") << 999999999;
    }

    void newerFormatIsRefused()
    {
        QFETCH(int, version);
        const auto read = PlanFile::fromXml(withFormatVersion(version));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().message,
            QStringLiteral("This plan was saved by a newer version of Personal Budget Planner "
                           "(format %1). Install the newer version to open it.")
                .arg(version));
    }

    void newerFormatIsRefusedWhateverItsLayout()
    {
        // A newer file may have elements this program has never heard of; the
        // person must still be told to upgrade, not that the file is damaged.
        QByteArray xml = withFormatVersion(3);
        xml.replace("<phone>", "<pronouns>they</pronouns><phone>");
        const auto read = PlanFile::fromXml(xml);
        QVERIFY(!read.ok());
        QVERIFY(read.error().message.contains(QStringLiteral("(format 3)")));
    }

    void newerBoostArchiveVersionIsRead()
    {
        // A newer Boost (another distribution) writes a higher archive
        // version; Boost reads it, and nothing in this format depends on it.
        const auto read = PlanFile::fromXml(edited("version=\"18\">", "version=\"19\">"));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().fullText()));
        QCOMPARE(read->plan, test::richPlan());
    }

    void utf8ByteOrderMarkIsAccepted()
    {
        const auto read = PlanFile::fromXml(QByteArray("\xEF\xBB\xBF") + richXml());
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().fullText()));
        QCOMPARE(read->plan, test::richPlan());
    }

    void everySingleByteDeletionIsSafe()
    {
        // Small file, every byte removed in turn: each result is either the
        // plan or a clean refusal (a crash fails the whole test run).
        Person person;
        person.name = QStringLiteral("Jo");
        Plan plan;
        Outcome outcome;
        outcome.key = 1;
        plan.outcomes.append(outcome);
        const QByteArray xml = PlanFile::toXml(person, plan);
        int refused = 0;
        for (qsizetype i = 0; i < xml.size(); ++i) {
            QByteArray damagedXml = xml;
            damagedXml.remove(i, 1);
            const auto read = PlanFile::fromXml(damagedXml);
            if (!read.ok()) {
                ++refused;
                QVERIFY(!read.error().message.isEmpty());
            }
        }
        // Removing a byte of markup always breaks the file; only bytes of the
        // text "Jo", whitespace between elements, and the like leave it readable.
        QVERIFY(refused > xml.size() / 2);
    }
};

QTEST_GUILESS_MAIN(TestPlanFileDamaged)
#include "test_planfiledamaged.moc"
