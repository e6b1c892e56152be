// Dates kept as written (DOMAIN.md 5.2a; issue 15, schema 8): a birth date
// and a document's expiry typed in Hijri keep the Hijri date as typed beside
// the Gregorian day, through a reopening of the database, on both engines;
// anonymisation keeps only the year of each; a database of schema 7 keeps its
// dates, of unknown writing, shown as before.
#include "StorageTestSupport.h"

#include "core/DateInput.h"
#include "core/DeskText.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/DatabaseCheck.h"
#include "storage/DocumentRepository.h"
#include "storage/PersonEraser.h"
#include "storage/ServiceRepository.h"
#include "storage/SqlSupport.h"

using namespace StorageTest;
using Calendar = WrittenDate::Calendar;

namespace {

// A day 30 the published calendar has and ICU's has not (UmmAlQuraTableTest).
WrittenDate hijriThirtieth()
{
    const Result<WrittenDate> w = DateInput::parseWritten(QStringLiteral("1395/11/30"));
    REQUIRE(w.ok());
    return w.value();
}

Status addDocumentType(Database &db, qint64 userId)
{
    DocumentType card{0, QStringLiteral("national_id_card"), QStringLiteral("الهوية الوطنية"),
                      QStringLiteral("National ID card"), true};
    return ServiceRepository(db).createDocumentType(card, userId).status();
}

} // namespace

TEST_CASE("A Hijri birth date and expiry keep their typed form after the database is reopened",
          "[storage][hijri][written]")
{
    Fixture f;
    REQUIRE(addDocumentType(f.db, f.userId).ok());
    Beneficiary in = beneficiary(QStringLiteral("عائشة"), QStringLiteral("محمد"), QString(),
                                 QStringLiteral("الحربي"), nationalId(31));
    in.setBirthDate(hijriThirtieth());
    const Result<Beneficiary> created = BeneficiaryRepository(f.db).create(in, f.userId);
    INFO(created.error().toStdString());
    REQUIRE(created.ok());
    Document card;
    card.beneficiaryId = created->id;
    card.typeCode = QStringLiteral("national_id_card");
    card.provided = true;
    const Result<WrittenDate> expiry = DateInput::parseWritten(QStringLiteral("1450/01/30"));
    REQUIRE(expiry.ok());
    card.setExpiry(*expiry);
    REQUIRE(DocumentRepository(f.db).save(card, f.userId).ok());
    // A Gregorian date typed so stays Gregorian.
    Beneficiary other = beneficiary(QStringLiteral("سارة"), QStringLiteral("علي"), QString(),
                                    QStringLiteral("القحطاني"), nationalId(32));
    other.setBirthDate(WrittenDate::gregorian(QDate(1975, 12, 3)));
    const Result<Beneficiary> second = BeneficiaryRepository(f.db).create(other, f.userId);
    REQUIRE(second.ok());

    Database again;
    REQUIRE(again.open(f.path()).ok());
    const Result<Beneficiary> read = BeneficiaryRepository(again).get(created->id);
    REQUIRE(read.ok());
    CHECK(read->birthDate == QDate(1975, 12, 3));
    CHECK(read->writtenBirthDate() == hijriThirtieth());
    CHECK(read->writtenBirthDate().fieldText() == QStringLiteral("1395/11/30"));
    const Result<QVector<Document>> documents =
        DocumentRepository(again).forBeneficiary(created->id);
    REQUIRE(documents.ok());
    REQUIRE(documents->size() == 1);
    CHECK(documents->first().writtenExpiry() == *expiry);
    CHECK(documents->first().expiry == expiry->date);
    const Result<Beneficiary> readOther = BeneficiaryRepository(again).get(second->id);
    REQUIRE(readOther.ok());
    CHECK(readOther->birthCalendar == Calendar::Gregorian);
    CHECK(readOther->writtenBirthDate().fieldText() == QStringLiteral("1975-12-03"));

    // Typed again in Gregorian, the same day is kept as typed then.
    Beneficiary edited = *read;
    edited.setBirthDate(WrittenDate::gregorian(edited.birthDate));
    REQUIRE(BeneficiaryRepository(again).update(edited, f.userId).ok());
    CHECK(BeneficiaryRepository(f.db).get(created->id)->birthCalendar == Calendar::Gregorian);
    CHECK(BeneficiaryRepository(f.db).get(created->id)->birthHijri == HijriDate());
}

TEST_CASE("A Hijri date and its Gregorian day that disagree are stored of unknown writing",
          "[storage][hijri][written]")
{
    Fixture f;
    Beneficiary in = beneficiary(QStringLiteral("هند"), QStringLiteral("سعد"), QString(),
                                 QStringLiteral("الدوسري"), nationalId(33));
    in.setBirthDate(hijriThirtieth());
    in.birthDate = in.birthDate.addDays(-1); // changed alone
    const Result<Beneficiary> created = BeneficiaryRepository(f.db).create(in, f.userId);
    REQUIRE(created.ok());
    const Result<Beneficiary> read = BeneficiaryRepository(f.db).get(created->id);
    CHECK(read->birthDate == QDate(1975, 12, 2));
    CHECK(read->birthCalendar == Calendar::Unknown);
    CHECK(read->birthHijri == HijriDate());
}

