// PlanValidator, through PlanFile::fromXml: a well-formed file that holds an
// impossible plan is refused with a plain reason, and the limits themselves
// are allowed.
#include "exchange/planfile.h"
#include "exchange/planvalidator.h"
#include "richplan.h"

#include <QtTest>

#include <functional>
#include <limits>

using namespace pb;

using Edit = std::function<void(Person&, Plan&)>;
Q_DECLARE_METATYPE(Edit)

class TestPlanValidator : public QObject {
    Q_OBJECT

private slots:
    void impossiblePlanIsRefused_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("detailPart");

        QTest::newRow("negative person id")
            << Edit([](Person& p, Plan&) { p.id = -1; }) << QStringLiteral("record number")
            << QStringLiteral("person.id = -1");
        QTest::newRow("negative plan id")
            << Edit([](Person&, Plan& p) { p.id = -5; }) << QStringLiteral("record number")
            << QStringLiteral("plan.id = -5");
        QTest::newRow("plan version 0")
            << Edit([](Person&, Plan& p) { p.version = 0; }) << QStringLiteral("version number")
            << QStringLiteral("plan.version = 0");
        QTest::newRow("plan version negative")
            << Edit([](Person&, Plan& p) { p.version = -3; }) << QStringLiteral("version number")
            << QStringLiteral("= -3");
        QTest::newRow("negative indicative budget") << Edit([](Person&, Plan& p) {
            p.budget.indicative = Money::fromPence(-1);
        }) << QStringLiteral("less than nothing") << QStringLiteral("budget.indicative = -1 pence");
        QTest::newRow("agreed budget a penny over £1bn") << Edit([](Person&, Plan& p) {
            // £1,000,000,000 = 100,000,000,000p; one penny more
            p.budget.agreed = Money::fromPence(100000000001LL);
        }) << QStringLiteral("more than £1,000,000,000") << QStringLiteral("100000000001 pence");
        QTest::newRow("negative funding stream")
            << Edit([](Person&, Plan& p) { p.budget.streams[2].amount = Money::fromPence(-100); })
            << QStringLiteral("less than nothing") << QStringLiteral("budget.streams[2].amount");
        QTest::newRow("negative unit price")
            << Edit([](Person&, Plan& p) { p.items[4].unitPrice = Money::fromPence(-1271); })
            << QStringLiteral("less than nothing") << QStringLiteral("plan.items[4].unitPrice");
        QTest::newRow("huge unit price") << Edit([](Person&, Plan& p) {
            p.items[0].unitPrice = Money::fromPence(std::numeric_limits<qint64>::max());
        }) << QStringLiteral("more than") << QStringLiteral("plan.items[0].unitPrice");
        QTest::newRow("negative quantity")
            << Edit([](Person&, Plan& p) { p.items[1].quantityHundredths = -1; })
            << QStringLiteral("impossible quantity") << QStringLiteral("quantityHundredths = -1");
        QTest::newRow("quantity over 10,000 units")
            << Edit([](Person&, Plan& p) {
                   p.items[1].quantityHundredths = PlanValidator::kMaxQuantityHundredths + 1;
               })
            << QStringLiteral("impossible quantity")
            << QStringLiteral("quantityHundredths = 1000001");
        QTest::newRow("two outcomes with one key")
            << Edit([](Person&, Plan& p) { p.outcomes[3].key = p.outcomes[1].key; })
            << QStringLiteral("two of the outcomes have the same number")
            << QStringLiteral("plan.outcomes[3].key");
        QTest::newRow("two items with one key")
            << Edit([](Person&, Plan& p) { p.items[5].key = p.items[0].key; })
            << QStringLiteral("two of the support items") << QStringLiteral("plan.items[5].key");
        QTest::newRow("two streams with one key")
            << Edit([](Person&, Plan& p) { p.budget.streams[7].key = p.budget.streams[6].key; })
            << QStringLiteral("two of the funding streams")
            << QStringLiteral("budget.streams[7].key");
        QTest::newRow("negative outcome key")
            << Edit([](Person&, Plan& p) { p.outcomes[0].key = -2; })
            << QStringLiteral("outcomes has a number less than zero")
            << QStringLiteral("plan.outcomes[0].key = -2");
        QTest::newRow("item serves a missing outcome")
            << Edit([](Person&, Plan& p) { p.items[2].outcomeKeys.append(9999); })
            << QStringLiteral("outcome that is not in the plan")
            << QStringLiteral("plan.items[2].outcomeKeys has 9999");
        QTest::newRow("review rates a missing outcome")
            << Edit([](Person&, Plan& p) { p.reviews[1].outcomes[0].outcomeKey = 9999; })
            << QStringLiteral("review looks at an outcome that is not in the plan")
            << QStringLiteral("plan.reviews[1].outcomes[0].outcomeKey = 9999");
        QTest::newRow("happiness 6")
            << Edit([](Person&, Plan& p) { p.reviews[0].overallHappiness = 6; })
            << QStringLiteral("happiness") << QStringLiteral("overallHappiness = 6");
        QTest::newRow("happiness -1")
            << Edit([](Person&, Plan& p) { p.reviews[0].overallHappiness = -1; })
            << QStringLiteral("happiness") << QStringLiteral("overallHappiness = -1");
        QTest::newRow("name too long") << Edit([](Person& p, Plan&) {
            p.name = QString(PlanFile::kMaxTextLength + 1, QLatin1Char('a'));
        }) << QStringLiteral("longer than 100,000 characters")
                                       << QStringLiteral("person.name has 100001");
        QTest::newRow("notes too long") << Edit([](Person&, Plan& p) {
            p.items[3].notes = QString(PlanFile::kMaxTextLength + 1, QLatin1Char('n'));
        }) << QStringLiteral("longer than")
                                        << QStringLiteral("plan.items[3].notes");
        QTest::newRow("answer too long") << Edit([](Person&, Plan& p) {
            p.budget.rasAnswers.insert(
                QStringLiteral("q"), QString(PlanFile::kMaxTextLength + 1, QLatin1Char('x')));
        }) << QStringLiteral("longer than")
                                         << QStringLiteral("budget.rasAnswers[q]");
    }

    void impossiblePlanIsRefused()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, reason);
        QFETCH(QString, detailPart);
        Person person = test::richPerson();
        Plan plan = test::richPlan();
        edit(person, plan);

        const Status direct = PlanValidator::check(person, plan);
        QVERIFY(!direct.ok());

        const auto read = PlanFile::fromXml(PlanFile::toXml(person, plan));
        QVERIFY2(!read.ok(), "an impossible plan was imported");
        const Error& error = read.error();
        QVERIFY2(error.message.startsWith(
                     QStringLiteral("This file holds a plan that cannot be right (")),
            qPrintable(error.message));
        QVERIFY2(error.message.contains(reason), qPrintable(error.message));
        QVERIFY(error.message.endsWith(
            QStringLiteral("nothing was imported. Ask the person who sent it for a new copy.")));
        QVERIFY2(error.detail.contains(detailPart), qPrintable(error.detail));
    }

    void limitsThemselvesAreAllowed_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::newRow("the rich plan as it is") << Edit([](Person&, Plan&) {});
        QTest::newRow("£0 everywhere") << Edit([](Person&, Plan& p) {
            p.budget.indicative = Money();
            p.budget.agreed = Money();
            for (auto& s : p.budget.streams) {
                s.amount = Money();
            }
            for (auto& i : p.items) {
                i.unitPrice = Money();
                i.quantityHundredths = 0;
            }
        });
        QTest::newRow("exactly £1bn and 10,000 units") << Edit([](Person&, Plan& p) {
            p.items[0].unitPrice = Money::fromPence(PlanFile::kMaxAmountPence);
            p.items[0].quantityHundredths = PlanValidator::kMaxQuantityHundredths;
        });
        QTest::newRow("happiness not said (0) and 5") << Edit([](Person&, Plan& p) {
            p.reviews[0].overallHappiness = 0;
            p.reviews[1].overallHappiness = 5;
        });
        QTest::newRow("text exactly at the limit") << Edit([](Person& person, Plan&) {
            person.address = QString(PlanFile::kMaxTextLength, QLatin1Char('a'));
        });
        QTest::newRow("no outcomes, no items") << Edit([](Person&, Plan& p) {
            p.outcomes.clear();
            p.items.clear();
            p.reviews.clear();
        });
        QTest::newRow("same key in two different lists") << Edit([](Person&, Plan& p) {
            // Unique within each list is what references need; an older or
            // hand-made file may reuse a number across lists.
            p.budget.streams[0].key = p.outcomes[0].key;
        });
        QTest::newRow("end before start (advice, not impossible)")
            << Edit([](Person&, Plan& p) { p.budget.end = p.budget.start.addDays(-1); });
    }

    void limitsThemselvesAreAllowed()
    {
        QFETCH(Edit, edit);
        Person person = test::richPerson();
        Plan plan = test::richPlan();
        edit(person, plan);
        QVERIFY(PlanValidator::check(person, plan).ok());
        const auto read = PlanFile::fromXml(PlanFile::toXml(person, plan));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().fullText()));
        QCOMPARE(read->plan, plan);
    }
};

QTEST_GUILESS_MAIN(TestPlanValidator)
#include "test_planvalidator.moc"
