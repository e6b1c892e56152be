#include "ServicesTestSupport.h"

#include "services/AccessTrail.h"
#include "services/BeneficiaryDesk.h"
#include "services/BeneficiaryRecords.h"
#include "services/CaseDesk.h"
#include "services/CasePapers.h"
#include "services/PrivacyNoticeDesk.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ServicesTest;

namespace {

struct AuditRow
{
    qint64 userId = 0;
    QString action;
    QString entity;
    qint64 entityId = 0;
    QJsonObject details;
};

// The audit rows written since row `after`, oldest first.
QVector<AuditRow> rowsAfter(Fixture &f, qint64 after)
{
    QSqlQuery q(f.db.connection());
    q.prepare(QStringLiteral("SELECT user_id, action, entity, entity_id, details FROM audit_log "
                             "WHERE id > ? ORDER BY id"));
    q.addBindValue(after);
    REQUIRE(q.exec());
    QVector<AuditRow> rows;
    while (q.next())
        rows << AuditRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toLongLong(),
                         QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object()};
    return rows;
}

qint64 lastRow(Fixture &f)
{
    return f.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"));
}

} // namespace

TEST_CASE("Opening a person's file leaves one audit row naming who, whom and what",
          "[services][wholooked]")
{
    Fixture f;
    const auto made = BeneficiaryDesk(f.db, *f.desk).registerBeneficiary(beneficiary(11));
    REQUIRE(made.ok());
    const qint64 before = lastRow(f);

    const auto opened = BeneficiaryRecords(f.db, *f.officer).open(made->id);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    CHECK(opened->name == made->name);
    const QVector<AuditRow> rows = rowsAfter(f, before);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].userId == f.officer->userId());
    CHECK(rows[0].action == QStringLiteral("person.view"));
    CHECK(rows[0].entity == QStringLiteral("beneficiary"));
    CHECK(rows[0].entityId == made->id);

    // Reading it again for the same opening (a reload) records nothing.
    REQUIRE(BeneficiaryRecords(f.db, *f.officer).get(made->id).ok());
    CHECK(rowsAfter(f, before).size() == 1);

    // Nobody may open it without the right, and the refusal records nothing.
    const Session nobody = Session::forUser(999, {});
    const auto refused = BeneficiaryRecords(f.db, nobody).open(made->id);
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(refused.error().isEmpty());
    CHECK(rowsAfter(f, before).size() == 1);
}

TEST_CASE("Printing or saving a case paper with a person's data leaves its audit row",
          "[services][wholooked]")
{
    Fixture f;
    const auto made = BeneficiaryDesk(f.db, *f.desk).registerBeneficiary(beneficiary(12));
    REQUIRE(made.ok());
    CaseDocumentData data;
    data.theCase.id = 77;
    data.beneficiary = *made;
    const qint64 before = lastRow(f);

    CasePapers papers(f.db, *f.desk);
    REQUIRE(
        papers.recordMade(CaseDocument::Kind::Declaration, data, CasePapers::How::Printed).ok());
    REQUIRE(papers.recordMade(CaseDocument::Kind::RegistrationReceipt, data, CasePapers::How::Saved)
                .ok());
    // The queue ticket carries no personal data: nothing recorded.
    REQUIRE(
        papers.recordMade(CaseDocument::Kind::QueueTicket, data, CasePapers::How::Printed).ok());
    const QVector<AuditRow> rows = rowsAfter(f, before);
    REQUIRE(rows.size() == 2);
    for (const AuditRow &row : rows) {
        CHECK(row.userId == f.desk->userId());
        CHECK(row.action == QStringLiteral("person.document"));
        CHECK(row.entity == QStringLiteral("beneficiary"));
        CHECK(row.entityId == made->id);
        CHECK(row.details.value(QStringLiteral("case")).toInt() == 77);
    }
    CHECK(rows[0].details.value(QStringLiteral("document")).toString() ==
          QStringLiteral("declaration"));
    CHECK(rows[0].details.value(QStringLiteral("how")).toString() == QStringLiteral("printed"));
    CHECK(rows[1].details.value(QStringLiteral("document")).toString() ==
          QStringLiteral("receipt"));
    CHECK(rows[1].details.value(QStringLiteral("how")).toString() == QStringLiteral("saved"));
}

