#include "UiTestSupport.h"

#include "core/DeskText.h"
#include "storage/BulkWriter.h"
#include "storage/ReferralRepository.h"
#include "ui/desk/DeskModel.h"
#include "ui/desk/DeskPage.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QElapsedTimer>
#include <QFont>
#include <QSignalSpy>
#include <QTableView>

using UiTest::deskTime;

namespace {

const QDate kToday(2026, 11, 22); // the fixed clock's day (a Sunday)

// Collects the warnings QAbstractItemModelTester reports.
QStringList g_modelWarnings;
void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_modelWarnings << message;
}

struct DeskFixture : UiTest::FixedTime, UiTest::Fixture
{
    qint64 named = 0;
    QVector<Case> today;

    DeskFixture()
    {
        named = addBeneficiary({QStringLiteral("سارة"), QStringLiteral("محمد"),
                                QStringLiteral("علي"), QStringLiteral("القحطاني")},
                               UiTest::nationalId(7));
        const Status seeded = db().transaction([&]() -> Status {
            // Yesterday: two still open, one closed.
            addCase(deskTime(kToday.addDays(-1), 9), named);
            addCase(deskTime(kToday.addDays(-1), 11), 0, CaseStatus::WaitingReferral,
                    Step::Referral);
            addCase(deskTime(kToday.addDays(-1), 12), named, CaseStatus::Closed, Step::Survey);
            // Today from 08:00, one a minute: 60 open, and 3 closed among them.
            for (int i = 0; i < 63; ++i) {
                const bool closed = i % 21 == 20;
                Case c = addCase(deskTime(kToday, 8, 0).addSecs(60 * i), i % 2 ? named : 0,
                                 closed ? CaseStatus::Closed : CaseStatus::Open,
                                 i % 3 ? Step::Information : Step::Reception,
                                 i % 4 ? Channel::Interview : Channel::PhoneCall);
                if (!closed)
                    today << c;
            }
            return Status::success();
        });
        REQUIRE(seeded.ok());
    }
};

} // namespace

TEST_CASE("DeskModel passes the model tester and reads today's cases a page at a time", "[gui]")
{
    DeskFixture f;
    g_modelWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    {
        DeskModel model(f.db(), f.workspace->session());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        model.setPageSize(25);
        model.reload();
        CHECK(model.rowCount() == 25);
        CHECK(model.totalCount() == 60);
        CHECK(model.columnCount() == DeskModel::ColumnCount);
        CHECK(model.canFetchMore(QModelIndex()));
        model.fetchMore(QModelIndex());
        CHECK(model.rowCount() == 50);
        model.fetchMore(QModelIndex());
        CHECK(model.rowCount() == 60);
        CHECK_FALSE(model.canFetchMore(QModelIndex()));

        // Oldest first; only open cases of today.
        for (int row = 0; row < model.rowCount(); ++row)
            CHECK(model.caseIdAt(row) == f.today.at(row).id);

        model.setScope(DeskModel::Scope::AllOpen);
        CHECK(model.totalCount() == 62);
        CHECK(model.rowCount() == 25);
        CHECK(DeskText::deskDate(model.caseAt(0).arrivalAt) == kToday.addDays(-1));
        CHECK(model.data(model.index(1, DeskModel::Referral), DeskModel::RawRole).toInt() ==
              int(DeskModel::ReferralState::Waiting));
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        CHECK(model.rowCount() == 62);
        model.refresh();
        CHECK(model.rowCount() == 62);
    }
    qInstallMessageHandler(previous);
    INFO(g_modelWarnings.join(QLatin1Char('\n')).toStdString());
    CHECK(g_modelWarnings.isEmpty());
}

