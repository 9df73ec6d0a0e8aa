// SessionFixture: a throwaway database holding one person and their plan,
// opened in a PlanSession as the window would, for GUI tests. reopen() closes
// everything and opens it again from the file, to prove edits were saved.
#pragma once

#include "exchange/planfile.h"
#include "plan/plansession.h"
#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace pb::test {

class SessionFixture {
public:
    // `contents` is stored as the person's plan with its status kept
    // (PlanRepository::ImportAs::Recorded). Fails the test on any error.
    explicit SessionFixture(const PlanFileContents& contents);
    // An empty draft for a person called `name`.
    explicit SessionFixture(const QString& name);
    ~SessionFixture();

    ui::PlanSession* session() const { return m_session.get(); }
    Database& database() const { return *m_db; }
    QString path() const;
    qint64 personId() const { return m_personId; }

    // Drops the session and the database connection, then opens both again.
    void reopen();

private:
    void openSession();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ui::PlanSession> m_session;
    qint64 m_personId = 0;
};

} // namespace pb::test
