// Arabic that stays joined (issue 14): no mnemonic `&` splits an Arabic word
// anywhere a person can see it (every page of every role, the sign-in and
// connection dialogs, Qt's own file dialog, print preview and buttons), the
// style never underlines a mnemonic letter, and Alt+letter still works.
#include "OfficeSupport.h"
#include "UiTestSupport.h"

#include "core/Mnemonic.h"
#include "ui/connection/ConnectionDialog.h"
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

} // namespace

TEST_CASE("A mnemonic letter is never underlined, so an Arabic word is drawn whole", "[gui]")
{
    UiTest::Fixture f(QStringLiteral("ar"));
    REQUIRE(qobject_cast<JoinedTextStyle *>(QApplication::style()));
    CHECK(QApplication::style()->styleHint(QStyle::SH_UnderlineShortcut) == 0);
    // The same pixels as the text without the `&`: no underline, no letter
    // drawn apart from its word.
    CHECK(drawn(QString::fromUtf8("&تحديث المعاينة")) ==
          drawn(QString::fromUtf8("تحديث المعاينة")));
    CHECK(drawn(QString::fromUtf8("ال&شهر:")) == drawn(QString::fromUtf8("الشهر:")));
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
        QTest::keyClick(&window, key, Qt::AltModifier);
        REQUIRE(UiTest::waitForPressedButtons());
        return clicked.count();
    };
    CHECK(pressedByAlt(QStringLiteral("ar"), QString::fromUtf8("تصدير &PDF…"), Qt::Key_P) == 1);
    CHECK(pressedByAlt(QStringLiteral("en"), QStringLiteral("&Refresh preview"), Qt::Key_R) == 1);
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
