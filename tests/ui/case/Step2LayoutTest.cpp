// Issue 14, step 2 on a 1366x768 screen: the service picker is in sight
// without scrolling, and "New beneficiary" says what it did.
#include "CasePageTestSupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QScrollArea>

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