TEST_CASE("DeskModel shows the queue, the beneficiary, the step and the waiting time", "[gui]")
{
    DeskFixture f;
    DeskModel model(f.db(), f.workspace->session());
    model.reload();
    REQUIRE(model.rowCount() == 50);
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role);
    };

    // The first case arrived at 08:00 by phone: no ticket; not identified yet.
    // The second came in person at 08:01: ticket 1.
    CHECK(cell(0, DeskModel::QueueNumber, DeskModel::RawRole).toInt() == 0);
    CHECK(cell(0, DeskModel::QueueNumber).toString().isEmpty());
    CHECK(cell(1, DeskModel::QueueNumber, DeskModel::RawRole).toInt() == 1);
    CHECK(cell(1, DeskModel::QueueNumber).toString() == DeskText::number(1));
    CHECK(cell(0, DeskModel::Arrival, DeskModel::RawRole).toDateTime() == deskTime(kToday, 8, 0));
    CHECK(cell(0, DeskModel::Arrival).toString() == DeskText::time(deskTime(kToday, 8, 0)));
    CHECK(cell(0, DeskModel::Beneficiary).toString() == DeskModel::tr("Not identified yet"));
    CHECK(cell(1, DeskModel::Beneficiary).toString() ==
          QString::fromUtf8("سارة محمد علي القحطاني"));
    CHECK(cell(0, DeskModel::Channel).toString() == Domain::label(Channel::PhoneCall));
    CHECK(cell(1, DeskModel::Channel).toString() == Domain::label(Channel::Interview));
    CHECK(cell(0, DeskModel::Purpose).toString() == Domain::label(Purpose::ServiceRequest));
    CHECK(cell(0, DeskModel::Step).toString() == Domain::label(Step::Reception));
    CHECK(cell(1, DeskModel::Step).toString() == Domain::label(Step::Information));
    CHECK(cell(0, 0, DeskModel::CaseIdRole).toLongLong() == f.today.first().id);

    // Two hours since 08:00.
    CHECK(cell(0, DeskModel::Waiting, DeskModel::RawRole).toLongLong() == 2 * 3600);
    CHECK(cell(0, DeskModel::Waiting).toString() == DeskText::duration(2 * 3600));
    QSignalSpy changed(&model, &DeskModel::dataChanged);
    f.clock.clock().advanceSeconds(5 * 60);
    model.updateWaitingTimes();
    REQUIRE(changed.count() == 1);
    CHECK(changed.first().at(0).toModelIndex().column() == DeskModel::Waiting);
    CHECK(cell(0, DeskModel::Waiting, DeskModel::RawRole).toLongLong() == 2 * 3600 + 300);

    CHECK(model.headerData(DeskModel::Waiting, Qt::Horizontal).toString() ==
          DeskModel::tr("Waiting"));
}

TEST_CASE("DeskModel puts a case whose answer has come back at the top, marked", "[gui]")
{
    DeskFixture f;
    // The third case of today was referred and the officer answered.
    Case referred = f.today.at(2);
    Referral r;
    r.caseId = referred.id;
    r.question = QStringLiteral("هل يستحق؟");
    r.fromStep = Step::Information;
    const auto created = ReferralRepository(f.db()).create(r, f.userId());
    REQUIRE(created.ok());
    REQUIRE(ReferralRepository(f.db()).answer(created->id, QStringLiteral("نعم"), f.userId()).ok());
    referred.step = Step::Referral;
    REQUIRE(CaseRepository(f.db()).update(referred, f.userId()).ok());

    DeskModel model(f.db(), f.workspace->session());
    model.setPageSize(2); // the answered case arrived after the first page
    g_modelWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.reload();
    // First, whatever its arrival, then the others in arrival order.
    REQUIRE(model.caseIdAt(0) == referred.id);
    CHECK(model.pinnedCount() == 1);
    CHECK(model.caseIdAt(1) == f.today.at(0).id);
    CHECK(model.caseIdAt(2) == f.today.at(1).id);
    CHECK(model.totalCount() == f.today.size());
    const QModelIndex answered = model.index(0, DeskModel::Referral);
    CHECK(model.data(answered, DeskModel::RawRole).toInt() ==
          int(DeskModel::ReferralState::AnswerBack));
    CHECK(model.data(answered).toString() == DeskModel::tr("Answer received"));
    // The whole row is marked: tinted and bold.
    for (int column = 0; column < DeskModel::ColumnCount; ++column) {
        const QModelIndex cell = model.index(0, column);
        CHECK(cell.data(Qt::BackgroundRole).value<QBrush>().color() == DeskModel::answerTint());
        CHECK(cell.data(Qt::FontRole).value<QFont>().bold());
    }
    CHECK(model.index(1, DeskModel::Beneficiary).data(Qt::BackgroundRole).isNull());
    CHECK(model.data(model.index(1, DeskModel::Referral), DeskModel::RawRole).toInt() ==
          int(DeskModel::ReferralState::None));
    CHECK(model.data(model.index(1, DeskModel::Referral)).toString().isEmpty());
    // Read on: the case is listed once.
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    CHECK(model.rowCount() == f.today.size());

    // Picked up: back in its place by arrival, no longer marked.
    REQUIRE(ReferralRepository(f.db()).markPickedUp(created->id, f.userId()).ok());
    model.refresh();
    CHECK(model.pinnedCount() == 0);
    const int row = model.rowOfCase(referred.id);
    CHECK(row == 2);
    CHECK(model.data(model.index(row, DeskModel::Referral), DeskModel::RawRole).toInt() ==
          int(DeskModel::ReferralState::None));
    CHECK(model.index(row, 0).data(Qt::BackgroundRole).isNull());
    CHECK(model.rowCount() == f.today.size());
    qInstallMessageHandler(previous);
    INFO(g_modelWarnings.join(QLatin1Char('\n')).toStdString());
    CHECK(g_modelWarnings.isEmpty());
}

