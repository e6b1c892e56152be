#include "UiTestSupport.h"

#include "core/DeskText.h"
#include "storage/BeneficiarySearch.h"
#include "ui/beneficiary/BeneficiaryCasesModel.h"
#include "ui/beneficiary/BeneficiaryMatchModel.h"
#include "ui/case/CaseHistoryModel.h"

#include <QAbstractItemModelTester>

using UiTest::deskTime;

namespace {

QStringList g_warnings;
void collect(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings << message;
}

// Runs body with QAbstractItemModelTester's complaints collected.
template <typename Body> QStringList modelWarnings(Body body)
{
    g_warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collect);
    body();
    qInstallMessageHandler(previous);
    return g_warnings;
}

} // namespace

TEST_CASE("A beneficiary's cases load lazily, newest first, and pass the model tester", "[gui]")
{
    UiTest::ClockGuard clock;
    UiTest::Fixture f;
    const qint64 id = f.addBeneficiary(
        {QStringLiteral("فاطمة"), QString(), QString(), QStringLiteral("الزهراني")},
        UiTest::nationalId(61));
    const qint64 other =
        f.addBeneficiary({QStringLiteral("ريم"), QString(), QString(), QStringLiteral("الحربي")},
                         UiTest::nationalId(62));
    QVector<qint64> ids;
    REQUIRE(f.db()
                .transaction([&]() -> Status {
                    for (int i = 0; i < 30; ++i)
                        ids << f.addCase(deskTime(QDate(2026, 1, 1).addDays(i * 7), 9), id,
                                         CaseStatus::Closed, Step::Survey)
                                   .id;
                    f.addCase(deskTime(QDate(2026, 2, 1), 9), other);
                    return Status::success();
                })
                .ok());

    const QStringList warnings = modelWarnings([&] {
        BeneficiaryCasesModel model(f.db(), f.workspace->session());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        model.setPageSize(12);
        model.setBeneficiary(id);
        CHECK(model.rowCount() == 12);
        CHECK(model.totalCount() == 30);
        CHECK(model.caseIdAt(0) == ids.last());
        CHECK(model.index(0, BeneficiaryCasesModel::State).data().toString() ==
              Domain::label(CaseStatus::Closed));
        CHECK(model.index(0, BeneficiaryCasesModel::Arrival).data().toString() ==
              DeskText::dateTime(deskTime(QDate(2026, 1, 1).addDays(29 * 7), 9)));
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        CHECK(model.rowCount() == 30);
        CHECK(model.caseIdAt(29) == ids.first());
        model.setBeneficiary(0);
        CHECK(model.rowCount() == 0);
    });
    INFO(warnings.join(QLatin1Char('\n')).toStdString());
    CHECK(warnings.isEmpty());
}

TEST_CASE("A case's history and the search results pass the model tester", "[gui]")
{
    UiTest::ClockGuard clock;
    UiTest::Fixture f;
    const qint64 id =
        f.addBeneficiary({QStringLiteral("خالد"), QString(), QString(), QStringLiteral("الدوسري")},
                         UiTest::nationalId(63), QStringLiteral("+966551234567"));
    Case c = f.addCase(deskTime(QDate(2026, 11, 22), 8), id);
    c.step = Step::Information;
    REQUIRE(CaseRepository(f.db()).update(c, f.userId(), QStringLiteral("وثائق مكتملة")).ok());

    const QStringList warnings = modelWarnings([&] {
        CaseHistoryModel history(f.db(), f.workspace->session());
        QAbstractItemModelTester historyTester(
            &history, QAbstractItemModelTester::FailureReportingMode::Warning);
        REQUIRE(history.setCase(c.id).ok());
        REQUIRE(history.rowCount() == 1);
        CHECK(history.index(0, CaseHistoryModel::From).data().toString() ==
              Domain::label(Step::Reception));
        CHECK(history.index(0, CaseHistoryModel::To).data().toString() ==
              Domain::label(Step::Information));
        CHECK(history.index(0, CaseHistoryModel::Note).data().toString() ==
              QStringLiteral("وثائق مكتملة"));
        CHECK_FALSE(history.index(0, CaseHistoryModel::By).data().toString().isEmpty());

        BeneficiaryMatchModel matches;
        QAbstractItemModelTester matchTester(
            &matches, QAbstractItemModelTester::FailureReportingMode::Warning);
        const auto found = BeneficiarySearch(f.db()).find(QStringLiteral("0551234567"));
        REQUIRE(found.ok());
        matches.setMatches(*found);
        REQUIRE(matches.rowCount() == 1);
        CHECK(matches.beneficiaryIdAt(0) == id);
        CHECK(matches.index(0, BeneficiaryMatchModel::Phone).data().toString() ==
              DeskText::digits(QStringLiteral("0551234567")));
        CHECK(matches.index(0, BeneficiaryMatchModel::Phone)
                  .data(BeneficiaryMatchModel::RawRole)
                  .toString() == QStringLiteral("+966551234567"));
        CHECK(matches.index(0, BeneficiaryMatchModel::LastVisit).data().toString() ==
              DeskText::date(QDate(2026, 11, 22)));
    });
    INFO(warnings.join(QLatin1Char('\n')).toStdString());
    CHECK(warnings.isEmpty());
}
