#include "storagetestsupport.h"

#include "storage/schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <cstdio>
#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

namespace pb::test {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool runningAsRoot()
{
    return geteuid() == 0;
}

int runUnprivileged(const std::function<int()>& check)
{
    if (!runningAsRoot()) {
        return check();
    }
    std::fflush(nullptr);
    const pid_t child = fork();
    if (child < 0) {
        return 100;
    }
    if (child == 0) {
        constexpr uid_t nobody = 65534;
        if (setgroups(0, nullptr) != 0 || setgid(nobody) != 0 || setuid(nobody) != 0) {
            _exit(101);
        }
        if (geteuid() == 0) {
            _exit(102);
        }
        const int result = check();
        std::fflush(nullptr);
        _exit(result);
    }
    int status = 0;
    if (waitpid(child, &status, 0) != child || !WIFEXITED(status)) {
        return 103;
    }
    return WEXITSTATUS(status);
}

std::unique_ptr<Database> createAtVersion(const QString& path, int version)
{
    Database::Options options;
    options.migrations = Schema::migrations().mid(0, version);
    auto db = Database::create(path, options);
    if (!db) {
        qFatal("could not create a version %d database: %s", version,
            qPrintable(db.error().fullText()));
    }
    return std::move(db).value();
}

namespace {

void exec(QSqlDatabase db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        qFatal("prepare failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }
    for (const QVariant& v : values) {
        query.addBindValue(v);
    }
    if (!query.exec()) {
        qFatal("exec failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }
}

} // namespace

void writeOldData(Database& db, int version)
{
    const QSqlDatabase c = db.connection();
    // Version 1 tables and columns (migration 1): no reviews, no archived flag.
    exec(c,
        QStringLiteral("INSERT INTO persons (id, name, date_of_birth, helper_name, phone, email,"
                       " address, preferred_language, wants_easy_read)"
                       " VALUES (5, 'Rhian Price', '1961-06-30', 'Tom', '01632 960000',"
                       " 'rhian@example.org', '1 High St', 'English', 1)"));
    exec(c,
        QStringLiteral("INSERT INTO plans (id, person_id, version, status, created_on, agreed_at,"
                       " agreed_by, review_date, budget_indicative_pence, budget_agreed_pence,"
                       " budget_period, budget_start, budget_end, budget_source, ras_scheme_id,"
                       " deployment_choice, deployment_nominee, deployment_isf_provider,"
                       " deployment_third_party, emergency_what_to_do, emergency_contact_name,"
                       " emergency_contact_phone)"
                       " VALUES (9, 5, 1, 'agreed', '2026-01-05', '2026-02-01T09:30:00.000Z',"
                       " 'Panel', '2027-02-01', 700000, NULL, 'year', '2026-02-01', NULL,"
                       " 'entered', '', 'council-managed', '', '', '', 'Ring Tom', 'Tom',"
                       " '01632 960001')"));
    exec(c,
        QStringLiteral("INSERT INTO plan_snapshots (plan_id, snapshot) VALUES (9, '<snapshot/>')"));
    exec(c,
        QStringLiteral("INSERT INTO funding_streams (plan_id, stream_key, position, source,"
                       " amount_pence, note) VALUES (9, 1, 0, 'council-social-care', 700000, '')"));
    exec(c,
        QStringLiteral("INSERT INTO outcomes (plan_id, outcome_key, position, outcome_text,"
                       " life_area, top_three, how_i_will_know)"
                       " VALUES (9, 2, 0, 'Get to the shops', 'people-and-community', 1, 'I go')"));
    exec(c,
        QStringLiteral("INSERT INTO support_items (plan_id, item_key, position, support_type, what,"
                       " provider, route, paid_from, unit_price_pence, quantity_hundredths,"
                       " frequency, include_employment_costs, paid_to_close_relative,"
                       " council_agreed_relative, notes)"
                       " VALUES (9, 3, 0, 'transport', 'Taxi', 'Town Cars', 'council-managed',"
                       " 'council-social-care', 1500, 200, 'week', 0, 0, 0, '')"));
    exec(c,
        QStringLiteral(
            "INSERT INTO support_item_outcomes (plan_id, item_key, position, outcome_key)"
            " VALUES (9, 3, 0, 2)"));
    if (version >= 2) {
        // Migration 2 added reviews.
        exec(c,
            QStringLiteral("INSERT INTO reviews (plan_id, position, review_date, reviewer, working,"
                           " not_working, important_for_future, overall_happiness, decision)"
                           " VALUES (9, 0, '2026-08-01', 'Ann', 'Taxi', '', 'More trips', 5,"
                           " 'keep')"));
        exec(c,
            QStringLiteral("INSERT INTO review_outcomes (plan_id, review_position, position,"
                           " outcome_key, rating, comment) VALUES (9, 0, 0, 2, 'better', 'Yes')"));
    }
    if (version >= 4) {
        // Migration 4 added themes of review comments.
        exec(c,
            QStringLiteral("INSERT INTO review_themes (plan_id, review_position, question,"
                           " outcome_key, themes) VALUES (9, 0, 'working', 0, 'Taxi')"));
    }
}

} // namespace pb::test
