// The data requests page driven as the manager uses it: reached from the
// navigation bar, a request recorded through the dialog (the person found by
// name), the overdue one in red, a request closed with its outcome; and the
// request in the administrator's follow-ups, closed from there.
#include "OfficeSupport.h"

#include "core/DeskText.h"
#include "services/DataRequestDesk.h"
#include "services/FollowUpList.h"
#include "storage/BeneficiaryRepository.h"
#include "ui/admin/DataRequestCloseDialog.h"
#include "ui/admin/DataRequestDialog.h"
#include "ui/admin/DataRequestModel.h"
#include "ui/admin/DataRequestsPage.h"
#include "ui/beneficiary/BeneficiarySearchPanel.h"
#include "ui/followup/FollowUpDoneDialog.h"
#include "ui/followup/FollowUpModel.h"
#include "ui/followup/FollowUpsPage.h"
#include "ui/widgets/AttentionColour.h"
#include "ui/widgets/DualDateEdit.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

namespace {

qint64 person(Database &db, qint64 serial, const QString &first)
{
    Beneficiary b;
    b.name = {first, QStringLiteral("عبدالله"), QStringLiteral("سعد"), QStringLiteral("الشمري")};
    b.idType = IdType::NationalId;
    b.idNumber = UiTest::nationalId(serial);
    b.gender = Gender::Female;
    b.birthDate = QDate(1985, 3, 1);
    b.city = QStringLiteral("الرياض");
    b.familySize = 3;
    b.consentGiven = true;
    b.consentPurpose = QStringLiteral("services");
    const auto made = BeneficiaryRepository(db).create(b, 0);
    INFO(made.error().toStdString());
    REQUIRE(made.ok());
    return made->id;
}

} // namespace

TEST_CASE("The manager records and closes people's data requests on their page", "[gui][shared]")
{
    UiTest::Office office;
    const QDate today = Clock::instance().today();
    const qint64 huda = person(office.db(), 11, QString::fromUtf8("هدى"));
    const qint64 mona = person(office.db(), 12, QString::fromUtf8("منى"));
    {
        // Received 40 days ago: overdue by ten days.
        const Session manager = office.sessionOf(QStringLiteral("manager"));
        DataRequest late;
        late.beneficiaryId = mona;
        late.kind = DataRequest::Kind::Correction;
        late.channel = Channel::Letter;
        late.receivedOn = today.addDays(-40);
        REQUIRE(DataRequestDesk(office.db(), manager).record(late).ok());
    }

    MainWindow &w = office.signIn(QStringLiteral("manager"));
    UiTest::clickNavigation(w, "dataRequestsAction");
    auto *page = UiTest::child<DataRequestsPage>(&w, "dataRequestsPage");
    REQUIRE(w.currentPage() == page);
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    auto *view = UiTest::child<QTableView>(page, "requestView");
    REQUIRE(view->model()->rowCount() == 1);
    const QModelIndex standing = view->model()->index(0, DataRequestModel::Standing);
    CHECK(standing.data().toString().contains(DeskText::number(10)));
    CHECK(standing.data(Qt::ForegroundRole).value<QBrush>().color() == AttentionColour::red());
    CHECK(view->model()->index(0, DataRequestModel::Due).data().toString() ==
          DeskText::date(today.addDays(-10)));

    // A new request: Huda found by her name, a copy, by phone, received yesterday.
    QTest::mouseClick(UiTest::child<QPushButton>(page, "newRequestButton"), Qt::LeftButton);
    auto *dialog = page->findChild<DataRequestDialog *>(QStringLiteral("dataRequestDialog"));
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    UiTest::typeInto(dialog, "searchEdit", QString::fromUtf8("هدى الشمري"));
    dialog->searchPanel()->searchNow();
    REQUIRE(dialog->searchPanel()->resultCount() == 1);
    QTest::keyClick(UiTest::child<QLineEdit>(dialog, "searchEdit"), Qt::Key_Return);
    CHECK(dialog->chosenBeneficiary() == huda);
    CHECK(UiTest::child<QLabel>(dialog, "personValue")->text().contains(QString::fromUtf8("هدى")));
    auto *kind = UiTest::child<QComboBox>(dialog, "kindCombo");
    kind->setCurrentIndex(kind->findData(int(DataRequest::Kind::Copy)));
    auto *channel = UiTest::child<QComboBox>(dialog, "channelCombo");
    channel->setCurrentIndex(channel->findData(int(Channel::PhoneCall)));

    // A date after today is refused in words; the dialog stays.
    const QDate yesterday = today.addDays(-1);
    QLineEdit *dateField = UiTest::child<DualDateEdit>(dialog, "receivedDateEdit")->lineEdit();
    const auto typeDate = [&](const QDate &day) {
        dateField->setFocus();
        dateField->selectAll();
        QTest::keyClick(dateField, Qt::Key_Delete);
        UiTest::type(dateField, day.toString(Qt::ISODate));
    };
    typeDate(today.addDays(2));
    QTest::mouseClick(
        UiTest::child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK_FALSE(UiTest::child<QLabel>(dialog, "dialogMessage")->text().isEmpty());

    typeDate(yesterday);
    CHECK(UiTest::child<QLabel>(dialog, "dueValue")->text() ==
          DeskText::date(yesterday.addDays(30)));
    UiTest::child<QPlainTextEdit>(dialog, "detailsEdit")
        ->setPlainText(QString::fromUtf8("تطلب نسخة من ملفها"));
    QTest::mouseClick(
        UiTest::child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    REQUIRE(UiTest::waitFor([&] { return view->model()->rowCount() == 2; }));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(page->findChild<DataRequestDialog *>() == nullptr);

    // The overdue one comes first; the new one is due in 29 days, not red.
    const auto second = page->model()->requestAt(1);
    REQUIRE(second);
    CHECK(second->request.beneficiaryId == huda);
    CHECK(second->request.dueOn == yesterday.addDays(30));
    CHECK_FALSE(view->model()->index(1, 0).data(Qt::ForegroundRole).isValid());

    // Close the overdue correction with what was done.
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::mouseClick(UiTest::child<QPushButton>(page, "closeRequestButton"), Qt::LeftButton);
    auto *closing =
        page->findChild<DataRequestCloseDialog *>(QStringLiteral("dataRequestCloseDialog"));
    REQUIRE(closing);
    auto *ok = UiTest::child<QDialogButtonBox>(closing, "buttonBox")->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled()); // nothing written yet
    UiTest::child<QPlainTextEdit>(closing, "outcomeEdit")
        ->setPlainText(QString::fromUtf8("صُحّح الحي في ملفها"));
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    REQUIRE(UiTest::waitFor([&] { return view->model()->rowCount() == 1; }));
    CHECK(page->model()->requestAt(0)->request.beneficiaryId == huda);

    // All requests: the closed one shows, closed today.
    page->showAll(true);
    REQUIRE(view->model()->rowCount() == 2);
    CHECK(page->model()->requestAt(1)->request.outcome == QString::fromUtf8("صُحّح الحي في ملفها"));

    const Session manager = office.sessionOf(QStringLiteral("manager"));
    DataRequestQuery all;
    all.state = DataRequestQuery::State::All;
    const auto stored = DataRequestDesk(office.db(), manager).list(all);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 2);
    CHECK(stored->at(0).request.details == QString::fromUtf8("تطلب نسخة من ملفها"));
}

