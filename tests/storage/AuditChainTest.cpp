// The tamper-evident audit trail (issue 11): every row sealed with SHA-256 and
// chained to the one before, on both engines; whatever SQL changes, inserts,
// replaces or deletes rows, the check names the first row that does not fit.
#include "StorageTestSupport.h"

#include "storage/AuditChain.h"
#include "storage/AuditChainCheck.h"
#include "storage/AuditRepository.h"
#include "storage/Schema.h"

#include <QSqlError>

#include <thread>

using namespace StorageTest;

namespace {

struct ChainFixture : Fixture
{
    QVector<qint64> ids; // the rows written by the test, in order

    ChainFixture()
    {
        AuditRepository audit(db);
        for (int i = 1; i <= 6; ++i) {
            const auto id = audit.append(entry(i));
            INFO(id.error().toStdString());
            REQUIRE(id.ok());
            ids << *id;
        }
    }

    AuditEntry entry(int i) const
    {
        AuditEntry e;
        e.userId = i % 2 ? userId : 0;
        e.action = QStringLiteral("test.step");
        e.entity = QStringLiteral("case");
        e.entityId = 100 + i;
        e.details = QStringLiteral("{\"n\":%1,\"name\":\"سارة\"}").arg(i);
        return e;
    }

    void exec(const QString &sql)
    {
        QSqlQuery q(db.connection());
        INFO(sql.toStdString());
        const bool ok = q.exec(sql);
        INFO(q.lastError().text().toStdString());
        REQUIRE(ok);
    }

    bool tryExec(const QString &sql, QString *error = nullptr)
    {
        QSqlQuery q(db.connection());
        const bool ok = q.exec(sql);
        if (error)
            *error = q.lastError().databaseText();
        return ok;
    }

    // What someone with the file or a server login can do first.
    void dropGuards()
    {
        if (db.dialect().isPostgreSQL()) {
            exec(QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log"));
            exec(QStringLiteral("DROP TRIGGER audit_chain_forward ON audit_chain"));
            return;
        }
        for (const char *t : {"audit_log_no_update", "audit_log_no_delete", "audit_log_no_replace",
                              "audit_chain_no_rewind", "audit_chain_no_delete"})
            exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(t)));
    }

    AuditChainReport verify()
    {
        const auto report = AuditChainCheck(db).run();
        INFO(report.error().toStdString());
        REQUIRE(report.ok());
        return *report;
    }

    AuditLink row(qint64 id)
    {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT %1 FROM audit_log WHERE id = %2")
                           .arg(AuditChain::columns())
                           .arg(id)));
        REQUIRE(q.next());
        return AuditChain::read(q);
    }

    QString literal(const QString &s) const
    {
        return QLatin1Char('\'') + QString(s).replace(QLatin1Char('\''), QStringLiteral("''")) +
               QLatin1Char('\'');
    }

    QString insertSql(const AuditLink &l) const
    {
        return QStringLiteral("INSERT INTO audit_log (id, at, user_id, action, entity, entity_id, "
                              "details, prev_hash, hash) VALUES (%1, %2, NULL, %3, %4, NULL, %5, "
                              "%6, %7)")
            .arg(l.id)
            .arg(l.atMs)
            .arg(literal(l.action), literal(l.entity), literal(l.details), literal(l.prevHash),
                 literal(l.hash));
    }
};

} // namespace

TEST_CASE("Every audit row is sealed and chained to the row before it", "[storage][audit]")
{
    ChainFixture f;
    const AuditChainReport report = f.verify();
    INFO(report.problem.toStdString());
    CHECK(report.intact());
    CHECK(report.rows == f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")));

    QString before;
    QSqlQuery q(f.db.connection());
    REQUIRE(
        q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(AuditChain::columns())));
    while (q.next()) {
        const AuditLink link = AuditChain::read(q);
        CHECK(link.prevHash == before);
        CHECK(link.hash.size() == 64);
        CHECK(AuditChain::seal(link) == link.hash);
        before = link.hash;
    }
    CHECK(report.headHash == before);
    const auto head = AuditChain::head(f.db);
    REQUIRE(head.ok());
    CHECK(head->hash == before);
    CHECK(head->lastId == f.ids.last());
    CHECK(head->rowCount == report.rows);

    // The seal covers every field: a changed letter, a null for a zero, the
    // previous hash.
    AuditLink l = f.row(f.ids.at(0));
    const QString sealed = AuditChain::seal(l);
    AuditLink changed = l;
    changed.details.replace(QStringLiteral("سارة"), QStringLiteral("سارّة"));
    CHECK(AuditChain::seal(changed) != sealed);
    changed = l;
    changed.userId = QVariant(qint64(0));
    CHECK(AuditChain::seal(changed) != sealed);
    changed = l;
    changed.prevHash = QString(64, QLatin1Char('0'));
    CHECK(AuditChain::seal(changed) != sealed);
    changed = l;
    changed.action += changed.entity.left(1);
    changed.entity.remove(0, 1);
    CHECK(AuditChain::seal(changed) != sealed);
}

