// Migration 7 (DOMAIN.md 4.6): a database made before the secondary search
// keys gets them for the names and approved answers it already holds, and
// still passes the check. (Made at schema 4 with the migrations of then, as
// the other upgrade tests are: migrations 5 and 6 have work of their own.)
#include "StorageTestSupport.h"

#include "core/ArabicText.h"
#include "storage/ApprovedAnswerRepository.h"
#include "storage/BeneficiarySearch.h"
#include "storage/DatabaseCheck.h"
#include "storage/Schema.h"
#include "storage/SqlSupport.h"

using namespace StorageTest;
using Kind = BeneficiaryMatch::Kind;

TEST_CASE("An older database gets the secondary keys of the names and answers it holds",
          "[storage][search][migration]")
{
    TestDb::Fresh fresh;
    const QString location = fresh.location(QStringLiteral("old"));
    makeOldDatabase(location, 4, [](Database &db) -> Status {
        if (Status s = addOldBeneficiary(db, 1, QStringLiteral("عائشة"), QStringLiteral("الحربي"));
            !s)
            return s;
        if (Status s = addOldBeneficiary(db, 2, QStringLiteral("عايشة"), QStringLiteral("الحربي"));
            !s)
            return s;
        if (Status s =
                addOldBeneficiary(db, 3, QStringLiteral("إبراهيم"), QStringLiteral("المؤمن"));
            !s)
            return s;
        if (Status s = addOldBeneficiary(db, 4, QStringLiteral("محمد"), QStringLiteral("العتيبي"));
            !s)
            return s;
        const QString question = QStringLiteral("هل تساعد الجمعية الأسر ذات العائل المريض؟");
        const QString answer = QStringLiteral("نعم، بعد زيارة الباحثة.");
        if (Status s = db.execute(
                QStringLiteral("INSERT INTO approved_answers (question, answer, search_key, "
                               "updated_at) VALUES ('%1', '%2', '%3', 1700000000000)")
                    .arg(question, answer,
                         ArabicText::normalise(question + QLatin1Char(' ') + answer +
                                               QLatin1Char(' '))),
                QStringLiteral("answer"));
            !s)
            return s;
        return Status::success();
    });

    Database db;
    const Status opened = db.open(location);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    CHECK(db.schemaVersion() == Schema::latestVersion());
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT beneficiary_id, key FROM name_folds ORDER BY "
                                  "beneficiary_id, key")));
    QStringList folds;
    while (q.next())
        folds << QStringLiteral("%1 %2").arg(q.value(0).toLongLong()).arg(q.value(1).toString());
    // عائشة's key and إبراهيم's and المؤمن's (with and without the article);
    // عايشة and محمد fold to themselves.
    CHECK(folds == QStringList{QStringLiteral("1 عايشه"), QStringLiteral("3 ابرهيم"),
                               QStringLiteral("3 المومن"), QStringLiteral("3 مومن")});

    BeneficiarySearch search(db);
    for (const auto &[typed, first, second] :
         {std::tuple(QStringLiteral("عايشة"), qint64(2), qint64(1)),
          std::tuple(QStringLiteral("عائشة"), qint64(1), qint64(2))}) {
        INFO(typed.toStdString());
        const auto found = search.find(typed);
        REQUIRE(found.ok());
        REQUIRE(found->size() == 2);
        CHECK(found->at(0).id == first);
        CHECK(found->at(0).kind == Kind::WholeWords);
        CHECK(found->at(1).id == second);
        CHECK(found->at(1).kind == Kind::SecondaryWholeWords);
    }
    const auto ibrahim = search.find(QStringLiteral("ابرهيم مومن"));
    REQUIRE(ibrahim.ok());
    REQUIRE(ibrahim->size() == 1);
    CHECK(ibrahim->at(0).id == 3);

    ApprovedAnswerRepository answers(db);
    const auto everyday = answers.search(QStringLiteral("العايل"));
    REQUIRE(everyday.ok());
    CHECK(everyday->size() == 1);
    CHECK(answers.search(QStringLiteral("العائل"))->size() == 1);

    const Result<DatabaseCheckReport> check = DatabaseCheck::run(db);
    INFO(check.error().toStdString());
    REQUIRE(check.ok());
    INFO(check->findings.join(QLatin1Char('\n')).toStdString());
    CHECK(check->findings.isEmpty());
}
