#include "OfficeSupport.h"
#include "core/DeskText.h"

#include "services/BeneficiaryRecords.h"
#include "ui/beneficiary/BeneficiaryFilePage.h"
#include "ui/beneficiary/FieldHistoryPanel.h"
#include "ui/beneficiary/WhoLookedPanel.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>

using namespace UiTest;

namespace {

// Registered by the desk, whose phone the desk then corrected.
qint64 corrected(Office &office)
{
    const qint64 id = office.registeredPerson();
    const Session desk = office.sessionOf(QStringLiteral("reception"));
    BeneficiaryDesk beneficiaries(office.db(), desk);
    const Result<Beneficiary> saved = BeneficiaryRecords(office.db(), desk).get(id);
    REQUIRE(saved.ok());
    Beneficiary changed = *saved;
    changed.phone = QStringLiteral("0559876543");
    const Result<Beneficiary> again = beneficiaries.updateBeneficiary(changed);
    INFO(again.error().toStdString());
    REQUIRE(again.ok());
    return id;
}

QString cell(QTableWidget *table, int row, int column)
{
    QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

qint64 views(Office &office, qint64 person, const QString &username)
{
    QSqlQuery q(office.db().connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log a JOIN users u ON u.id = a.user_id "
                             "WHERE a.action = 'person.view' AND a.entity = 'beneficiary' AND "
                             "a.entity_id = ? AND u.username = ?"));
    q.addBindValue(person);
    q.addBindValue(username);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("The file shows each correction and, to the manager, who looked", "[ui][wholooked]")
{
    Office office;
    const qint64 person = corrected(office);

    {
        MainWindow &desk = office.signIn(QStringLiteral("reception"));
        BeneficiaryFilePage *file = openFile(desk, person);
        CHECK(views(office, person, QStringLiteral("reception")) == 1);
        auto *history = child<QTableWidget>(file, "fieldHistoryTable");
        REQUIRE(history->rowCount() == 1);
        CHECK(cell(history, 0, 1) == QString::fromUtf8("مكتب الاستقبال"));
        CHECK(cell(history, 0, 2) == QString::fromUtf8("الجوال"));
        CHECK(cell(history, 0, 3).contains(DeskText::digits(QStringLiteral("0551234567"))));
        CHECK(cell(history, 0, 4).contains(DeskText::digits(QStringLiteral("0559876543"))));
        // Who looked is not the desk's to read: its tab is not offered.
        auto *tabs = child<QTabWidget>(file, "personDataTabs");
        CHECK_FALSE(
            tabs->isTabVisible(tabs->indexOf(child<WhoLookedPanel>(file, "whoLookedPanel"))));
        // Reading the file again after a change records no new opening.
        file->reload();
        CHECK(views(office, person, QStringLiteral("reception")) == 1);
        office.signOut();
    }

    MainWindow &window = office.signIn(QStringLiteral("manager"));
    BeneficiaryFilePage *file = openFile(window, person);
    CHECK(views(office, person, QStringLiteral("manager")) == 1);
    auto *tabs = child<QTabWidget>(file, "personDataTabs");
    auto *panel = child<WhoLookedPanel>(file, "whoLookedPanel");
    REQUIRE(tabs->isTabVisible(tabs->indexOf(panel)));
    tabs->setCurrentWidget(panel);
    auto *looked = child<QTableWidget>(panel, "whoLookedTable");
    // Newest first: the manager's own opening, the desk's, the correction,
    // the registration.
    REQUIRE(looked->rowCount() == 4);
    CHECK(cell(looked, 0, 1) == QString::fromUtf8("المديرة"));
    CHECK(cell(looked, 0, 2) == QString::fromUtf8("فُتح ملف الشخص"));
    CHECK(cell(looked, 1, 1) == QString::fromUtf8("مكتب الاستقبال"));
    CHECK(cell(looked, 1, 2) == QString::fromUtf8("فُتح ملف الشخص"));
    CHECK(cell(looked, 2, 2).contains(QString::fromUtf8("الجوال")));

    // The copy of the person's data, saved where the manager chose.
    auto *copy = child<QPushButton>(panel, "copyButton");
    REQUIRE(copy->isVisible());
    const QString path = office.dir.filePath(QStringLiteral("copy.pdf"));
    BeneficiaryFilePage::setNextCopyPath(path);
    QTest::mouseClick(copy, Qt::LeftButton);
    QFile saved(path);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(saved.read(5) == QByteArray("%PDF-"));
    // The path kept whole, left to right, inside the Arabic sentence.
    CHECK(child<QLabel>(panel, "whoLookedNote")
              ->text()
              .contains(QChar(0x2066) + QDir::toNativeSeparators(path) + QChar(0x2069)));
    REQUIRE(looked->rowCount() == 5);
    CHECK(cell(looked, 0, 2).startsWith(QString::fromUtf8("صُنعت نسخة من بيانات الشخص")));
    CHECK(cell(looked, 0, 1) == QString::fromUtf8("المديرة"));
}

TEST_CASE("The desk is not offered a copy of a person's data", "[ui][wholooked]")
{
    Office office;
    const qint64 person = corrected(office);
    MainWindow &desk = office.signIn(QStringLiteral("reception"));
    BeneficiaryFilePage *file = openFile(desk, person);
    CHECK_FALSE(child<QPushButton>(file, "copyButton")->isVisible());
    // Called anyway, the service refuses in words and writes nothing.
    const QString path = office.dir.filePath(QStringLiteral("copy.pdf"));
    const Status refused = file->saveCopy(path);
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(refused.error().isEmpty());
    CHECK_FALSE(QFile::exists(path));
}
