// The privacy notice where consent is recorded (case step 2): the manager's
// text written on the catalogue's tab, then the desk's "Privacy notice…"
// button saving and printing it as a one-page Arabic PDF.
#include "CasePageTestSupport.h"

#include "services/PrivacyNoticeDesk.h"
#include "ui/beneficiary/BeneficiaryEditor.h"
#include "ui/beneficiary/PrivacyNoticeMenu.h"
#include "ui/catalogue/PrivacyNoticePanel.h"
#include "ui/widgets/DocumentPrinting.h"

#include <QAction>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QTemporaryDir>

using namespace CaseTest;

TEST_CASE("The manager's privacy notice is saved and printed from where consent is recorded",
          "[gui]")
{
    ScreenFixture f;
    UserRepository users(f.db());
    User manager;
    manager.username = QStringLiteral("manager");
    manager.displayName = u8("المديرة");
    manager.roles = {Role::Manager};
    const Session managerSession(ok(users.create(manager, QString(), 0)));

    // The catalogue's tab: the manager writes the association's own Arabic text.
    {
        PrivacyNoticePanel panel(f.db(), managerSession);
        panel.show();
        CHECK(panel.language() == QStringLiteral("ar"));
        auto *edit = panel.findChild<QPlainTextEdit *>(QStringLiteral("noticeEdit"));
        REQUIRE(edit);
        CHECK(edit->toPlainText() == PrivacyNotice::defaultBody(QStringLiteral("ar")));
        edit->setPlainText(u8("# حقوقك\nنص الجمعية الخاص عن حقوق المستفيدين لدى {association}."));
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("saveNoticeButton")),
                          Qt::LeftButton);
        CHECK(panel.findChild<QLabel *>(QStringLiteral("noticeStateLabel"))->text() ==
              PrivacyNoticePanel::tr("The association's own text"));
    }
    CHECK(ok(PrivacyNoticeDesk(f.db(), managerSession).isCustom(QStringLiteral("ar"))));

    // The desk, at step 2 of a new case, beside the consent.
    CasePage &s = f.open();
    s.startNewCase();
    f.enter();
    f.enter();
    f.type(u8("تطلب سلة غذائية"));
    f.enter();
    REQUIRE(s.shownStep() == Step::Information);
    // A new beneficiary's record: the search gives the form its place.
    f.key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto *button = f.find<QPushButton>(QStringLiteral("privacyNoticeButton"));
    CHECK(button->isVisibleTo(&s));
    CHECK(button->isEnabled());
    auto *menu = qobject_cast<PrivacyNoticeMenu *>(button->menu());
    REQUIRE(menu);

    QTemporaryDir out;
    const QString saved = out.filePath(QStringLiteral("notice.pdf"));
    DocumentPrinting::setNextSaveFileName(saved);
    f.find<QAction>(QStringLiteral("savePrivacyNoticeAction"))->trigger();
    REQUIRE(QFile::exists(saved));
    const QString text = pdfText(saved);
    CHECK(text.contains(asExtracted(u8("إشعار الخصوصية"))));
    CHECK(text.contains(asExtracted(u8("نص الجمعية الخاص عن حقوق المستفيدين"))));

    const QString printed = out.filePath(QStringLiteral("printed.pdf"));
    DocumentPrinting::setNextPrintToPdf(printed);
    f.find<QAction>(QStringLiteral("printPrivacyNoticeAction"))->trigger();
    REQUIRE(QFile::exists(printed));
    CHECK(pdfText(printed).contains(asExtracted(u8("إشعار الخصوصية"))));
    DocumentPrinting::clearSeams();
}