TEST_CASE("The person's who-looked list names who saw or changed their data",
          "[services][wholooked]")
{
    Fixture f;
    const auto made = BeneficiaryDesk(f.db, *f.desk).registerBeneficiary(beneficiary(13));
    REQUIRE(made.ok());
    const auto other = BeneficiaryDesk(f.db, *f.desk).registerBeneficiary(beneficiary(14));
    REQUIRE(other.ok());
    f.clock.advanceSeconds(60);
    REQUIRE(BeneficiaryRecords(f.db, *f.officer).open(made->id).ok());
    REQUIRE(BeneficiaryRecords(f.db, *f.officer).open(other->id).ok());

    const auto entries = AccessTrail(f.db, *f.manager).of(made->id);
    INFO(entries.error().toStdString());
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 2);
    CHECK(entries->at(0).action == QStringLiteral("person.view"));
    CHECK(entries->at(0).userName == QStringLiteral("خالد البرامج"));
    CHECK(entries->at(0).at == f.clock.nowUtc());
    CHECK(entries->at(1).action == QStringLiteral("beneficiary.create"));
    CHECK(entries->at(1).userId == f.desk->userId());

    // The desk may not read it: refused in words.
    const auto refused = AccessTrail(f.db, *f.desk).of(made->id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("receptionist"), Qt::CaseInsensitive));
    REQUIRE(AccessTrail(f.db, *f.admin).of(made->id).ok());
}

TEST_CASE("A case paper or the privacy notice is never saved onto the open database",
          "[services][wholooked]")
{
    Fixture f;
    if (TestDb::isPostgres())
        return; // a server's database is no file a PDF could replace
    const auto made = BeneficiaryDesk(f.db, *f.desk).registerBeneficiary(beneficiary(13));
    REQUIRE(made.ok());
    CaseDocumentData data;
    data.theCase.id = 78;
    data.beneficiary = *made;
    const QString database = f.db.path();
    const QString link = f.dir.filePath(QStringLiteral("receipt.pdf"));
    REQUIRE(QFile::link(database, link));
    const qint64 size = QFileInfo(database).size();
    const qint64 before = lastRow(f);

    const auto notice = PrivacyNoticeDesk(f.db, *f.desk).notice(QStringLiteral("ar"));
    REQUIRE(notice.ok());
    for (const QString &path : {database, link}) {
        INFO(path.toStdString());
        const Status paper =
            CasePapers(f.db, *f.desk).savePdf(CaseDocument::Kind::RegistrationReceipt, data, path);
        REQUIRE_FALSE(paper.ok());
        CHECK_FALSE(paper.error().isEmpty());
        const Status written = PrivacyNoticeDesk(f.db, *f.desk).writePdf(*notice, path);
        REQUIRE_FALSE(written.ok());
        CHECK_FALSE(written.error().isEmpty());
    }
    CHECK(QFileInfo(link).isSymLink());
    CHECK(QFileInfo(database).size() == size);
    // Nothing was saved, so nothing is recorded as saved.
    CHECK(rowsAfter(f, before).isEmpty());

    // Without the right to see cases, nothing is written.
    const Session nobody = Session::forUser(999, {});
    const QString elsewhere = f.dir.filePath(QStringLiteral("elsewhere.pdf"));
    CHECK_FALSE(
        CasePapers(f.db, nobody).savePdf(CaseDocument::Kind::Declaration, data, elsewhere).ok());
    CHECK_FALSE(QFile::exists(elsewhere));
}
