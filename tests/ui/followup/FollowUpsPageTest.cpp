// The follow-ups list: what is due, overdue first and marked, each item
// opening the right place in one action, and marked done with a note; and the
// models of the officer's lists checked with QAbstractItemModelTester.
#include "OfficerSupport.h"

#include "core/DeskText.h"
#include "services/DeskQueries.h"
#include "services/FollowUpList.h"
#include "storage/DocumentRepository.h"
#include "ui/beneficiary/BeneficiaryFilePage.h"
#include "ui/followup/FollowUpDoneDialog.h"
#include "ui/followup/FollowUpModel.h"
#include "ui/followup/FollowUpsPage.h"
#include "ui/officer/ApprovalQueueModel.h"
#include "ui/officer/EligibilityReviewModel.h"
#include "ui/officer/ReferralQueueModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>

using OfficerTest::ok;

namespace {

const QDate kToday(2026, 11, 22); // the fixed clock's day

// A referral answered three days ago that the desk has not picked up
// (overdue), and a document of another beneficiary with an open case that
// expires in ten days (due then).
struct FollowUpFixture : OfficerTest::Fixture
{
    qint64 referredCase = 0;
    qint64 documentOwner = 0;
    qint64 document = 0;

    FollowUpFixture()
    {
        clock.clock().set(UiTest::deskTime(kToday.addDays(-3), 11));
        referredCase = answeredReferral(2);
        clock.clock().set(UiTest::deskTime(kToday, 10));

        const qint64 open = foodCase(1);
        documentOwner = ok(DeskQueries(db(), *reception).loadContext(open)).theCase.beneficiaryId;
        Document proof;
        proof.beneficiaryId = documentOwner;
        proof.typeCode = QStringLiteral("income_proof");
        proof.provided = true;
        proof.expiry = kToday.addDays(10);
        document = ok(DocumentRepository(db()).save(proof, userId())).id;
    }
};

QStringList g_modelWarnings;
void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_modelWarnings << message;
}

} // namespace

TEST_CASE("Follow-ups: overdue first and marked, each opens its place, done with a note", "[gui]")
{
    FollowUpFixture f;
    f.signInAs(QStringLiteral("reception"), {Role::Receptionist});
    MainWindow &w = f.open();
    auto *action = f.find<QAction>(&w, QStringLiteral("followUpsAction"));
    REQUIRE(action->isVisible());
    action->trigger();
    auto *page = f.find<FollowUpsPage>(&w, QStringLiteral("followUpsPage"));
    REQUIRE(w.currentPage() == page);

    FollowUpModel *model = page->model();
    REQUIRE(model->rowCount() == 2);
    // The overdue referral answer first, marked; the document after it.
    CHECK(model->itemAt(0).kind == FollowUp::Kind::ReferralAnswer);
    CHECK(model->itemAt(0).caseId == f.referredCase);
    CHECK(model->isOverdue(0));
    CHECK(model->index(0, FollowUpModel::Standing).data().toString() ==
          FollowUpModel::tr("Overdue by %Ln day(s)", "", 3));
    CHECK(model->index(0, FollowUpModel::Kind).data(Qt::BackgroundRole).isValid());
    CHECK(model->index(0, FollowUpModel::Due).data().toString() ==
          DeskText::date(kToday.addDays(-3)));
    CHECK(model->index(0, FollowUpModel::Phone).data().toString() ==
          DeskText::digits(QStringLiteral("0550000002")));
    CHECK(model->itemAt(1).kind == FollowUp::Kind::DocumentExpiring);
    CHECK_FALSE(model->isOverdue(1));
    CHECK_FALSE(model->index(1, FollowUpModel::Kind).data(Qt::BackgroundRole).isValid());
    CHECK(model->index(1, FollowUpModel::Standing).data().toString() ==
          FollowUpModel::tr("Due in %Ln day(s)", "", 10));
    CHECK(model->index(1, FollowUpModel::Subject).data().toString() ==
          QString::fromUtf8("إثبات الدخل"));
    CHECK(model->index(1, FollowUpModel::Kind).data().toString() ==
          FollowUpList::kindLabel(FollowUp::Kind::DocumentExpiring));
    CHECK(model->overdueCount() == 1);

    // The referral answer opens its case.
    auto *view = f.find<QTableView>(page, QStringLiteral("followUpView"));
    QSignalSpy requested(&w, &MainWindow::caseRequested);
    REQUIRE(page->selectItem(FollowUp::Kind::ReferralAnswer, model->itemAt(0).refId));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    REQUIRE(requested.count() == 1);
    CHECK(requested.first().at(0).toLongLong() == f.referredCase);

    // Shown one kind at a time.
    page->showKind(FollowUp::Kind::DocumentExpiring);
    CHECK(page->shown()->rowCount() == 1);
    page->showKind(std::nullopt);
    CHECK(page->shown()->rowCount() == 2);

    // Marked done with a note: it leaves the list, the note is kept and audited.
    REQUIRE(page->selectItem(FollowUp::Kind::ReferralAnswer, model->itemAt(0).refId));
    FollowUpDoneDialog::setNextAnswer(QString::fromUtf8("اتصلت بالمستفيدة وأبلغتها بالجواب"));
    QTest::mouseClick(f.find<QPushButton>(page, QStringLiteral("markDoneButton")), Qt::LeftButton);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->itemAt(0).kind == FollowUp::Kind::DocumentExpiring);
    CHECK(f.auditCount(QStringLiteral("followup.done")) == 1);
    CHECK(page->currentItem().has_value());

    // Cancelled: nothing is marked.
    FollowUpDoneDialog::setNextAnswer(std::nullopt);
    CHECK_FALSE(page->markCurrentDone());
    CHECK(model->rowCount() == 1);

    // The document opens the beneficiary's file, in one action.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(w.currentPage() == w.beneficiaryFile());
    CHECK(w.beneficiaryFile()->beneficiaryId() == f.documentOwner);
}