TEST_CASE("Anonymising keeps only the year of a Hijri birth date, as of a Gregorian one",
          "[storage][hijri][written][erase]")
{
    Fixture f;
    Beneficiary hijri = beneficiary(QStringLiteral("نورة"), QStringLiteral("فهد"), QString(),
                                    QStringLiteral("العتيبي"), nationalId(34));
    hijri.setBirthDate(hijriThirtieth());
    Beneficiary gregorian = beneficiary(QStringLiteral("منى"), QStringLiteral("فهد"), QString(),
                                        QStringLiteral("العتيبي"), nationalId(35));
    gregorian.setBirthDate(WrittenDate::gregorian(QDate(1980, 5, 17)));
    BeneficiaryRepository repo(f.db);
    const qint64 first = repo.create(hijri, f.userId).value().id;
    const qint64 second = repo.create(gregorian, f.userId).value().id;

    PersonEraser eraser(f.db);
    REQUIRE(eraser.erase(first, f.userId, {}).ok());
    REQUIRE(eraser.erase(second, f.userId, {}).ok());

    QSqlQuery q(f.db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id, birth_date, birth_year, birth_calendar, birth_hijri "
                                  "FROM beneficiaries ORDER BY id")));
    QStringList rows;
    while (q.next())
        rows << QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(q.value(0).toLongLong() == first ? QStringLiteral("first")
                                                          : QStringLiteral("second"),
                         q.value(1).isNull() ? QStringLiteral("null") : q.value(1).toString(),
                         q.value(2).toString(), q.value(3).toString(), q.value(4).toString());
    CHECK(rows == QStringList{QStringLiteral("first null 1975 hijri 1395"),
                              QStringLiteral("second null 1980 gregorian ")});

    const Beneficiary read = repo.get(first).value();
    CHECK_FALSE(read.birthDate.isValid());
    CHECK(read.birthYear == 1975);
    CHECK(read.writtenBirthDate().hijriText() == QStringLiteral("1395"));
    CHECK(read.writtenBirthDate().toDisplayString().isEmpty());
}

TEST_CASE("A database of schema 7 keeps its dates, of unknown writing, shown as before",
          "[storage][hijri][written][migration]")
{
    TestDb::Fresh fresh;
    const QString location = fresh.location(QStringLiteral("old"));
    makeOldDatabase(location, 7, [](Database &db) -> Status {
        // As schema 7 wrote a beneficiary and a document.
        if (Status s = addOldBeneficiary(db, 1, QStringLiteral("محمد"), QStringLiteral("العتيبي"));
            !s)
            return s;
        if (Status s = db.execute(QStringLiteral("UPDATE beneficiaries SET birth_date = "
                                                 "'1975-12-03' WHERE id = 1"),
                                  QStringLiteral("birth date"));
            !s)
            return s;
        if (Status s =
                db.execute(QStringLiteral("INSERT INTO document_types (code, name_ar) VALUES "
                                          "('national_id_card', 'الهوية الوطنية')"),
                           QStringLiteral("type"));
            !s)
            return s;
        return db.execute(
            QStringLiteral("INSERT INTO documents (beneficiary_id, type_code, provided, "
                           "verified, expiry, updated_at) VALUES (1, 'national_id_card', 1, "
                           "1, '2029-05-13', 1700000000000)"),
            QStringLiteral("document"));
    });

    Database db;
    const Status opened = db.open(location);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    CHECK(db.schemaVersion() == Schema::latestVersion());
    const Beneficiary b = BeneficiaryRepository(db).get(1).value();
    CHECK(b.birthDate == QDate(1975, 12, 3));
    CHECK(b.birthCalendar == Calendar::Unknown);
    CHECK(b.writtenBirthDate().toDisplayString() == DateInput::formatBoth(QDate(1975, 12, 3)));
    CHECK(DeskText::date(b.writtenBirthDate()) == DeskText::date(QDate(1975, 12, 3)));
    const QVector<Document> documents = DocumentRepository(db).forBeneficiary(1).value();
    REQUIRE(documents.size() == 1);
    CHECK(documents.first().expiry == QDate(2029, 5, 13));
    CHECK(documents.first().expiryCalendar == WrittenDate::Calendar::Unknown);
    CHECK(DeskText::date(documents.first().writtenExpiry()) == DeskText::date(QDate(2029, 5, 13)));

    const Result<DatabaseCheckReport> check = DatabaseCheck::run(db);
    INFO(check.error().toStdString());
    REQUIRE(check.ok());
    INFO(check->findings.join(QLatin1Char('\n')).toStdString());
    CHECK(check->findings.isEmpty());
}
