// Shared by the case screen's tests: the screen on its own over a real
// database file (UiTest::Fixture: default catalogue, a receptionist signed
// in), a fixed clock, keyboard helpers, and cases brought to a step through
// the services.
#pragma once

#include "UiTestSupport.h"

#include "services/CaseDesk.h"
#include "services/OfficerDesk.h"
#include "storage/ServiceRepository.h"
#include "storage/SurveyRepository.h"
#include "storage/UserRepository.h"
#include "ui/case/CasePage.h"
#include "ui/case/CasePrinting.h"
#include "ui/case/CasePrompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>

namespace CaseTest {

using TestResult::ok;

inline QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

// Arabic-Indic digits for ASCII ones, as a keyboard set to Arabic types them.
inline QString arabicDigits(const QString &ascii)
{
    QString out;
    for (QChar c : ascii)
        out += c.isDigit() ? QChar(0x0660 + c.digitValue()) : c;
    return out;
}

// The text of a PDF (pdftotext), NFKC-normalised so Arabic presentation forms
// compare with ordinary letters.
inline QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

// A name as pdftotext gives it back: NFKC, and without the letters of the
// ligature of "الله" (lam, lam, heh), whose glyph it extracts as nothing.
inline QString asExtracted(const QString &name)
{
    QString s = name.normalized(QString::NormalizationForm_KC);
    s.replace(QString::fromUtf8("لله"), QString());
    return s;
}

struct ScreenFixture : UiTest::FixedTime, UiTest::Fixture
{
    std::unique_ptr<CasePage> screen;

    explicit ScreenFixture(const QString &language = QStringLiteral("ar"))
        : UiTest::Fixture(language)
    {
        CasePrinting::clearSeams();
        CasePrompts::clearSeams();
    }
    ~ScreenFixture()
    {
        screen.reset();
        CasePrinting::clearSeams();
        CasePrompts::clearSeams();
    }

    CasePage &open()
    {
        screen = std::make_unique<CasePage>(db(), workspace->session());
        screen->resize(1280, 860);
        screen->show();
        QApplication::setActiveWindow(screen.get());
        REQUIRE(QTest::qWaitForWindowActive(screen.get()));
        return *screen;
    }

    template <typename T> T *find(const QString &name)
    {
        T *found = screen->findChild<T *>(name);
        INFO(name.toStdString());
        REQUIRE(found);
        return found;
    }

    QWidget *focus() const { return QApplication::focusWidget(); }

    // Keys go where the keyboard's focus is, as a person's would. A button's
    // shortcut presses it visibly (animateClick, 100 ms): wait for the click.
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QWidget *w = focus();
        REQUIRE(w);
        QTest::keyClick(w, k, mods);
        if (mods != Qt::NoModifier || k == Qt::Key_Escape || k == Qt::Key_F5)
            REQUIRE(UiTest::waitForPressedButtons());
    }
    void type(const QString &text)
    {
        QWidget *w = focus();
        REQUIRE(w);
        UiTest::type(w, text);
    }
    void enter() { key(Qt::Key_Return); }
    void nextStep() { key(Qt::Key_Return, Qt::ControlModifier); }

    qint64 serviceId(const QString &code)
    {
        const auto found = ServiceRepository(db()).findByCode(code);
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        return (*found)->id;
    }

    CaseContext context(qint64 caseId)
    {
        DeskQueries queries(db(), workspace->session());
        return ok(queries.loadContext(caseId));
    }

    // A program officer's session, for answering referrals.
    Session officer()
    {
        UserRepository users(db());
        User u;
        u.username = QStringLiteral("officer");
        u.displayName = u8("خالد مسؤول البرامج");
        u.roles = {Role::ProgramOfficer};
        return Session(ok(users.create(u, QString(), 0)));
    }

    // A beneficiary registered through the services, and a food-basket case
    // brought by the desk to the verification step.
    qint64 caseAtVerification(const PersonName &name, const QString &idNumber)
    {
        CaseDesk desk(db(), workspace->session());
        const Case c =
            ok(desk.reception().openCase(Channel::Interview, Purpose::ServiceRequest, QString()));
        ok(desk.advance(c.id));
        Beneficiary b;
        b.name = name;
        b.idNumber = idNumber;
        b.gender = Gender::Female;
        b.birthDate = QDate(1990, 5, 20);
        b.phone = QStringLiteral("0551234567");
        b.city = u8("الرياض");
        b.familySize = 4;
        b.monthlyIncome = 280000;
        b.consentGiven = true;
        b.consentPurpose = u8("تقديم خدمات الجمعية");
        ok(desk.information().registerBeneficiary(c.id, b));
        ok(desk.information().chooseService(c.id, serviceId(QStringLiteral("food_basket"))));
        Document card;
        card.typeCode = QStringLiteral("id_card");
        card.provided = true;
        card.expiry = QDate(2028, 1, 1);
        Document family = card;
        family.typeCode = QStringLiteral("family_record");
        ok(desk.information().saveDocuments(c.id, {card, family}));
        ok(desk.advance(c.id));
        return c.id;
    }
};

// Step 2 at the keyboard, from the family size (after the gender) to the
// consent, both pressed as a receptionist does.
inline void typeRecordTail(ScreenFixture &f, const QString &family, const QString &income,
                           const QString &city, const QString &district)
{
    f.key(Qt::Key_Tab);
    REQUIRE(f.focus() == f.find<QLineEdit>(QStringLiteral("familySizeEdit")));
    f.type(family);
    f.enter();
    f.type(income);
    f.enter();
    f.type(city);
    f.enter();
    f.type(district);
    f.enter();
    REQUIRE(f.focus() == f.find<QCheckBox>(QStringLiteral("consentCheck")));
    f.key(Qt::Key_Space);
    f.enter();
    f.enter();
}

// Then the first service and its two documents (ID card, family record),
// each ticked with its expiry typed; the last Enter saves and moves on.
inline void pickFirstServiceWithDocuments(ScreenFixture &f, const QString &cardExpiry,
                                          const QString &familyExpiry)
{
    REQUIRE(f.focus() == f.find<QComboBox>(QStringLiteral("serviceCombo")));
    f.key(Qt::Key_Down);
    f.enter();
    REQUIRE(f.focus() == f.find<QCheckBox>(QStringLiteral("provided_id_card")));
    f.key(Qt::Key_Space);
    f.enter();
    f.type(cardExpiry);
    f.enter();
    REQUIRE(f.focus() == f.find<QCheckBox>(QStringLiteral("provided_family_record")));
    f.key(Qt::Key_Space);
    f.enter();
    f.type(familyExpiry);
    f.enter();
}

} // namespace CaseTest
