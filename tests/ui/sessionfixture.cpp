#include "sessionfixture.h"

#include "storage/personrepository.h"
#include "storage/planrepository.h"

#include <QtTest>

namespace pb::test {

SessionFixture::SessionFixture(const PlanFileContents& contents)
{
    auto db = Database::create(path());
    if (!db.ok()) {
        qFatal("SessionFixture: %s", qPrintable(db.error().fullText()));
    }
    m_db = std::move(db.value());
    auto ids = PlanRepository(*m_db).importPlans({contents}, PlanRepository::ImportAs::Recorded);
    if (!ids.ok()) {
        qFatal("SessionFixture: %s", qPrintable(ids.error().fullText()));
    }
    auto plan = PlanRepository(*m_db).load(ids.value().first());
    m_personId = plan.value().personId;
    openSession();
}

SessionFixture::SessionFixture(const QString& name)
{
    auto db = Database::create(path());
    if (!db.ok()) {
        qFatal("SessionFixture: %s", qPrintable(db.error().fullText()));
    }
    m_db = std::move(db.value());
    Person person;
    person.name = name;
    auto id = PersonRepository(*m_db).add(person);
    if (!id.ok()) {
        qFatal("SessionFixture: %s", qPrintable(id.error().fullText()));
    }
    m_personId = id.value();
    openSession();
}

SessionFixture::~SessionFixture() = default;

QString SessionFixture::path() const
{
    return m_dir.filePath(QStringLiteral("caseload.pbdb"));
}

void SessionFixture::openSession()
{
    Error error;
    m_session = ui::PlanSession::open(*m_db, m_personId, &error);
    if (!m_session) {
        qFatal("SessionFixture: %s", qPrintable(error.fullText()));
    }
}

void SessionFixture::reopen()
{
    m_session.reset();
    m_db.reset();
    auto db = Database::open(path());
    if (!db.ok()) {
        qFatal("SessionFixture: %s", qPrintable(db.error().fullText()));
    }
    m_db = std::move(db.value());
    openSession();
}

} // namespace pb::test