TEST_CASE("The mark-done dialog waits for a note", "[gui]")
{
    FollowUpDoneDialog dialog({QStringLiteral("kind"), QString::fromUtf8("فاطمة"),
                               QStringLiteral("subject"), QStringLiteral("due")});
    dialog.show();
    QPushButton *okButton = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                                ->button(QDialogButtonBox::Ok);
    CHECK_FALSE(okButton->isEnabled());
    auto *note = dialog.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    REQUIRE(note);
    UiTest::type(note, QStringLiteral("   "));
    CHECK_FALSE(okButton->isEnabled());
    UiTest::type(note, QString::fromUtf8("تم الاتصال"));
    CHECK(okButton->isEnabled());
    CHECK(dialog.note() == QString::fromUtf8("تم الاتصال"));
}

TEST_CASE("The officer's list models pass QAbstractItemModelTester, page by page", "[gui]")
{
    FollowUpFixture f;
    for (int i = 0; i < 3; ++i)
        ok(CaseDesk(f.db(), *f.reception).refer(f.foodCase(10 + i), QString::fromUtf8("سؤال")));
    for (int i = 0; i < 3; ++i)
        f.blockedCase(20 + i);

    g_modelWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    {
        ReferralQueueModel referrals(f.db(), *f.officer);
        QAbstractItemModelTester tester(&referrals,
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        referrals.setPageSize(2);
        referrals.reload();
        CHECK(referrals.rowCount() == 2);
        CHECK(referrals.canFetchMore(QModelIndex()));
        referrals.fetchMore(QModelIndex());
        CHECK(referrals.rowCount() == 3);
        CHECK_FALSE(referrals.canFetchMore(QModelIndex()));
        referrals.refresh();
        CHECK(referrals.rowCount() == 3);
        referrals.updateWaitingTimes();
        for (int c = 0; c < ReferralQueueModel::ColumnCount; ++c)
            CHECK_FALSE(referrals.headerData(c, Qt::Horizontal).toString().isEmpty());
        CHECK(referrals.index(0, 0).data(ReferralQueueModel::CaseIdRole).toLongLong() > 0);
    }
    {
        EligibilityReviewModel blocked(f.db(), *f.officer);
        QAbstractItemModelTester tester(&blocked,
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        blocked.setPageSize(2);
        blocked.reload();
        CHECK(blocked.rowCount() == 2);
        while (blocked.canFetchMore(QModelIndex()))
            blocked.fetchMore(QModelIndex());
        CHECK(blocked.rowCount() == 3);
        CHECK(blocked.index(0, EligibilityReviewModel::FailedRules)
                  .data(EligibilityReviewModel::RawRole) == 1);
        blocked.refresh();
        CHECK(blocked.rowCount() == 3);
    }
    {
        ApprovalQueueModel approvals(f.db(), *f.officer);
        QAbstractItemModelTester tester(&approvals,
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        approvals.reload();
        CHECK(approvals.rowCount() == 0);
        CHECK_FALSE(approvals.canFetchMore(QModelIndex()));
    }
    {
        FollowUpModel followUps(f.db(), *f.reception);
        QAbstractItemModelTester tester(&followUps,
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        followUps.setPageSize(1);
        followUps.reload();
        CHECK(followUps.rowCount() == 1);
        CHECK(followUps.totalCount() == 2);
        followUps.fetchMore(QModelIndex());
        CHECK(followUps.rowCount() == 2);
        followUps.retranslate();
        followUps.refresh();
        CHECK(followUps.rowCount() == 2);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&followUps);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
        proxy.setFilterRole(FollowUpModel::RawRole);
        proxy.setFilterKeyColumn(FollowUpModel::Kind);
        proxy.setFilterRegularExpression(
            QStringLiteral("^%1$").arg(int(FollowUp::Kind::DocumentExpiring)));
        CHECK(proxy.rowCount() == 1);
    }
    qInstallMessageHandler(previous);
    INFO(g_modelWarnings.join(QLatin1Char('\n')).toStdString());
    CHECK(g_modelWarnings.isEmpty());
}
