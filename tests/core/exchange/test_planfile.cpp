// PlanFile: the round trip, the committed fixtures of the current and the
// older format, atomic writing and file read errors.
#include "exchange/planfile.h"
#include "richplan.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace pb;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString fixture(const char* name)
{
    return test::sourcePath(QStringLiteral("tests/core/exchange/fixtures/") + QLatin1String(name));
}

// The app version in the header changes with every release; the rest of the
// bytes must not change unless the format does.
QByteArray withoutAppVersion(QByteArray xml)
{
    const qsizetype from = xml.indexOf("<appVersion>");
    const qsizetype to = xml.indexOf("</appVersion>");
    if (from >= 0 && to > from) {
        xml.remove(from, to - from);
    }
    return xml;
}

// How a forked child's write ended; see writeFailureLeavesOldFile.
enum ChildResult { ChildWriteFailed = 10, ChildWriteSucceeded = 11, ChildSetupFailed = 12 };

} // namespace

class TestPlanFile : public QObject {
    Q_OBJECT

private slots:
    void roundTripOfRichPlan()
    {
        const Person person = test::richPerson();
        const Plan plan = test::richPlan();
        const auto read = PlanFile::fromXml(PlanFile::toXml(person, plan));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().fullText()));
        QCOMPARE(read->person, person);
        QCOMPARE(read->plan, plan);
        // QDateTime == compares moments; the offset itself must also survive.
        QCOMPARE(read->plan.agreedAt.offsetFromUtc(), 3600);
        QCOMPARE(read->plan.agreedAt.time(), QTime(10, 30, 15, 250));
    }

    void roundTripOfEmptyPlan()
    {
        const auto read = PlanFile::fromXml(PlanFile::toXml(Person {}, Plan {}));
        QVERIFY(read.ok());
        QCOMPARE(read->person, Person {});
        QCOMPARE(read->plan, Plan {});
        QVERIFY(!read->plan.budget.indicative.has_value());
        QVERIFY(read->plan.createdOn.isNull());
        QVERIFY(read->plan.agreedAt.isNull());
    }

    void roundTripOfText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces kept") << QStringLiteral("  two spaces each side  ");
        QTest::newRow("only spaces") << QStringLiteral("   ");
        QTest::newRow("CR LF, LF, tab") << QStringLiteral("a\r\nb\nc\td");
        QTest::newRow("markup") << QStringLiteral("<b>&amp;</b> \"quoted\" 'single' ]]>");
        QTest::newRow("looks like a tag") << QStringLiteral("</name><id>9</id>");
        QTest::newRow("Welsh, Urdu, emoji") << QStringLiteral("Ŵy ŷ اردو 🏊‍♀️");
        QTest::newRow("longest allowed") << QString(PlanFile::kMaxTextLength, QLatin1Char('x'));
    }

    void roundTripOfText()
    {
        QFETCH(QString, text);
        Person person;
        person.name = text;
        Plan plan;
        plan.agreedBy = text;
        const auto read = PlanFile::fromXml(PlanFile::toXml(person, plan));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().fullText()));
        QCOMPARE(read->person.name, text);
        QCOMPARE(read->plan.agreedBy, text);
    }

    void charactersXmlCannotHoldAreDroppedOnWrite()
    {
        Person person;
        // U+0001, U+001F, U+FFFF and a lone high surrogate cannot be in an XML
        // file; tab and LF can. Expected: "a" "b" "c\t" "d\n" "e".
        person.name = QStringLiteral("a") + QChar(0x01) + QStringLiteral("b") + QChar(0x1F)
            + QStringLiteral("c\t") + QChar(0xFFFF) + QStringLiteral("d\n") + QChar(0xD800)
            + QStringLiteral("e");
        const auto read = PlanFile::fromXml(PlanFile::toXml(person, Plan {}));
        QVERIFY(read.ok());
        QCOMPARE(read->person.name, QStringLiteral("abc\td\ne"));
    }

    void writingIsDeterministic()
    {
        const QByteArray first = PlanFile::toXml(test::richPerson(), test::richPlan());
        QCOMPARE(PlanFile::toXml(test::richPerson(), test::richPlan()), first);
    }

    void fileStartsWithHeader()
    {
        const QByteArray xml = PlanFile::toXml(Person {}, Plan {});
        const qsizetype header = xml.indexOf("<header ");
        QVERIFY(header > 0);
        QVERIFY(xml.indexOf("<format>pbplan</format>") > header);
        QVERIFY(xml.indexOf(
                    QByteArray("<formatVersion>") + QByteArray::number(PlanFile::kFormatVersion))
            > header);
        QVERIFY(xml.indexOf("<person ") > xml.indexOf("</header>"));
        QVERIFY(xml.indexOf("<plan ") > xml.indexOf("</person>"));
    }

    void enumsAreWrittenAsStableKeys()
    {
        // Keys from the model's EnumKeyTables, not enum numbers: renumbering
        // an enum must never change a file.
        const QByteArray xml = PlanFile::toXml(test::richPerson(), test::richPlan());
        QVERIFY(xml.contains("<status>superseded</status>"));
        QVERIFY(xml.contains("<choice>mixed</choice>"));
        QVERIFY(xml.contains("<period>four-weeks</period>"));
        QVERIFY(xml.contains("<type>residential-care</type>"));
        QVERIFY(xml.contains("<rating>not-yet</rating>"));
        QVERIFY(xml.contains("<decision>keep</decision>"));
        // £15,200.00 indicative = 1,520,000 pence
        QVERIFY(xml.contains("<indicative>1520000</indicative>"));
    }

    void currentFormatFixtureReads()
    {
        const auto read = PlanFile::read(fixture("plan-format2.pbplan"));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().fullText()));
        QCOMPARE(read->person, test::richPerson());
        QCOMPARE(read->plan, test::richPlan());
    }

    void writerStillWritesTheFixture()
    {
        // If this fails the layout changed: that needs new class and format
        // versions (see core/exchange/serialization.h), then a new fixture.
        const QByteArray written = PlanFile::toXml(test::richPerson(), test::richPlan());
        QCOMPARE(withoutAppVersion(written),
            withoutAppVersion(fileBytes(fixture("plan-format2.pbplan"))));
    }

    void olderFormatFixtureReads()
    {
        // Format 1 has no close-relative fields: they read as false, and
        // everything else as written.
        const auto read = PlanFile::read(fixture("plan-format1.pbplan"));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().fullText()));
        Plan expected = test::richPlan();
        bool someWereSet = false;
        for (SupportItem& item : expected.items) {
            someWereSet = someWereSet || item.paidToCloseRelativeInHousehold;
            item.paidToCloseRelativeInHousehold = false;
            item.councilAgreedRelativePayment = false;
        }
        QVERIFY(someWereSet); // else the fixture would prove nothing
        QCOMPARE(read->person, test::richPerson());
        QCOMPARE(read->plan, expected);
    }

    void olderFileWithLaterFieldIsDamaged()
    {
        // A file that claims SupportItem version 1 but holds version 2's
        // fields is read by position: the extra elements are refused, never
        // silently skipped or put in the wrong field.
        QByteArray xml = PlanFile::toXml(test::richPerson(), test::richPlan());
        xml.replace("tracking_level=\"0\" version=\"2\">", "tracking_level=\"0\" version=\"1\">");
        const auto read = PlanFile::fromXml(xml);
        QVERIFY(!read.ok());
        QVERIFY(read.error().message.contains(QStringLiteral("damaged")));
        QVERIFY2(
            read.error().detail.contains(QStringLiteral("next <paidToCloseRelativeInHousehold>")),
            qPrintable(read.error().detail));
    }

    void writeThenRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("siân's plan.pbplan"));
        const Status written = PlanFile::write(path, test::richPerson(), test::richPlan());
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().fullText()));
        const auto read = PlanFile::read(path);
        QVERIFY(read.ok());
        QCOMPARE(read->plan, test::richPlan());
        QCOMPARE(read->person, test::richPerson());
        // Nothing left behind beside the file (no temporary copy).
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
            QStringList {QStringLiteral("siân's plan.pbplan")});
    }

    void writeReplacesOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.pbplan"));
        QVERIFY(writeBytes(path, QByteArrayLiteral("old contents")));
        QVERIFY(PlanFile::write(path, test::richPerson(), test::richPlan()).ok());
        QCOMPARE(fileBytes(path), PlanFile::toXml(test::richPerson(), test::richPlan()));
    }

    void writeToMissingFolderFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no such folder/plan.pbplan"));
        const Status written = PlanFile::write(path, Person {}, Plan {});
        QVERIFY(!written.ok());
        QVERIFY2(written.error().message.contains(QStringLiteral("could not be saved")),
            qPrintable(written.error().message));
        QVERIFY(written.error().message.contains(QDir::toNativeSeparators(path)));
        QVERIFY(!written.error().detail.isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void writeOverFolderFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a folder"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("a folder")));
        const Status written = PlanFile::write(path, Person {}, Plan {});
        QVERIFY(!written.ok());
        QVERIFY(written.error().message.contains(QStringLiteral("could not be saved")));
        QVERIFY(QFileInfo(path).isDir());
    }

    void writeFailureLeavesOldFile_data()
    {
        QTest::addColumn<QString>("cause");
        QTest::newRow("read-only folder") << QStringLiteral("read-only");
        QTest::newRow("disk full") << QStringLiteral("disk-full");
    }

    void writeFailureLeavesOldFile()
    {
        // The failing write runs in a child process: "disk full" is a file
        // size limit there, and a read-only folder only stops a process that
        // is not root, so a root child first becomes "nobody".
        QFETCH(QString, cause);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("plan.pbplan"));
        const QByteArray oldBytes = PlanFile::toXml(Person {}, Plan {});
        QVERIFY(writeBytes(path, oldBytes));
        const bool readOnly = cause == QStringLiteral("read-only");
        if (readOnly) {
            QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0555) == 0);
        }
        const QByteArray newBytes = PlanFile::toXml(test::richPerson(), test::richPlan());
        QVERIFY(newBytes.size() > 4096);

        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            if (readOnly) {
                if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) {
                    ::_exit(ChildSetupFailed);
                }
            } else {
                ::signal(SIGXFSZ, SIG_IGN); // a failed write, not a killed process
                const rlimit limit {4096, 4096};
                if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) {
                    ::_exit(ChildSetupFailed);
                }
            }
            const Status written = PlanFile::write(path, test::richPerson(), test::richPlan());
            const bool explained = !written.ok()
                && written.error().message.contains(QStringLiteral("could not be saved"))
                && written.error().message.contains(QStringLiteral("plan.pbplan"));
            ::_exit(written.ok() ? ChildWriteSucceeded
                    : explained  ? ChildWriteFailed
                                 : ChildSetupFailed);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        if (readOnly) {
            QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0700) == 0);
        }
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), int(ChildWriteFailed));
        QCOMPARE(fileBytes(path), oldBytes);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
            QStringList {QStringLiteral("plan.pbplan")});
    }

    void readErrors_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("missing file")
            << QStringLiteral("missing") << QStringLiteral("could not be found");
        QTest::newRow("a folder") << QStringLiteral("folder") << QStringLiteral("is a folder");
        QTest::newRow("cannot be opened (a socket)")
            << QStringLiteral("socket") << QStringLiteral("could not be opened");
        QTest::newRow("cannot be read (I/O error)")
            << QStringLiteral("io-error") << QStringLiteral("could not be read");
        QTest::newRow("too big") << QStringLiteral("huge") << QStringLiteral("too big");
        QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("empty");
    }

    void readErrors()
    {
        QFETCH(QString, kind);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("plan.pbplan"));
        int socketFd = -1;
        if (kind == QStringLiteral("folder")) {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("plan.pbplan")));
        } else if (kind == QStringLiteral("socket")) {
            // open() of a socket fails for everyone, root included.
            socketFd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            QVERIFY(socketFd >= 0);
            sockaddr_un address {};
            address.sun_family = AF_UNIX;
            const QByteArray native = QFile::encodeName(path);
            QVERIFY(native.size() < qsizetype(sizeof(address.sun_path)));
            qstrncpy(address.sun_path, native.constData(), sizeof(address.sun_path));
            QVERIFY(::bind(socketFd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0);
        } else if (kind == QStringLiteral("io-error")) {
            // Opens, but reading from offset 0 fails with EIO.
            path = QStringLiteral("/proc/self/mem");
        } else if (kind == QStringLiteral("huge")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(PlanFile::kMaxFileBytes + 10)); // sparse: no disk used
        } else if (kind == QStringLiteral("empty")) {
            QVERIFY(writeBytes(path, {}));
        }
        const auto read = PlanFile::read(path);
        if (socketFd >= 0) {
            ::close(socketFd);
        }
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(messagePart), qPrintable(read.error().fullText()));
        QVERIFY(read.error().message.contains(QStringLiteral("nothing was imported")));
    }
};

QTEST_GUILESS_MAIN(TestPlanFile)
#include "test_planfile.moc"
