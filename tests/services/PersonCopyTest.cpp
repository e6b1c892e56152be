#include "ServicesTestSupport.h"

#include "reports/PersonCopyJson.h"
#include "services/BeneficiaryDesk.h"
#include "services/BeneficiaryRecords.h"
#include "services/CaseDesk.h"
#include "services/DataRequestDesk.h"
#include "services/PersonCopyDesk.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ServicesTest;

namespace {

struct Person
{
    Beneficiary record;
    qint64 caseId = 0;
};

// A person whose case was referred to the program officer, whose phone the
// desk corrected, whose file the officer opened, and who asked for a copy.
Person withHistory(Fixture &f)
{
    CaseDesk desk(f.db, *f.desk);
    const Case c = ok(desk.reception().openCase(Channel::Interview, Purpose::ServiceRequest,
                                                QStringLiteral("سلة غذائية")));
    ok(desk.advance(c.id));
    const Beneficiary b = ok(desk.information().registerBeneficiary(c.id, beneficiary(21)));
    ok(desk.information().chooseService(c.id, f.serviceId(QStringLiteral("food_basket"))));
    Document card;
    card.typeCode = QStringLiteral("id_card");
    card.provided = true;
    card.verified = true;
    card.expiry = QDate(2027, 11, 1);
    ok(desk.information().saveDocuments(c.id, {card}));
    ok(desk.refer(c.id, QStringLiteral("هل تستحق السلة مع دخلها؟")));
    Beneficiary changed = ok(BeneficiaryRecords(f.db, *f.desk).get(b.id));
    changed.phone = QStringLiteral("0551112222");
    const Beneficiary corrected = ok(BeneficiaryDesk(f.db, *f.desk).updateBeneficiary(changed));
    ok(BeneficiaryRecords(f.db, *f.officer).open(b.id));
    DataRequest request;
    request.beneficiaryId = b.id;
    request.kind = DataRequest::Kind::Copy;
    request.channel = Channel::Interview;
    request.receivedOn = f.clock.today();
    request.details = QStringLiteral("يطلب نسخة من بياناته");
    ok(DataRequestDesk(f.db, *f.manager).record(request));
    return {corrected, c.id};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("The copy of a person's data holds every section", "[services][copy]")
{
    Fixture f;
    const Person p = withHistory(f);
    const PersonCopyData data = ok(PersonCopyDesk(f.db, *f.manager).gather(p.record.id));
    CHECK(data.person.name == p.record.name);
    CHECK(data.person.phone == p.record.phone);
    REQUIRE(data.documents.size() == 1);
    REQUIRE(data.cases.size() == 1);
    CHECK(data.cases[0].theCase.id == p.caseId);
    CHECK(data.cases[0].steps.size() >= 1);
    REQUIRE(data.cases[0].referrals.size() == 1);
    REQUIRE(data.requests.size() == 1);
    REQUIRE(data.corrections.size() == 1);
    CHECK(data.corrections[0].field == QStringLiteral("phone"));
    CHECK(data.corrections[0].after == p.record.phone);
    CHECK(data.trail.size() >= 3); // registered, corrected, opened by the officer

    const QJsonObject json = PersonCopyJson::document(data);
    for (const char *key : {"format", "version", "made_at", "made_by", "person", "documents",
                            "cases", "data_requests", "corrections", "who_saw_or_changed"})
        CHECK(json.contains(QLatin1String(key)));
    const QJsonObject person = json.value(QStringLiteral("person")).toObject();
    CHECK(person.value(QStringLiteral("id_number")).toString() == p.record.idNumber);
    CHECK(
        person.value(QStringLiteral("name")).toObject().value(QStringLiteral("full")).toString() ==
        p.record.name.full());
    const QJsonObject oneCase = json.value(QStringLiteral("cases")).toArray().at(0).toObject();
    CHECK(oneCase.value(QStringLiteral("case_number")).toInt() == p.caseId);
    CHECK(oneCase.value(QStringLiteral("arrived_at")).toString().endsWith(QLatin1Char('Z')));
    for (const char *key : {"steps", "referrals", "eligibility_decisions", "deliveries", "survey"})
        CHECK(oneCase.contains(QLatin1String(key)));
    CHECK(oneCase.value(QStringLiteral("referrals"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("question"))
              .toString() == QStringLiteral("هل تستحق السلة مع دخلها؟"));
    CHECK(json.value(QStringLiteral("documents"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("expiry")) == QStringLiteral("2027-11-01"));
}

TEST_CASE("The copy is written as PDF or JSON by its name, and recorded", "[services][copy]")
{
    Fixture f;
    const Person p = withHistory(f);
    PersonCopyDesk copies(f.db, *f.manager);
    const qint64 before = f.auditCount(QStringLiteral("person.copy"));

    const QString json = f.dir.filePath(QStringLiteral("copy.json"));
    const Status wroteJson = copies.write(p.record.id, json);
    INFO(wroteJson.error().toStdString());
    REQUIRE(wroteJson.ok());
    const QJsonDocument parsed = QJsonDocument::fromJson(readAll(json));
    REQUIRE(parsed.isObject());
    CHECK(parsed.object()
              .value(QStringLiteral("person"))
              .toObject()
              .value(QStringLiteral("record_number")) == p.record.id);

    // (The PDF needs the graphics libraries: the reports and window suites
    // write it.) A second copy is a second row.
    REQUIRE(copies.write(p.record.id, f.dir.filePath(QStringLiteral("again.JSON"))).ok());
    CHECK(f.auditCount(QStringLiteral("person.copy")) == before + 2);
    QSqlQuery q(f.db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT user_id, entity, entity_id FROM audit_log WHERE action = "
                                  "'person.copy' ORDER BY id")));
    while (q.next()) {
        CHECK(q.value(0).toLongLong() == f.manager->userId());
        CHECK(q.value(1).toString() == QStringLiteral("beneficiary"));
        CHECK(q.value(2).toLongLong() == p.record.id);
    }

    // Refused in words, and nothing written or recorded.
    const Status text = copies.write(p.record.id, f.dir.filePath(QStringLiteral("copy.txt")));
    REQUIRE_FALSE(text.ok());
    CHECK(text.error().contains(QStringLiteral(".json")));
    CHECK_FALSE(QFile::exists(f.dir.filePath(QStringLiteral("copy.txt"))));
    const Status unknown = copies.write(987654, f.dir.filePath(QStringLiteral("nobody.pdf")));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().contains(QStringLiteral("987654")));
    CHECK_FALSE(QFile::exists(f.dir.filePath(QStringLiteral("nobody.pdf"))));
    const Status desk =
        PersonCopyDesk(f.db, *f.desk).write(p.record.id, f.dir.filePath(QStringLiteral("d.pdf")));
    REQUIRE_FALSE(desk.ok());
    CHECK(desk.error().contains(QStringLiteral("receptionist"), Qt::CaseInsensitive));
    CHECK_FALSE(QFile::exists(f.dir.filePath(QStringLiteral("d.pdf"))));
    CHECK(f.auditCount(QStringLiteral("person.copy")) == before + 2);
    // Never onto the open database, however named.
    if (!TestDb::isPostgres()) {
        const QString link = f.dir.filePath(QStringLiteral("db.pdf"));
        REQUIRE(QFile::link(f.db.path(), link));
        const qint64 size = QFileInfo(f.db.path()).size();
        const Status onto = copies.write(p.record.id, link);
        REQUIRE_FALSE(onto.ok());
        CHECK_FALSE(onto.error().isEmpty());
        CHECK(QFileInfo(link).isSymLink());
        CHECK(QFileInfo(f.db.path()).size() == size);
    }
}