TEST_CASE("Tampering with the audit trail by any SQL is named at the first row that does not fit",
          "[storage][audit]")
{
    ChainFixture f;
    const qint64 mid = f.ids.at(2);
    const qint64 last = f.ids.last();
    const qint64 firstRow = f.scalar(QStringLiteral("SELECT MIN(id) FROM audit_log"));
    REQUIRE(f.verify().intact());

    SECTION("the guards refuse a change, a delete, a replace and a rewind")
    {
        QString error;
        CHECK_FALSE(f.tryExec(
            QStringLiteral("UPDATE audit_log SET details = '{}' WHERE id = %1").arg(mid), &error));
        CHECK(error.contains(QStringLiteral("append-only")));
        CHECK_FALSE(
            f.tryExec(QStringLiteral("DELETE FROM audit_log WHERE id >= %1").arg(mid), &error));
        if (f.db.dialect().isSQLite()) {
            AuditLink l = f.row(mid);
            CHECK_FALSE(f.tryExec(f.insertSql(l).replace(QStringLiteral("INSERT INTO"),
                                                         QStringLiteral("INSERT OR REPLACE INTO")),
                                  &error));
            CHECK(error.contains(QStringLiteral("append-only")));
        }
        CHECK_FALSE(
            f.tryExec(QStringLiteral("UPDATE audit_chain SET row_count = 1, last_id = 1"), &error));
        CHECK_FALSE(f.tryExec(QStringLiteral("DELETE FROM audit_chain"), &error));
        CHECK(f.verify().intact());
    }
    SECTION("an update after the triggers were dropped")
    {
        f.dropGuards();
        f.exec(
            QStringLiteral("UPDATE audit_log SET details = '{\"n\":99}' WHERE id = %1").arg(mid));
        const AuditChainReport r = f.verify();
        CHECK(r.firstBadId == mid);
        CHECK(r.problem.contains(QStringLiteral("entry %1 was changed").arg(mid)));
    }
    SECTION("a row rewritten with its own hash recomputed")
    {
        f.dropGuards();
        AuditLink l = f.row(mid);
        l.details = QStringLiteral("{\"n\":0}");
        l.hash = AuditChain::seal(l);
        f.exec(QStringLiteral("UPDATE audit_log SET details = %1, hash = %2 WHERE id = %3")
                   .arg(f.literal(l.details), f.literal(l.hash))
                   .arg(mid));
        const AuditChainReport r = f.verify();
        CHECK(r.firstBadId == mid + 1);
        CHECK(r.problem.contains(
            QStringLiteral("entry %1 does not follow entry %2").arg(mid + 1).arg(mid)));
    }
    SECTION("a row replaced whole (INSERT OR REPLACE, or ON CONFLICT DO UPDATE)")
    {
        f.dropGuards();
        AuditLink l = f.row(mid);
        l.action = QStringLiteral("test.nothing");
        if (f.db.dialect().isSQLite())
            f.exec(f.insertSql(l).replace(QStringLiteral("INSERT INTO"),
                                          QStringLiteral("INSERT OR REPLACE INTO")));
        else
            f.exec(f.insertSql(l) + QStringLiteral(" ON CONFLICT (id) DO UPDATE SET action = "
                                                   "excluded.action"));
        const AuditChainReport r = f.verify();
        CHECK(r.firstBadId == mid);
        CHECK(r.problem.contains(QStringLiteral("entry %1 was changed").arg(mid)));
    }
    SECTION("a row inserted at the end, sealed and chained as Istiqbal would")
    {
        AuditLink l;
        l.id = last + 1;
        l.atMs = f.row(last).atMs + 1;
        l.action = QStringLiteral("test.forged");
        l.entity = QStringLiteral("case");
        l.details = QStringLiteral("{}");
        l.prevHash = f.row(last).hash;
        l.hash = AuditChain::seal(l);
        f.exec(f.insertSql(l));
        const AuditChainReport r = f.verify();
        CHECK(r.firstBadId == last + 1);
        CHECK(r.problem.contains(
            QStringLiteral("entry %1 was added outside Istiqbal").arg(last + 1)));
    }
    SECTION("a row inserted into a gap without a seal")
    {
        f.dropGuards();
        f.exec(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(mid));
        AuditLink l = f.row(mid - 1);
        l.id = mid;
        l.hash.clear();
        l.prevHash.clear();
        f.exec(f.insertSql(l));
        const AuditChainReport r = f.verify();
        CHECK(r.firstBadId == mid);
    }
    SECTION("a row deleted in the middle")
    {
        f.dropGuards();
        f.exec(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(mid));
        const AuditChainReport r = f.verify();
        CHECK(r.firstBadId == mid + 1);
        CHECK(r.problem.contains(
            QStringLiteral("entry %1 does not follow entry %2").arg(mid + 1).arg(mid - 1)));
    }
    SECTION("the first rows deleted")
    {
        f.dropGuards();
        f.exec(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(firstRow));
        const AuditChainReport r = f.verify();
        CHECK(r.firstBadId == firstRow + 1);
        CHECK(r.problem.contains(QStringLiteral("earlier entries were removed")));
    }
    SECTION("the last rows deleted")
    {
        f.dropGuards();
        f.exec(QStringLiteral("DELETE FROM audit_log WHERE id >= %1").arg(mid));
        const AuditChainReport r = f.verify();
        CHECK(r.firstBadId == mid);
        CHECK(r.problem.contains(QStringLiteral("the entries after %1 were removed").arg(mid - 1)));
    }
    SECTION("every row deleted")
    {
        f.dropGuards();
        f.exec(QStringLiteral("DELETE FROM audit_log"));
        const AuditChainReport r = f.verify();
        CHECK_FALSE(r.intact());
        CHECK(r.problem.contains(QStringLiteral("empty")));
    }
    SECTION("the last rows and the record of the end deleted")
    {
        f.dropGuards();
        f.exec(QStringLiteral("DELETE FROM audit_log WHERE id >= %1").arg(mid));
        f.exec(QStringLiteral("DELETE FROM audit_chain"));
        const AuditChainReport r = f.verify();
        CHECK_FALSE(r.intact());
        CHECK(r.problem.contains(QStringLiteral("is missing")));
    }
    // Appending after tampering does not hide it: the next row follows the
    // recorded end, not what is left.
    SECTION("a row appended after the last rows were deleted")
    {
        f.dropGuards();
        f.exec(QStringLiteral("DELETE FROM audit_log WHERE id >= %1").arg(mid));
        REQUIRE(AuditRepository(f.db).append(f.entry(9)).ok());
        const AuditChainReport r = f.verify();
        CHECK_FALSE(r.intact());
        CHECK(r.firstBadId > last);
    }
    CHECK(AuditChainCheck(f.db).status().ok() == f.verify().intact());
}

