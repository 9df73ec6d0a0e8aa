#include "storage/schema.h"

namespace pb {

namespace {

QList<Migration> buildMigrations()
{
    QList<Migration> steps;

    steps.append(Migration {1, QStringLiteral("initial schema"),
        {
            QStringLiteral("CREATE TABLE schema_version ("
                           " version INTEGER NOT NULL PRIMARY KEY,"
                           " applied_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE persons ("
                           " id {{identity}},"
                           " name TEXT NOT NULL,"
                           " date_of_birth TEXT,"
                           " helper_name TEXT NOT NULL,"
                           " phone TEXT NOT NULL,"
                           " email TEXT NOT NULL,"
                           " address TEXT NOT NULL,"
                           " preferred_language TEXT NOT NULL,"
                           " wants_easy_read INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE plans ("
                           " id {{identity}},"
                           " person_id BIGINT NOT NULL REFERENCES persons (id),"
                           " version INTEGER NOT NULL,"
                           " status TEXT NOT NULL,"
                           " created_on TEXT,"
                           " agreed_at TEXT,"
                           " agreed_by TEXT NOT NULL,"
                           " review_date TEXT,"
                           " budget_indicative_pence BIGINT,"
                           " budget_agreed_pence BIGINT,"
                           " budget_period TEXT NOT NULL,"
                           " budget_start TEXT,"
                           " budget_end TEXT,"
                           " budget_source TEXT NOT NULL,"
                           " ras_scheme_id TEXT NOT NULL,"
                           " deployment_choice TEXT NOT NULL,"
                           " deployment_nominee TEXT NOT NULL,"
                           " deployment_isf_provider TEXT NOT NULL,"
                           " deployment_third_party TEXT NOT NULL,"
                           " emergency_what_to_do TEXT NOT NULL,"
                           " emergency_contact_name TEXT NOT NULL,"
                           " emergency_contact_phone TEXT NOT NULL,"
                           " UNIQUE (person_id, version))"),
            // The frozen copy of an agreed version (PlanFile XML, UTF-8), in
            // its own table: kept inline, these few kilobytes a plan would
            // spread the plans table over a page per row and make listing
            // the caseload read them all.
            QStringLiteral(
                "CREATE TABLE plan_snapshots ("
                " plan_id BIGINT NOT NULL PRIMARY KEY REFERENCES plans (id) ON DELETE CASCADE,"
                " snapshot TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE funding_streams ("
                           " plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,"
                           " stream_key INTEGER NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " source TEXT NOT NULL,"
                           " amount_pence BIGINT NOT NULL,"
                           " note TEXT NOT NULL,"
                           " PRIMARY KEY (plan_id, stream_key))"),
            QStringLiteral("CREATE TABLE ras_answers ("
                           " plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,"
                           " question_id TEXT NOT NULL,"
                           " option_id TEXT NOT NULL,"
                           " PRIMARY KEY (plan_id, question_id))"),
            QStringLiteral("CREATE TABLE outcomes ("
                           " plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,"
                           " outcome_key INTEGER NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " outcome_text TEXT NOT NULL,"
                           " life_area TEXT NOT NULL,"
                           " top_three INTEGER NOT NULL,"
                           " how_i_will_know TEXT NOT NULL,"
                           " PRIMARY KEY (plan_id, outcome_key))"),
            QStringLiteral("CREATE TABLE support_items ("
                           " plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,"
                           " item_key INTEGER NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " support_type TEXT NOT NULL,"
                           " what TEXT NOT NULL,"
                           " provider TEXT NOT NULL,"
                           " route TEXT NOT NULL,"
                           " paid_from TEXT NOT NULL,"
                           " unit_price_pence BIGINT NOT NULL,"
                           " quantity_hundredths INTEGER NOT NULL,"
                           " frequency TEXT NOT NULL,"
                           " include_employment_costs INTEGER NOT NULL,"
                           " paid_to_close_relative INTEGER NOT NULL,"
                           " council_agreed_relative INTEGER NOT NULL,"
                           " notes TEXT NOT NULL,"
                           " PRIMARY KEY (plan_id, item_key))"),
            // The outcomes an item serves, in the item's order. No foreign
            // key to outcomes: the model may keep a link to an outcome that
            // was removed, and the plan checker points that out.
            QStringLiteral("CREATE TABLE support_item_outcomes ("
                           " plan_id BIGINT NOT NULL,"
                           " item_key INTEGER NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " outcome_key INTEGER NOT NULL,"
                           " PRIMARY KEY (plan_id, item_key, position),"
                           " FOREIGN KEY (plan_id, item_key)"
                           "  REFERENCES support_items (plan_id, item_key) ON DELETE CASCADE)"),
        },
        {}});

    steps.append(Migration {2, QStringLiteral("reviews of agreed plans"),
        {
            QStringLiteral("CREATE TABLE reviews ("
                           " plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " review_date TEXT,"
                           " reviewer TEXT NOT NULL,"
                           " working TEXT NOT NULL,"
                           " not_working TEXT NOT NULL,"
                           " important_for_future TEXT NOT NULL,"
                           " overall_happiness INTEGER NOT NULL,"
                           " decision TEXT NOT NULL,"
                           " PRIMARY KEY (plan_id, position))"),
            QStringLiteral("CREATE TABLE review_outcomes ("
                           " plan_id BIGINT NOT NULL,"
                           " review_position INTEGER NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " outcome_key INTEGER NOT NULL,"
                           " rating TEXT NOT NULL,"
                           " comment TEXT NOT NULL,"
                           " PRIMARY KEY (plan_id, review_position, position),"
                           " FOREIGN KEY (plan_id, review_position)"
                           "  REFERENCES reviews (plan_id, position) ON DELETE CASCADE)"),
        },
        {}});

    steps.append(Migration {3, QStringLiteral("archiving people"),
        {
            QStringLiteral("ALTER TABLE persons ADD COLUMN archived INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX persons_by_name ON persons (archived, name)"),
        },
        {}});

    // No foreign key to reviews: PlanTables replaces a review's row when it
    // is edited, and a cascade would take its themes and link with it (see
    // ReviewTables).
    steps.append(Migration {4,
        QStringLiteral("themes of review comments, and reviews that led to "
                       "a new version"),
        {
            QStringLiteral("CREATE TABLE review_themes ("
                           " plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,"
                           " review_position INTEGER NOT NULL,"
                           " question TEXT NOT NULL,"
                           " outcome_key INTEGER NOT NULL,"
                           " themes TEXT NOT NULL,"
                           " PRIMARY KEY (plan_id, review_position, question, outcome_key))"),
            QStringLiteral("CREATE TABLE review_changes ("
                           " plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,"
                           " review_position INTEGER NOT NULL,"
                           " new_plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,"
                           " PRIMARY KEY (plan_id, review_position))"),
        },
        {}});

    // Payments belong to the person, not to a plan version: the account
    // goes on across versions, and item_key names a support item by the key
    // it keeps across versions (no foreign key: an item may leave the plan).
    steps.append(Migration {5, QStringLiteral("payments, and settings kept with the data"),
        {
            QStringLiteral("CREATE TABLE payments ("
                           " id {{identity}},"
                           " person_id BIGINT NOT NULL REFERENCES persons (id),"
                           " paid_on TEXT NOT NULL,"
                           " amount_pence BIGINT NOT NULL,"
                           " direction TEXT NOT NULL,"
                           " payee TEXT NOT NULL,"
                           " description TEXT NOT NULL,"
                           " item_key INTEGER)"),
            QStringLiteral("CREATE INDEX payments_by_person ON payments (person_id, paid_on)"),
            QStringLiteral("CREATE TABLE settings ("
                           " name TEXT NOT NULL PRIMARY KEY,"
                           " value TEXT NOT NULL)"),
        },
        {}});

    return steps;
}

} // namespace

const QList<Migration>& Schema::migrations()
{
    static const QList<Migration> steps = buildMigrations();
    return steps;
}

int Schema::currentVersion()
{
    return migrations().constLast().version;
}

} // namespace pb