TEST_CASE("DeskModel refresh keeps the rows, adds new arrivals and drops closed cases", "[gui]")
{
    DeskFixture f;
    DeskModel model(f.db(), f.workspace->session());
    model.setPageSize(100);
    model.reload();
    REQUIRE(model.rowCount() == 60);
    QSignalSpy reset(&model, &DeskModel::modelReset);
    QSignalSpy inserted(&model, &DeskModel::rowsInserted);

    f.addCase(deskTime(kToday, 9, 59));
    model.refresh();
    CHECK(reset.isEmpty());
    CHECK(inserted.count() == 1);
    CHECK(model.rowCount() == 61);

    Case first = model.caseAt(0);
    first.status = CaseStatus::Withdrawn;
    first.closingReason = QStringLiteral("انسحب");
    REQUIRE(CaseRepository(f.db()).update(first, f.userId()).ok());
    model.refresh();
    CHECK(reset.count() == 1);
    CHECK(model.rowCount() == 60);
    CHECK(model.rowOfCase(first.id) == -1);
}

TEST_CASE("The desk view opens the highlighted case with Enter and loads more rows on scrolling",
          "[gui]")
{
    DeskFixture f;
    DeskPage desk(f.db(), f.workspace->session());
    desk.resize(1000, 400);
    desk.show();
    REQUIRE(QTest::qWaitForWindowExposed(&desk));
    auto *view = desk.findChild<QTableView *>(QStringLiteral("deskView"));
    REQUIRE(view);
    CHECK(view->model()->rowCount() == 50);
    view->setFocus();
    QSignalSpy opened(&desk, &DeskPage::caseActivated);
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.first().at(0).toLongLong() == f.today.at(1).id);

    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier); // the last row
    (void)QTest::qWaitFor([&] { return view->model()->rowCount() == 60; }, 2000);
    CHECK(view->model()->rowCount() == 60);
}

TEST_CASE("DeskModel stays fast with many cases stored", "[gui]")
{
    UiTest::ClockGuard clock;
    UiTest::Fixture f;
    // 30,000 past cases (a tenth still open) and 100 of today, written in bulk.
    BulkWriter writer(f.db());
    REQUIRE(writer.begin().ok());
    for (int i = 0; i < 30000; ++i) {
        Case c;
        c.arrivalAt = deskTime(kToday.addDays(-1 - i / 100), 8).addSecs(60 * (i % 100));
        c.status = i % 10 == 0 ? CaseStatus::Open : CaseStatus::Closed;
        c.step = Step::Survey;
        REQUIRE(writer.addCase(c).ok());
    }
    for (int i = 0; i < 100; ++i) {
        Case c;
        c.arrivalAt = deskTime(kToday, 8).addSecs(60 * i);
        REQUIRE(writer.addCase(c).ok());
    }
    REQUIRE(writer.finish(f.userId()).ok());

    DeskModel model(f.db(), f.workspace->session());
    QElapsedTimer timer;
    timer.start();
    model.reload();
    const qint64 todayMs = timer.restart();
    CHECK(model.totalCount() == 100);
    model.setScope(DeskModel::Scope::AllOpen);
    model.fetchMore(QModelIndex());
    model.refresh();
    const qint64 allOpenMs = timer.elapsed();
    CHECK(model.totalCount() == 3100);
    CHECK(model.rowCount() == 100);
    INFO("today " << todayMs << " ms, every open case " << allOpenMs << " ms");
    CHECK(todayMs < 500);
    CHECK(allOpenMs < 1500);
}

TEST_CASE("The desk reads the list again when another desk opens a case", "[gui]")
{
    DeskFixture f;
    DeskPage desk(f.db(), f.workspace->session());
    REQUIRE(desk.model()->totalCount() == 60);

    // Another desk: a second connection to the same database.
    Database other;
    REQUIRE(other.open(f.db().path()).ok());
    Case c;
    c.arrivalAt = deskTime(kToday, 9, 58);
    c.receivedBy = f.userId();
    REQUIRE(CaseRepository(other).create(c, f.userId()).ok());

    REQUIRE(QTest::qWaitFor([&] { return desk.model()->totalCount() == 61; }, 3000));
    CHECK(desk.model()->rowCount() == 50); // the rows read so far stay; more on scrolling
}
