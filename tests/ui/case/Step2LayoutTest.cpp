// Issue 14, step 2 on a 1366x768 screen: the record, the service picker and
// the documents are in sight without scrolling, in the window as the desk
// has it; nothing moves under the pointer while the record is typed; and
// "New beneficiary" says what it did.
#include "CasePageTestSupport.h"
#include "OfficeSupport.h"

#include "ui/shell/MainWindow.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QMap>
#include <QScrollArea>
#include <QScrollBar>

using namespace CaseTest;

TEST_CASE("Step 2 shows the service picker at once and says what New beneficiary did", "[gui]")
{
    ScreenFixture f;
    CasePage &s = f.open();
    // The case screen's share of a maximised window on a 1366x768 screen.
    s.resize(1366, 560);
    s.startNewCase();
    f.nextStep();
    REQUIRE(s.shownStep() == Step::Information);

    // The service picker shows without scrolling.
    auto *service = f.find<QComboBox>(QStringLiteral("serviceCombo"));
    QWidget *page = s.page(Step::Information);
    auto *scroll = qobject_cast<QScrollArea *>(page->parentWidget()->parentWidget());
    REQUIRE(scroll);
    const QRect inViewport(service->mapTo(scroll->viewport(), QPoint(0, 0)), service->size());
    CHECK(scroll->viewport()->rect().contains(inViewport));

    // New beneficiary: the message area says what happened.
    f.key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK_FALSE(s.message().isEmpty());
    CHECK_FALSE(s.messageIsError());
    REQUIRE(f.focus() == f.find<QLineEdit>(QStringLiteral("firstNameEdit")));
}

TEST_CASE("At 1366x768 step 2 shows the record, the service and its documents without scrolling, "
          "and nothing moves while it is typed",
          "[gui]")
{
    UiTest::Office office;
    const Session reception = office.sessionOf(QStringLiteral("reception"));
    const qint64 person = office.registeredPerson();
    CaseDesk desk(office.db(), reception);
    const qint64 id = ok(desk.reception().openCase(Channel::Interview, Purpose::ServiceRequest,
                                                   QString::fromUtf8("إعانة شهرية")))
                          .id;
    ok(desk.advance(id));
    ok(desk.information().attachBeneficiary(id, person));
    // The service with the most documents: four date rows in the checklist.
    const auto monthly =
        ServiceRepository(office.db()).findByCode(QStringLiteral("monthly_support"));
    REQUIRE(monthly.ok());
    REQUIRE(monthly->has_value());
    REQUIRE((*monthly)->requiredDocuments.size() >= 4);
    ok(desk.information().chooseService(id, (*monthly)->id));

    MainWindow &window = office.signIn(QStringLiteral("reception"));
    // Maximised on a 1366x768 screen, under the window manager's title bar.
    window.resize(1366, 768 - 24);
    emit window.caseRequested(id);
    auto *screen = window.findChild<CasePage *>(QStringLiteral("casePage"));
    REQUIRE(screen);
    REQUIRE(screen->isVisible());
    REQUIRE(screen->shownStep() == Step::Information);
    QWidget *page = screen->page(Step::Information);
    auto *scroll = qobject_cast<QScrollArea *>(page->parentWidget()->parentWidget());
    REQUIRE(scroll);
    QApplication::processEvents();

    // No second scroll area: the page needs no scrolling, and what step 2 is
    // for is all in sight.
    INFO("page " << page->minimumSizeHint().height() << " px in a viewport of "
                 << scroll->viewport()->height());
    CHECK(scroll->verticalScrollBar()->maximum() == 0);
    const auto inSight = [&](const char *name) {
        auto *w = UiTest::child<QWidget>(page, name);
        INFO(name);
        CHECK(w->isVisible());
        const QRect at(w->mapTo(scroll->viewport(), QPoint(0, 0)), w->size());
        CHECK(scroll->viewport()->rect().contains(at));
    };
    for (const char *name :
         {"firstNameEdit", "familyNameEdit", "idNumberEdit", "phoneEdit", "birthDateEdit",
          "incomeEdit", "districtEdit", "consentCheck", "consentPurposeEdit", "serviceCombo",
          "documentsEditor", "findBeneficiaryButton", "newBeneficiaryButton"})
        inSight(name);

    // Where every field is: it stays there while messages come and go.
    // (The documents' rows are made afresh for a new beneficiary: not among them.)
    QWidget *documents = UiTest::child<QWidget>(page, "documentsEditor");
    const auto places = [&] {
        QMap<QString, QPoint> at;
        for (QWidget *w : page->findChildren<QWidget *>()) {
            if (documents->isAncestorOf(w))
                continue;
            const bool field = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                               qobject_cast<QAbstractButton *>(w);
            if (field && w->isVisible() && !w->objectName().isEmpty() &&
                !w->objectName().startsWith(QLatin1String("qt_")))
                at.insert(w->objectName() + QLatin1Char('@') + QString::number(quintptr(w), 16),
                          w->mapTo(&window, QPoint(0, 0)));
        }
        return at;
    };
    const QMap<QString, QPoint> before = places();
    REQUIRE(before.size() > 15);
    const auto typeInto = [&](const char *name, const QString &text) {
        auto *w = UiTest::child<QWidget>(page, name);
        QLineEdit *edit = qobject_cast<QLineEdit *>(w);
        if (!edit)
            edit = w->findChild<QLineEdit *>(QStringLiteral("edit"));
        REQUIRE(edit);
        edit->setFocus(Qt::OtherFocusReason);
        edit->selectAll();
        UiTest::type(edit, text);
    };
    const auto unmoved = [&](const char *after) {
        QApplication::processEvents();
        const QMap<QString, QPoint> now = places();
        QStringList moved;
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            if (now.contains(it.key()) && now.value(it.key()) != it.value())
                moved << QStringLiteral("%1 by %2 px")
                             .arg(it.key())
                             .arg(now.value(it.key()).y() - it.value().y());
        }
        INFO("after " << after << ": " << moved.join(QStringLiteral(", ")).toStdString());
        CHECK(moved.isEmpty());
    };
    // A digit in a name, a wrong ID (its reason runs to two lines in the
    // narrow column), a phone and a birth date typed, a document's date.
    typeInto("firstNameEdit", QString::fromUtf8("هند2"));
    unmoved("a digit in the name");
    typeInto("idNumberEdit", QStringLiteral("1234567890"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    unmoved("a wrong ID");
    typeInto("phoneEdit", QStringLiteral("0512"));
    unmoved("a phone being typed");
    typeInto("birthDateEdit", QStringLiteral("1405/06/15"));
    unmoved("a Hijri birth date");
    // New beneficiary: the status line above the form says so, in its own room.
    UiTest::Office::key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    unmoved("New beneficiary");
    typeInto("idNumberEdit", QStringLiteral("2"));
    unmoved("a resident's ID begun");
}
