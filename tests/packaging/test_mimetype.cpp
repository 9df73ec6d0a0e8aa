// The .pbplan file type (packaging/pbplanner-mime.xml) as a desktop sees it
// once the package is installed: the system's MIME definitions and ours are
// compiled together with update-mime-database, as Debian's trigger does into
// /usr/share/mime, and Qt's QMimeDatabase (which reads the same shared-mime-info
// cache as file managers) names files. A plan must be recognised by its
// ending and, when the ending is lost (an e-mail attachment saved as "plan"),
// by its first lines; other XML, including other Boost archives, must not be
// taken for a plan.
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kPlanType = QStringLiteral("application/x-pbplan");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestMimeType : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void namesFile_data();
    void namesFile();
    void planTypeDescribesItself();

private:
    QTemporaryDir m_files;
};

void TestMimeType::initTestCase()
{
    QVERIFY(m_files.isValid());
    // One database holding everything, in this test's throwaway XDG_DATA_HOME
    // (set by pb_add_test), and no other: Qt 6.4 lets the last database it
    // reads decide a file's type by content, so a separate database beside
    // /usr/share/mime would not show what an installed system does, where
    // update-mime-database merges every package's definitions into one.
    const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
    QVERIFY2(!dataHome.isEmpty(), "XDG_DATA_HOME must be set (pb_add_test sets it)");
    qputenv("XDG_DATA_DIRS", QFile::encodeName(m_files.filePath(QStringLiteral("no-data"))));

    QDir mime(QDir(dataHome).filePath(QStringLiteral("mime")));
    QVERIFY(mime.removeRecursively());
    QVERIFY(mime.mkpath(QStringLiteral("packages")));
    const QDir system(QStringLiteral("/usr/share/mime/packages"));
    const QStringList definitions = system.entryList({QStringLiteral("*.xml")}, QDir::Files);
    QVERIFY2(definitions.contains(QStringLiteral("freedesktop.org.xml")),
        "the system's MIME types are missing (Debian package shared-mime-info)");
    for (const QString& name : definitions) {
        QVERIFY(
            QFile::copy(system.filePath(name), mime.filePath(QStringLiteral("packages/") + name)));
    }
    QVERIFY(QFile::copy(pb::test::sourcePath(QStringLiteral("packaging/pbplanner-mime.xml")),
        mime.filePath(QStringLiteral("packages/pbplanner.xml"))));

    QProcess update;
    update.start(QStringLiteral("update-mime-database"), {mime.path()});
    QVERIFY2(update.waitForFinished(120000),
        "update-mime-database did not run (Debian package shared-mime-info)");
    const QString said = QString::fromLocal8Bit(update.readAllStandardError());
    QCOMPARE(update.exitCode(), 0);
    // It reports a bad <match> or glob on stderr but still exits 0.
    QVERIFY2(!said.contains(QLatin1String("Error")), qPrintable(said));
    QVERIFY(QFile::exists(mime.filePath(QStringLiteral("mime.cache"))));
}

void TestMimeType::namesFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<bool>("isPlan");

    const QByteArray plan =
        readAll(pb::test::sourcePath(QStringLiteral("resources/examples/aisha-khan.pbplan")));
    QVERIFY(plan.startsWith("<?xml"));

    // The same archive with another format named in its header: another
    // program's Boost archive, which must not open in this one.
    QByteArray otherArchive = plan;
    otherArchive.replace("<format>pbplan</format>", "<format>payroll</format>");
    QVERIFY(otherArchive != plan);

    const QByteArray plainXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                "<plan><format>pbplan</format></plan>\n";

    QTest::newRow("example plan with its ending") << QStringLiteral("aisha.pbplan") << plan << true;
    QTest::newRow("example plan, ending lost") << QStringLiteral("attachment") << plan << true;
    QTest::newRow("other Boost archive, no ending")
        << QStringLiteral("archive") << otherArchive << false;
    QTest::newRow("plain XML naming the format, no ending")
        << QStringLiteral("notes") << plainXml << false;
    QTest::newRow("text file") << QStringLiteral("readme") << QByteArray("pbplan\n") << false;
}

void TestMimeType::namesFile()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, contents);
    QFETCH(bool, isPlan);

    const QString path = m_files.filePath(fileName);
    QVERIFY(writeAll(path, contents));

    const QMimeType type = QMimeDatabase().mimeTypeForFile(path);
    QVERIFY(type.isValid());
    if (isPlan) {
        QCOMPARE(type.name(), kPlanType);
    } else {
        QVERIFY2(type.name() != kPlanType, qPrintable(type.name()));
    }
}

void TestMimeType::planTypeDescribesItself()
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(kPlanType);
    QVERIFY(type.isValid());
    // File managers show this comment and offer "Open with" by these facts.
    QCOMPARE(type.comment(), QStringLiteral("Personal budget plan"));
    QCOMPARE(type.suffixes(), QStringList {QStringLiteral("pbplan")});
    QVERIFY(type.inherits(QStringLiteral("application/xml")));
    QCOMPARE(type.genericIconName(), QStringLiteral("x-office-document"));
}

QTEST_GUILESS_MAIN(TestMimeType)
#include "test_mimetype.moc"
