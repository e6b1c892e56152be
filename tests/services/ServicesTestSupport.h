// Shared by the services tests: a real database (a SQLite file in a temporary
// folder, or a new database on the PostgreSQL test server: see
// TestDatabase.h) with the default catalogue, one user per role with their sessions, a fixed clock
// (Sunday 22 November 2026, 09:00 in Riyadh: 1448 AH), and helpers to build
// beneficiaries and to see whether anything was written.
#pragma once

#include "CatchQt.h"
#include "ResultValue.h"
#include "TestDatabase.h"

#include "core/Beneficiary.h"
#include "core/Clock.h"
#include "core/NationalId.h"
#include "services/Session.h"
#include "storage/CatalogueSetup.h"
#include "storage/Database.h"
#include "storage/ServiceRepository.h"
#include "storage/SurveyRepository.h"
#include "storage/UserRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <map>
#include <memory>
#include <string>

namespace ServicesTest {

using TestResult::ok;

// 09:00 at the desk (Riyadh, UTC+3).
inline QDateTime deskMorning()
{
    return QDateTime(QDate(2026, 11, 22), QTime(6, 0), QTimeZone::utc());
}

// A valid ten-digit national ID (lead 1) or iqama (lead 2) for a serial.
inline QString idNumber(qint64 serial, char lead = '1')
{
    return NationalId::withCheckDigit(QLatin1Char(lead) +
                                      QStringLiteral("%1").arg(serial, 8, 10, QLatin1Char('0')));
}

// A Saudi family of five earning 3,000 SAR a month in Riyadh, with consent.
inline Beneficiary beneficiary(qint64 serial, const QString &first = QStringLiteral("فاطمة"),
                               const QString &family = QStringLiteral("القحطاني"))
{
    Beneficiary b;
    b.name = {first, QStringLiteral("عبدالله"), QStringLiteral("سعد"), family};
    b.idType = IdType::NationalId;
    b.idNumber = idNumber(serial);
    b.gender = Gender::Female;
    b.birthDate = QDate(1988, 4, 2);
    b.phone = QStringLiteral("05%1").arg(50000000 + serial, 8, 10, QLatin1Char('0'));
    b.city = QStringLiteral("الرياض");
    b.district = QStringLiteral("النسيم");
    b.familySize = 5;
    b.monthlyIncome = 3000 * 100;
    b.consentGiven = true;
    b.consentPurpose = QStringLiteral("services");
    return b;
}

// The required documents of the food basket, provided and valid for a year.
inline QVector<Document> foodDocuments()
{
    Document card;
    card.typeCode = QStringLiteral("id_card");
    card.provided = true;
    card.verified = true;
    card.expiry = QDate(2027, 11, 1);
    Document family = card;
    family.typeCode = QStringLiteral("family_record");
    return {card, family};
}

struct Fixture
{
    TestDb::Fresh fresh;
    QTemporaryDir dir;
    FixedClock clock{deskMorning()};
    Database db;
    std::unique_ptr<Session> desk;    // receptionist
    std::unique_ptr<Session> officer; // program officer
    std::unique_ptr<Session> manager;
    std::unique_ptr<Session> admin;

    Fixture()
    {
        Clock::install(&clock);
        REQUIRE(dir.isValid());
        const Status opened = db.open(fresh.location());
        INFO(opened.error().toStdString());
        REQUIRE(opened.ok());
        desk = std::make_unique<Session>(
            user(QStringLiteral("desk"), QStringLiteral("نورة الاستقبال"), Role::Receptionist));
        officer = std::make_unique<Session>(
            user(QStringLiteral("officer"), QStringLiteral("خالد البرامج"), Role::ProgramOfficer));
        manager = std::make_unique<Session>(
            user(QStringLiteral("manager"), QStringLiteral("المدير"), Role::Manager));
        admin = std::make_unique<Session>(
            user(QStringLiteral("admin"), QStringLiteral("مدير النظام"), Role::Administrator));
        const Status catalogue = CatalogueSetup::ensureDefaults(db, admin->userId());
        INFO(catalogue.error().toStdString());
        REQUIRE(catalogue.ok());
    }
    ~Fixture()
    {
        db.close();
        Clock::install(nullptr);
    }

    User user(const QString &username, const QString &name, Role role)
    {
        User u;
        u.username = username;
        u.displayName = name;
        u.roles = {role};
        const auto created = UserRepository(db).create(u, QString(), 0);
        INFO(created.error().toStdString());
        REQUIRE(created.ok());
        return *created;
    }

    qint64 serviceId(const QString &code)
    {
        const auto found = ServiceRepository(db).findByCode(code);
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        return (*found)->id;
    }

    QVector<SurveyQuestion> questions()
    {
        const auto all = SurveyRepository(db).questions(true);
        REQUIRE(all.ok());
        return *all;
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(db.connection());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    qint64 auditCount(const QString &action)
    {
        return scalar(
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = '%1'").arg(action));
    }

    // Every row count and row version that an action could change.
    std::map<std::string, qint64> snapshot()
    {
        std::map<std::string, qint64> s;
        for (const char *table :
             {"cases", "step_events", "referrals", "deliveries", "survey_responses",
              "survey_answers", "beneficiaries", "name_tokens", "name_folds", "documents",
              "audit_log", "eligibility_overrides", "case_service_rules", "file_number_sequences",
              "case_answers"})
            s[table] = scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        s["case versions"] = scalar(QStringLiteral("SELECT COALESCE(SUM(version), 0) FROM cases"));
        s["beneficiary versions"] =
            scalar(QStringLiteral("SELECT COALESCE(SUM(version), 0) FROM beneficiaries"));
        s["answered referrals"] =
            scalar(QStringLiteral("SELECT COUNT(*) FROM referrals WHERE answered_at IS NOT NULL"));
        s["approved deliveries"] =
            scalar(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE approved_at IS NOT NULL"));
        s["file numbers"] = scalar(
            QStringLiteral("SELECT COUNT(*) FROM beneficiaries WHERE file_number IS NOT NULL"));
        return s;
    }
};

} // namespace ServicesTest
