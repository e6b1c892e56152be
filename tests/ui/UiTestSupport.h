// Shared helpers for the widget tests: a real database file in a temporary
// folder opened as the window opens it (or, with ISTIQBAL_TEST_ENGINE=
// postgresql, a fresh database on the test server: tests/support/
// TestDatabase.h), settings in a temporary INI file, a fixed clock, records to
// show, and typing that works for Arabic.
#pragma once

#include "CatchQt.h"
#include "ResultValue.h"
#include "TestDatabase.h"

#include "core/Clock.h"
#include "core/NationalId.h"
#include "services/Workspace.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/CaseRepository.h"
#include "storage/UserRepository.h"
#include "ui/shell/Application.h"
#include "ui/shell/Settings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>

#include <memory>

namespace UiTest {

inline QApplication &app()
{
    auto *a = qobject_cast<QApplication *>(QCoreApplication::instance());
    REQUIRE(a);
    return *a;
}

// Types text into w one character at a time, as a keyboard would; works for
// Arabic, where QTest::keyClicks does not.
inline void type(QWidget *w, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

// Lets the event loop run until done() holds or timeoutMs passed; true when it holds.
inline bool waitFor(const std::function<bool()> &done, int timeoutMs = 3000)
{
    return QTest::qWaitFor(done, timeoutMs);
}

// A button's keyboard shortcut presses it visibly (ButtonShortcut:
// animateClick): the button stays down 100 ms and is clicked when its timer
// fires. Waits until no button is down, so the click has happened, however
// slowly a loaded machine runs the timer (a fixed wait was not always enough).
inline bool waitForPressedButtons(int timeoutMs = 5000)
{
    const auto nonePressed = [] {
        for (QWidget *top : QApplication::topLevelWidgets())
            for (const QAbstractButton *b : top->findChildren<QAbstractButton *>())
                if (b->isDown())
                    return false;
        return true;
    };
    return QTest::qWaitFor(nonePressed, timeoutMs);
}

// A time on a day at the desk (Asia/Riyadh), in UTC.
inline QDateTime deskTime(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Clock::deskTimeZone()).toUTC();
}

// A ten-digit ID starting with lead whose Luhn check digit is right.
inline QString nationalId(qint64 serial, char lead = '1')
{
    return NationalId::withCheckDigit(QLatin1Char(lead) +
                                      QStringLiteral("%1").arg(serial, 8, 10, QLatin1Char('0')));
}

// Installs a fixed clock for the test's lifetime: Sunday 2026-11-22 10:00 at
// the desk, unless another time is given.
class ClockGuard final
{
public:
    explicit ClockGuard(const QDateTime &nowUtc = deskTime(QDate(2026, 11, 22), 10))
        : m_clock(nowUtc)
    {
        Clock::install(&m_clock);
    }
    ~ClockGuard() { Clock::install(nullptr); }
    ClockGuard(const ClockGuard &) = delete;
    ClockGuard &operator=(const ClockGuard &) = delete;
    FixedClock &clock() { return m_clock; }

private:
    FixedClock m_clock;
};

// The named child of parent, which must exist.
template <typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    INFO(name);
    REQUIRE(found);
    return found;
}

// Replaces the text of parent's line edit called name by typing text into it.
inline void typeInto(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    type(edit, text);
}

// A base for fixtures that live at a fixed desk time: listed before Fixture,
// it installs the clock before the fixture's own users and audit rows are
// written, so nothing a test reads was stamped with the real date.
struct FixedTime
{
    ClockGuard clock;
};

// A database file and a settings file in a temporary folder, opened as the
// window opens them, in the given language. With ISTIQBAL_TEST_ENGINE=
// postgresql the database is a fresh one on the test server instead.
struct Fixture
{
    QTemporaryDir dir;
    TestDb::Fresh fresh; // before the workspace: dropped after it closed
    std::unique_ptr<Settings> settings;
    std::shared_ptr<Workspace> workspace;

    explicit Fixture(const QString &language = QStringLiteral("ar"))
    {
        REQUIRE(dir.isValid());
        Application::applyLanguage(app(), language);
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini")));
        auto opened = Workspace::open(location());
        INFO(opened.error().toStdString());
        REQUIRE(opened.ok());
        workspace = *opened;
        // A receptionist at the desk, as after signing in.
        signInAs(QStringLiteral("reception"), {Role::Receptionist});
    }
    ~Fixture() { Application::applyLanguage(app(), QStringLiteral("ar")); }

    Database &db() { return workspace->database(); }
    // Where the workspace's database is (a file, or a server address).
    QString location()
    {
        return TestDb::isPostgres() ? fresh.location()
                                    : dir.filePath(QStringLiteral("istiqbal.sqlite"));
    }

    // Signs in (through the workspace's test seam) as the user with the
    // username, created with the roles when there is none yet.
    User signInAs(const QString &username, const QVector<Role> &roles)
    {
        UserRepository users(db());
        const auto found = users.findByUsername(username);
        REQUIRE(found.ok());
        User u;
        if (found->has_value()) {
            u = found->value();
        } else {
            u.username = username;
            u.displayName = username == QLatin1String("reception")
                                ? QString::fromUtf8("مكتب الاستقبال")
                                : username;
            u.roles = roles;
            const auto created = users.create(u, QString(), 0);
            INFO(created.error().toStdString());
            REQUIRE(created.ok());
            u = *created;
        }
        workspace->signInAs(u);
        return u;
    }
    qint64 userId() const { return workspace->session().userId(); }

    qint64 addBeneficiary(const PersonName &name, const QString &idNumber,
                          const QString &phone = QString())
    {
        Beneficiary b;
        b.name = name;
        b.idType = IdType::NationalId;
        b.idNumber = idNumber;
        b.gender = Gender::Male;
        b.birthDate = QDate(1985, 3, 14);
        b.phone = phone;
        b.city = QStringLiteral("الرياض");
        b.district = QStringLiteral("النسيم");
        b.familySize = 5;
        b.monthlyIncome = 450000;
        b.nationality = QStringLiteral("SA");
        b.consentGiven = true;
        b.consentPurpose = QStringLiteral("services");
        b.consentAt = deskTime(QDate(2025, 1, 5), 9, 30);
        const auto created = BeneficiaryRepository(db()).create(b, userId());
        INFO(created.error().toStdString());
        REQUIRE(created.ok());
        return created->id;
    }

    Case addCase(const QDateTime &arrival, qint64 beneficiaryId = 0,
                 CaseStatus status = CaseStatus::Open, Step step = Step::Reception,
                 Channel channel = Channel::Interview)
    {
        Case c;
        c.arrivalAt = arrival;
        c.beneficiaryId = beneficiaryId;
        c.status = status;
        c.step = step;
        c.channel = channel;
        c.purpose = Purpose::ServiceRequest;
        c.receivedBy = userId();
        const auto created =
            CaseRepository(db()).create(c, userId(), channel == Channel::Interview);
        INFO(created.error().toStdString());
        REQUIRE(created.ok());
        return *created;
    }
};

} // namespace UiTest