TEST_CASE("The administrator sees a request falling due in the follow-ups and closes it there",
          "[gui][shared]")
{
    UiTest::Office office;
    const QDate today = Clock::instance().today();
    const qint64 huda = person(office.db(), 21, QString::fromUtf8("هدى"));
    const Session manager = office.sessionOf(QStringLiteral("manager"));
    DataRequest r;
    r.beneficiaryId = huda;
    r.kind = DataRequest::Kind::Destruction;
    r.channel = Channel::Interview;
    r.receivedOn = today.addDays(-(DataRequest::answerDays - 3)); // due in three days
    const auto made = DataRequestDesk(office.db(), manager).record(r);
    REQUIRE(made.ok());

    const QString refused = UiTest::signIn(*office.flow, QStringLiteral("admin"),
                                           QStringLiteral("the administrator's password"));
    INFO(refused.toStdString());
    REQUIRE(refused.isEmpty());
    MainWindow &w = *office.flow->window();
    w.resize(1366, 768);
    UiTest::clickNavigation(w, "followUpsAction");
    auto *page = UiTest::child<FollowUpsPage>(&w, "followUpsPage");
    FollowUpModel *model = page->model();
    REQUIRE(model->rowCount() == 1); // the administrator sees no desk work, only the request
    const FollowUp item = model->itemAt(0);
    CHECK(item.kind == FollowUp::Kind::DataRequestDue);
    CHECK(item.due == today.addDays(3));
    CHECK(model->index(0, FollowUpModel::Subject).data().toString() ==
          DataRequestKinds::label(DataRequest::Kind::Destruction));
    CHECK_FALSE(model->isOverdue(0));

    REQUIRE(page->selectItem(FollowUp::Kind::DataRequestDue, made->id));
    auto *done = UiTest::child<QPushButton>(page, "markDoneButton");
    REQUIRE(done->isVisible());
    REQUIRE(done->isEnabled());
    FollowUpDoneDialog::setNextAnswer(QString::fromUtf8("أُتلفت بياناتها بعد التحقق من طلبها"));
    QTest::mouseClick(done, Qt::LeftButton);
    CHECK(model->rowCount() == 0);
    const auto closed = DataRequestDesk(office.db(), manager).get(made->id);
    REQUIRE(closed.ok());
    CHECK_FALSE(closed->isOpen());
    CHECK(closed->outcome == QString::fromUtf8("أُتلفت بياناتها بعد التحقق من طلبها"));
    FollowUpDoneDialog::clearSeam();
}
