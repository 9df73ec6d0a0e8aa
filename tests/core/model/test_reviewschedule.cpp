// When plans are looked at again: three months after agreeing, then a year
// after each review, with month ends and leap days handled the way a person
// reading a calendar would expect.
#include "model/reviewschedule.h"

#include <QtTest>

using namespace pb;

class TestReviewSchedule : public QObject {
    Q_OBJECT
private slots:
    void firstReviewIsThreeMonthsAfterAgreeing_data();
    void firstReviewIsThreeMonthsAfterAgreeing();
    void laterReviewsAreAYearApart_data();
    void laterReviewsAreAYearApart();
};

void TestReviewSchedule::firstReviewIsThreeMonthsAfterAgreeing_data()
{
    QTest::addColumn<QDate>("agreed");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("mid-month") << QDate(2026, 4, 20) << QDate(2026, 7, 20);
    QTest::newRow("across the year end") << QDate(2026, 11, 23) << QDate(2027, 2, 23);
    // 31 January + 3 months: there is no 31 April, so the last day of April.
    QTest::newRow("month end") << QDate(2027, 1, 31) << QDate(2027, 4, 30);
    // 30 November + 3 months: February 2028 has 29 days.
    QTest::newRow("into a leap February") << QDate(2027, 11, 30) << QDate(2028, 2, 29);
}

void TestReviewSchedule::firstReviewIsThreeMonthsAfterAgreeing()
{
    QFETCH(QDate, agreed);
    QFETCH(QDate, expected);
    QCOMPARE(ReviewSchedule::firstReview(agreed), expected);
}

void TestReviewSchedule::laterReviewsAreAYearApart_data()
{
    QTest::addColumn<QDate>("reviewed");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("ordinary") << QDate(2026, 7, 20) << QDate(2027, 7, 20);
    // 29 February 2028 + 12 months: 2029 has no 29 February.
    QTest::newRow("leap day") << QDate(2028, 2, 29) << QDate(2029, 2, 28);
}

void TestReviewSchedule::laterReviewsAreAYearApart()
{
    QFETCH(QDate, reviewed);
    QFETCH(QDate, expected);
    QCOMPARE(ReviewSchedule::nextReview(reviewed), expected);
}

QTEST_GUILESS_MAIN(TestReviewSchedule)
#include "test_reviewschedule.moc"
