// The breach report from the audit page, driven as the manager uses it: the
// button on the page, the dialog's count of the last week, the report saved as
// CSV and as PDF (recorded, then listed in the log), a wrong range refused in
// words. With ISTIQBAL_SCREENSHOT_DIR set, the dialog is grabbed to a PNG and
// the PDF left beside it, to be looked at.
#include "OfficeSupport.h"

#include "core/DeskText.h"
#include "services/BeneficiaryRecords.h"
#include "storage/BeneficiaryRepository.h"
#include "ui/admin/AuditModel.h"
#include "ui/admin/AuditPage.h"
#include "ui/admin/BreachReportDialog.h"
#include "ui/widgets/DualDateEdit.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTimer>

namespace {

qint64 person(Database &db, qint64 serial, const QString &first)
{
    Beneficiary b;
    b.name = {first, QStringLiteral("عبدالله"), QStringLiteral("سعد"), QStringLiteral("العتيبي")};
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

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("The manager saves the breach report from the audit page", "[gui][shared][breach]")
{
    UiTest::Office office;
    const qint64 huda = person(office.db(), 21, QString::fromUtf8("هدى"));
    const qint64 reem = person(office.db(), 22, QString::fromUtf8("ريم"));
    {
        const Session officer = office.sessionOf(QStringLiteral("officer"));
        REQUIRE(BeneficiaryRecords(office.db(), officer).open(huda).ok());
        REQUIRE(BeneficiaryRecords(office.db(), officer).open(reem).ok());
    }

    MainWindow &w = office.signIn(QStringLiteral("manager"));
    UiTest::clickNavigation(w, "auditAction");
    auto *page = qobject_cast<AuditPage *>(w.currentPage());
    REQUIRE(page);
    auto *button = UiTest::child<QPushButton>(page, "breachReportButton");
    REQUIRE(button->isVisible());

    QTemporaryDir out;
    const QString csv = out.filePath(QStringLiteral("breach.csv"));
    const QString pdf = out.filePath(QStringLiteral("breach.pdf"));
    bool driven = false;
    QTimer::singleShot(0, page, [&] {
        BreachReportDialog *dialog = page->breachDialog();
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        // The last week is offered: the two people seen, by one officer.
        auto *counted = UiTest::child<QLabel>(dialog, "breachCountLabel");
        CHECK(counted->text().contains(DeskText::number(2)));
        CHECK(UiTest::child<DualDateEdit>(dialog, "breachToEdit")->date() ==
              Clock::instance().today());

        BreachReportDialog::setNextPath(csv);
        QTest::mouseClick(UiTest::child<QPushButton>(dialog, "breachCsvButton"), Qt::LeftButton);
        auto *outcome = UiTest::child<QLabel>(dialog, "breachOutcomeLabel");
        CHECK(outcome->text().contains(QStringLiteral("breach.csv")));
        BreachReportDialog::setNextPath(pdf);
        QTest::mouseClick(UiTest::child<QPushButton>(dialog, "breachPdfButton"), Qt::LeftButton);
        CHECK(outcome->text().contains(QStringLiteral("breach.pdf")));
        const QByteArray shots = qgetenv("ISTIQBAL_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            dialog->grab().save(QString::fromLocal8Bit(shots) +
                                QStringLiteral("/breach-dialog.png"));
            QFile::copy(pdf, QString::fromLocal8Bit(shots) + QStringLiteral("/breach-report.pdf"));
        }

        // A range that ends before it starts is refused in words; nothing saved.
        dialog->setRange(Clock::instance().today(), Clock::instance().today().addDays(-3));
        CHECK(counted->text().contains(QStringLiteral("قبل")));
        CHECK_FALSE(UiTest::child<QPushButton>(dialog, "breachCsvButton")->isEnabled());
        driven = true;
        dialog->reject();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(driven);
    CHECK_FALSE(page->breachDialog());

    QFile saved(csv);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    CHECK(bytes.contains(QString::fromUtf8("هدى").toUtf8()));
    CHECK(bytes.contains(QString::fromUtf8("ريم").toUtf8()));
    QFile printed(pdf);
    REQUIRE(printed.open(QIODevice::ReadOnly));
    CHECK(printed.read(5) == QByteArray("%PDF-"));
    CHECK(count(office.db(),
                QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'breach.report'")) ==
          2);
    // The log, read again, starts with the report just saved.
    REQUIRE(page->model()->rowCount() > 0);
    CHECK(page->model()->entryAt(0).action == QStringLiteral("breach.report"));
}
