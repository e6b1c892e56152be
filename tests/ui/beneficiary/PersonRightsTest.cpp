// A person's file and their rights over their data (issue 13): the manager
// goes from the file to that person's data requests and records a new one
// for them; the requests page narrows to one person and back; the privacy
// notice is printed or saved from the file, never onto the database.
#include "OfficeSupport.h"

#include "core/DeskText.h"
#include "services/DataRequestDesk.h"
#include "ui/admin/DataRequestDialog.h"
#include "ui/admin/DataRequestModel.h"
#include "ui/admin/DataRequestsPage.h"
#include "ui/beneficiary/BeneficiaryFilePage.h"
#include "ui/widgets/DocumentPrinting.h"
#include "ui/widgets/Message.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

using namespace UiTest;

namespace {

void record(Office &office, qint64 person, DataRequest::Kind kind)
{
    DataRequest r;
    r.beneficiaryId = person;
    r.kind = kind;
    r.channel = Channel::Letter;
    r.receivedOn = Clock::instance().today().addDays(-3);
    const auto recorded =
        DataRequestDesk(office.db(), office.sessionOf(QStringLiteral("manager"))).record(r);
    INFO(recorded.error().toStdString());
    REQUIRE(recorded.ok());
}

} // namespace

TEST_CASE("From a person's file the manager reaches their data requests and records one for "
          "them",
          "[ui][privacy]")
{
    Office office;
    const qint64 hind = office.registeredPerson();
    const qint64 lama =
        office.registeredPerson(QStringLiteral("1000000016"), QString::fromUtf8("لمى"));
    record(office, hind, DataRequest::Kind::Copy);
    record(office, lama, DataRequest::Kind::Correction);

    // The desk has no way to the requests (not theirs to handle).
    {
        MainWindow &desk = office.signIn(QStringLiteral("reception"));
        CHECK_FALSE(child<QPushButton>(openFile(desk, hind), "personRequestsButton")->isVisible());
        office.signOut();
    }

    MainWindow &window = office.signIn(QStringLiteral("manager"));
    BeneficiaryFilePage *file = openFile(window, hind);
    auto *requests = child<QPushButton>(file, "personRequestsButton");
    REQUIRE(requests->isVisible());
    QTest::mouseClick(requests, Qt::LeftButton);
    auto *page = child<DataRequestsPage>(&window, "dataRequestsPage");
    REQUIRE(window.currentPage() == page);
    CHECK(page->shownPerson() == hind);
    auto *view = child<QTableView>(page, "requestView");
    REQUIRE(view->model()->rowCount() == 1);
    CHECK(page->model()->requestAt(0)->request.beneficiaryId == hind);
    CHECK(child<QLabel>(page, "personFilterLabel")->text().contains(QString::fromUtf8("هند")));
    // The caption's 30 days in the window's digits (Arabic here).
    const QString intro = child<QLabel>(page, "requestsIntroLabel")->text();
    CHECK(intro.contains(DeskText::number(30)));
    CHECK_FALSE(intro.contains(QStringLiteral("30")));

    // A new request is for her already: nobody to search for.
    QTest::mouseClick(child<QPushButton>(page, "newRequestButton"), Qt::LeftButton);
    auto *dialog = page->findChild<DataRequestDialog *>(QStringLiteral("dataRequestDialog"));
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(dialog->chosenBeneficiary() == hind);
    CHECK(child<QLabel>(dialog, "personValue")->text().contains(QString::fromUtf8("هند")));
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    REQUIRE(waitFor([&] { return view->model()->rowCount() == 2; }));
    for (int row = 0; row < 2; ++row)
        CHECK(page->model()->requestAt(row)->request.beneficiaryId == hind);

    // Everyone's again, then only the person on the chosen line.
    QTest::mouseClick(child<QPushButton>(page, "everyoneButton"), Qt::LeftButton);
    CHECK(page->shownPerson() == 0);
    REQUIRE(view->model()->rowCount() == 3);
    int lamasRow = -1;
    for (int row = 0; row < 3; ++row) {
        if (page->model()->requestAt(row)->request.beneficiaryId == lama)
            lamasRow = row;
    }
    REQUIRE(lamasRow >= 0);
    view->setCurrentIndex(view->model()->index(lamasRow, 0));
    auto *only = child<QPushButton>(page, "personOnlyButton");
    REQUIRE(only->isVisible());
    QTest::mouseClick(only, Qt::LeftButton);
    CHECK(page->shownPerson() == lama);
    REQUIRE(view->model()->rowCount() == 1);
    CHECK(page->model()->requestAt(0)->request.beneficiaryId == lama);
}

TEST_CASE("The privacy notice is printed or saved from a person's file", "[ui][privacy]")
{
    Office office;
    const qint64 hind = office.registeredPerson();
    MainWindow &desk = office.signIn(QStringLiteral("reception"));
    BeneficiaryFilePage *file = openFile(desk, hind);
    auto *button = child<QPushButton>(file, "filePrivacyNoticeButton");
    REQUIRE(button->isVisible());
    auto *message = child<QLabel>(file, "fileMessage");
    auto *save = file->findChild<QAction *>(QStringLiteral("savePrivacyNoticeAction"));
    auto *print = file->findChild<QAction *>(QStringLiteral("printPrivacyNoticeAction"));
    REQUIRE((save && print));

    const QString saved = office.dir.filePath(QStringLiteral("notice.pdf"));
    DocumentPrinting::setNextSaveFileName(saved);
    save->trigger();
    QFile pdf(saved);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
    CHECK_FALSE(Message::isError(message));
    CHECK(
        message->text().contains(QChar(0x2066) + QDir::toNativeSeparators(saved) + QChar(0x2069)));

    const QString printed = office.dir.filePath(QStringLiteral("printed.pdf"));
    DocumentPrinting::setNextPrintToPdf(printed);
    print->trigger();
    CHECK(QFile::exists(printed));

    // Never onto the database the window has open.
    if (!TestDb::isPostgres()) {
        const QString database = office.dir.filePath(QStringLiteral("istiqbal.sqlite"));
        const qint64 size = QFileInfo(database).size();
        DocumentPrinting::setNextSaveFileName(database);
        save->trigger();
        CHECK(Message::isError(message));
        CHECK(QFileInfo(database).size() == size);
        QFile still(database);
        REQUIRE(still.open(QIODevice::ReadOnly));
        CHECK(still.read(15) == QByteArray("SQLite format 3"));
    }
    DocumentPrinting::clearSeams();
}
