// Arabic that stays joined (issue 14): no mnemonic `&` splits an Arabic word
// anywhere a person can see it (every page of every role, the sign-in and
// connection dialogs, Qt's own file dialog, print preview and buttons), the
// style underlines a mnemonic letter only while Alt is held, and Alt+letter
// works, Arabic letters included.
#include "OfficeSupport.h"
#include "UiTestSupport.h"

#include "core/Mnemonic.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/reports/ReportsPage.h"
#include "ui/shell/JoinedTextStyle.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QToolBar>

namespace {

// Every text the widgets under top (shown or not yet) give a person to read,
// each with where it is, that a mnemonic could apply to: labels, buttons,
// group boxes, tabs, menus and actions.
QStringList textsSplittingArabicWords(QWidget *top)
{
    QStringList problems;
    const auto check = [&](const QObject *o, const QString &text) {
        if (Mnemonic::splitsArabicWord(text))
            problems << QStringLiteral("%1 %2: %3")
                            .arg(QString::fromLatin1(o->metaObject()->className()), o->objectName(),
                                 text);
    };
    QList<QWidget *> widgets = top->findChildren<QWidget *>();
    widgets << top;
    for (QWidget *w : widgets) {
        if (auto *label = qobject_cast<QLabel *>(w)) {
            // Rich text has no mnemonics ("&nbsp;" is an entity, not one).
            const bool rich =
                label->textFormat() == Qt::RichText ||
                (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
            if (!rich)
                check(label, label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            check(button, button->text());
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            check(group, group->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                check(tabs, tabs->tabText(i));
        } else if (auto *menu = qobject_cast<QMenu *>(w)) {
            check(menu, menu->title());
        }
    }
    for (const QAction *action : top->findChildren<QAction *>())
        check(action, action->text());
    return problems;
}

void requireWhole(QWidget *top, const char *where)
{
    const QStringList problems = textsSplittingArabicWords(top);
    INFO(where << ":\n" << problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

// The navigation bar's pages of the signed-in person, each shown once (a page
// may build its widgets when first shown); a new case too where one may open.
void visitEveryPage(MainWindow &window)
{
    const QStringList notPages = {QStringLiteral("signOutAction"), QStringLiteral("lockAction"),
                                  QStringLiteral("languageAction"), QStringLiteral("aboutAction")};
    auto *bar = UiTest::child<QToolBar>(&window, "navigationBar");
    for (QAction *action : bar->actions()) {
        if (action->isSeparator() || !action->isVisible() || !action->isEnabled() ||
            notPages.contains(action->objectName()))
            continue;
        action->trigger();
        QCoreApplication::processEvents();
    }
}

QImage drawn(const QString &text)
{
    QPushButton button(text);
    button.setLayoutDirection(Qt::RightToLeft);
    button.resize(320, 40);
    return button.grab().toImage();
}

// Alt and a key, the way a keyboard sends it: an Arabic layout's letter has
// its Unicode value as key code and its text (QTest::keyClick takes Latin only).
void altAnd(QWidget *window, Qt::Key key)
{
    const QString text = key < 0x80 ? QString() : QString(QChar(char16_t(key)));
    if (text.isEmpty())
        QTest::keyClick(window, key, Qt::AltModifier);
    else
        QTest::sendKeyEvent(QTest::Click, window, key, text, Qt::AltModifier);
}

} // namespace

TEST_CASE("A mnemonic letter is underlined only while Alt is held, so an Arabic word is drawn "
          "whole",
          "[gui]")
{
    UiTest::Fixture f(QStringLiteral("ar"));
    auto *style = qobject_cast<JoinedTextStyle *>(QApplication::style());
    REQUIRE(style);
    CHECK(style->styleHint(QStyle::SH_UnderlineShortcut) == 0);
    // The same pixels as the text without the `&`: no underline, no letter
    // drawn apart from its word.
    const QImage whole = drawn(QString::fromUtf8("تحديث المعاينة"));
    CHECK(drawn(QString::fromUtf8("&تحديث المعاينة")) == whole);
    CHECK(drawn(QString::fromUtf8("ال&شهر:")) == drawn(QString::fromUtf8("الشهر:")));

    // Holding Alt shows the access keys; letting go hides them again.
    QWidget window;
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyPress(&window, Qt::Key_Alt, Qt::AltModifier);
    CHECK(style->altHeld());
    CHECK(style->styleHint(QStyle::SH_UnderlineShortcut) == 1);
    CHECK(drawn(QString::fromUtf8("&تحديث المعاينة")) != whole);
    QTest::keyRelease(&window, Qt::Key_Alt);
    CHECK_FALSE(style->altHeld());
    CHECK(drawn(QString::fromUtf8("&تحديث المعاينة")) == whole);
    // Nor do they stay shown when the window loses the keyboard with Alt down.
    QTest::keyPress(&window, Qt::Key_Alt, Qt::AltModifier);
    REQUIRE(style->altHeld());
    QEvent deactivate(QEvent::WindowDeactivate);
    QApplication::sendEvent(&window, &deactivate);
    CHECK_FALSE(style->altHeld());
}

TEST_CASE("Alt and the mnemonic letter still press the button, in Arabic and English", "[gui]")
{
    const auto pressedByAlt = [](const QString &language, const QString &text, Qt::Key key) {
        UiTest::Fixture f(language);
        QWidget window;
        auto *layout = new QHBoxLayout(&window);
        auto *button = new QPushButton(text, &window);
        layout->addWidget(button);
        layout->addWidget(new QPushButton(QStringLiteral("other"), &window));
        QSignalSpy clicked(button, &QPushButton::clicked);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
        altAnd(&window, key);
        REQUIRE(UiTest::waitForPressedButtons());
        return clicked.count();
    };
    CHECK(pressedByAlt(QStringLiteral("ar"), QString::fromUtf8("تصدير &PDF…"), Qt::Key_P) == 1);
    CHECK(pressedByAlt(QStringLiteral("en"), QStringLiteral("&Refresh preview"), Qt::Key_R) == 1);
    // An Arabic access key: Alt and the letter ت, as an Arabic keyboard sends it.
    CHECK(pressedByAlt(QStringLiteral("ar"), QString::fromUtf8("&تحديث المعاينة"),
                       Qt::Key(0x062A)) == 1);
}

TEST_CASE("The Arabic window has access keys: Alt and a word's first letter press its button",
          "[gui]")
{
    UiTest::Office office;
    MainWindow &w = office.signIn(QStringLiteral("manager"));
    UiTest::clickNavigation(w, "reportsAction");
    auto *page = UiTest::child<ReportsPage>(&w, "reportsPage");
    REQUIRE(w.currentPage() == page);
    auto *refresh = UiTest::child<QPushButton>(page, "refreshButton");
    // The translation marks a word's first letter (scripts/ts-fill chose it).
    const QString text = refresh->text();
    const qsizetype at = text.indexOf(u'&');
    REQUIRE(at >= 0);
    REQUIRE(at + 1 < text.size());
    const QChar letter = text.at(at + 1);
    CHECK(letter.script() == QChar::Script_Arabic);
    CHECK((at == 0 || !text.at(at - 1).isLetterOrNumber()));
    QSignalSpy clicked(refresh, &QPushButton::clicked);
    altAnd(&w, Qt::Key(letter.unicode()));
    REQUIRE(UiTest::waitForPressedButtons());
    CHECK(clicked.count() == 1);

    // Across every page, Arabic words carry access keys and none is split.
    visitEveryPage(w);
    int arabicKeys = 0;
    for (const QAbstractButton *b : w.findChildren<QAbstractButton *>()) {
        const qsizetype mark = b->text().indexOf(u'&');
        if (mark >= 0 && mark + 1 < b->text().size() &&
            b->text().at(mark + 1).script() == QChar::Script_Arabic)
            ++arabicKeys;
    }
    CHECK(arabicKeys >= 10);
    requireWhole(&w, "manager");
}

TEST_CASE("Qt's own dialogs are in Arabic with their words whole", "[gui]")
{
    UiTest::Fixture f(QStringLiteral("ar"));
    QFileDialog files(nullptr, QString::fromUtf8("حفظ التقرير"));
    files.setOption(QFileDialog::DontUseNativeDialog);
    files.setAcceptMode(QFileDialog::AcceptSave);
    const auto *buttons = files.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    // Qt's translation is loaded (Save is Arabic), its mnemonic out of the word.
    CHECK(buttons->button(QDialogButtonBox::Save)->text() == QString::fromUtf8("احفظ"));
    requireWhole(&files, "file dialog");

    QPrintPreviewDialog preview;
    requireWhole(&preview, "print preview");

    QMessageBox question(QMessageBox::Question, QString::fromUtf8("سؤال"),
                         QString::fromUtf8("متابعة؟"),
                         QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
    requireWhole(&question, "message box");
    QDialogButtonBox standard(QDialogButtonBox::Save | QDialogButtonBox::Cancel |
                              QDialogButtonBox::Close | QDialogButtonBox::Apply);
    requireWhole(&standard, "standard buttons");
}

TEST_CASE("Every page of every role shows its Arabic words whole", "[gui]")
{
    UiTest::Office office;
    requireWhole(office.flow->currentDialog(), "sign-in dialog");
    {
        ConnectionDialog connection(*office.settings,
                                    office.dir.filePath(QStringLiteral("x.sqlite")));
        requireWhole(&connection, "connection dialog");
    }
    for (const char *person : {"reception", "officer", "manager"}) {
        MainWindow &window = office.signIn(QString::fromLatin1(person));
        visitEveryPage(window);
        requireWhole(&window, person);
        office.signOut();
    }
    REQUIRE(UiTest::signIn(*office.flow, QStringLiteral("admin"),
                           QStringLiteral("the administrator's password"))
                .isEmpty());
    MainWindow &admin = *office.flow->window();
    admin.resize(1366, 768);
    visitEveryPage(admin);
    requireWhole(&admin, "admin");
}