TEST_CASE("An old database's audit rows are sealed by the migration, chained from the first",
          "[storage][audit]")
{
    TestDb::Fresh fresh;
    const QString location = fresh.location(QStringLiteral("old"));
    makeOldDatabase(location, 4, [](Database &db) -> Status {
        for (int i = 1; i <= 700; ++i) {
            if (Status s = db.execute(
                    QStringLiteral("INSERT INTO audit_log (at, user_id, action, entity, "
                                   "entity_id, details) VALUES (%1, NULL, 'old.step', 'case', "
                                   "%2, '{\"n\":%2}')")
                        .arg(1700000000000LL + i)
                        .arg(i),
                    QStringLiteral("row"));
                !s)
                return s;
        }
        return Status::success();
    });
    Database db;
    const Status opened = db.open(location);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    const auto report = AuditChainCheck(db).run();
    REQUIRE(report.ok());
    INFO(report->problem.toStdString());
    CHECK(report->intact());
    CHECK(report->rows == 700);

    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT prev_hash, hash FROM audit_log ORDER BY id LIMIT 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().isEmpty());
    CHECK(q.value(1).toString().size() == 64);
    // New rows go on from the old ones, and the guards are back.
    REQUIRE(
        AuditRepository(db).record(0, QStringLiteral("new.step"), QStringLiteral("case"), 1).ok());
    CHECK(AuditChainCheck(db).run()->rows == 701);
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET action = 'x'")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
}

TEST_CASE("Two desks writing at once still make one linear chain", "[storage][audit]")
{
    Fixture f;
    constexpr int perDesk = 40;
    QVector<QString> failures(2);
    std::vector<std::thread> desks;
    for (int t = 0; t < 2; ++t) {
        desks.emplace_back([&, t] {
            Database db;
            if (Status s = db.open(f.path()); !s) {
                failures[t] = s.error();
                return;
            }
            AuditRepository audit(db);
            for (int i = 0; i < perDesk; ++i) {
                // Half inside a change's transaction, half on their own (a sign-in).
                const Status s = i % 2 ? db.transaction([&] {
                    return audit.record(0, QStringLiteral("desk.save"), QStringLiteral("case"),
                                        t * 1000 + i);
                })
                                       : audit.record(0, QStringLiteral("desk.signin"),
                                                      QStringLiteral("user"), t * 1000 + i);
                if (!s) {
                    failures[t] = s.error();
                    return;
                }
            }
        });
    }
    for (std::thread &d : desks)
        d.join();
    CHECK(failures.at(0).toStdString() == "");
    CHECK(failures.at(1).toStdString() == "");
    const auto report = AuditChainCheck(f.db).run();
    REQUIRE(report.ok());
    INFO(report->problem.toStdString());
    CHECK(report->intact());
    CHECK(report->rows == f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'desk.%'")) ==
          2 * perDesk);
}
