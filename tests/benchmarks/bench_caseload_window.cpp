// bench_caseload_window: with a made-up caseload of N people (default
// 10,000), the time from starting the window to the caseload being shown,
// and the time per keystroke of search as you type. Prints figures; run
// with QT_QPA_PLATFORM=offscreen (make bench does).
#include "caseload/caseloadpage.h"
#include "demo/demodatabase.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cstdio>

namespace {

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(index);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int people = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.pbdb"));
    QElapsedTimer timer;
    timer.start();
    if (const auto made = pb::DemoDatabase::createSynthetic(path, people); !made.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(made.error().fullText()));
        return 1;
    }
    std::printf("bench_caseload_window: made a %d-person database in %.1f s\n", people,
        double(timer.elapsed()) / 1000.0);

    QList<double> starts;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        pb::ui::MainWindow window;
        window.show();
        window.openDatabase(path, /*disposable=*/true);
        QCoreApplication::processEvents();
        starts.append(double(timer.nsecsElapsed()) / 1e6);
        if (window.caseloadPage()->visibleRows() != people) {
            std::fprintf(
                stderr, "expected %d rows, saw %d\n", people, window.caseloadPage()->visibleRows());
            return 1;
        }
    }
    std::printf("bench_caseload_window: start to caseload shown (%d people): %.0f ms (p50), %.0f "
                "ms (max of %lld)\n",
        people, percentile(starts, 0.5), percentile(starts, 1.0), qlonglong(starts.size()));

    pb::ui::MainWindow window;
    window.show();
    window.openDatabase(path, true);
    QLineEdit* search = window.caseloadPage()->searchField();
    QList<double> keys;
    const QString typed = QStringLiteral("gwen hussain 12");
    for (int round = 0; round < 4; ++round) {
        search->clear();
        QCoreApplication::processEvents();
        for (const QChar c : typed) {
            timer.restart();
            QTest::keyClick(search, c.toLatin1());
            QCoreApplication::processEvents();
            keys.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    std::printf("bench_caseload_window: search per keystroke (%d people): %.2f ms (p50), %.2f ms "
                "(p99), %lld keystrokes\n",
        people, percentile(keys, 0.5), percentile(keys, 0.99), qlonglong(keys.size()));
    return 0;
}
