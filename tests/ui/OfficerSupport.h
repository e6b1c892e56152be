// Shared by the tests of the program officer's desk and the follow-ups: a
// receptionist and a program officer with sessions of their own over a real
// database (the window signed in as the officer), and cases brought to the
// point each list is about through the real services.
#pragma once

#include "UiTestSupport.h"

#include "services/CaseDesk.h"
#include "services/OfficerDesk.h"
#include "storage/ServiceRepository.h"
#include "ui/shell/MainWindow.h"

#include <QSqlQuery>

namespace OfficerTest {

using TestResult::ok;

struct Fixture : UiTest::FixedTime, UiTest::Fixture
{
    std::unique_ptr<Session> reception;
    std::unique_ptr<Session> officer;
    std::unique_ptr<MainWindow> window;

    Fixture()
    {
        reception = std::make_unique<Session>(workspace->session().user());
        officer =
            std::make_unique<Session>(signInAs(QStringLiteral("officer"), {Role::ProgramOfficer}));
    }

    static Beneficiary person(qint64 serial, qint64 monthlyIncomeRiyals = 3000)
    {
        Beneficiary b;
        b.name = {QString::fromUtf8("فاطمة"), QString::fromUtf8("عبدالله"),
                  QString::fromUtf8("سعد"), QString::fromUtf8("القحطاني")};
        b.idType = IdType::NationalId;
        b.idNumber = UiTest::nationalId(serial);
        b.gender = Gender::Female;
        b.birthDate = QDate(1988, 4, 2);
        b.phone = QStringLiteral("05%1").arg(50000000 + serial, 8, 10, QLatin1Char('0'));
        b.city = QString::fromUtf8("الرياض");
        b.district = QString::fromUtf8("النسيم");
        b.familySize = 5;
        b.monthlyIncome = monthlyIncomeRiyals * 100;
        b.nationality = QStringLiteral("SA");
        b.consentGiven = true;
        b.consentPurpose = QStringLiteral("services");
        return b;
    }

    qint64 serviceId(const QString &code)
    {
        const auto found = ServiceRepository(db()).findByCode(code);
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        return (*found)->id;
    }

    // A food-basket case brought by the receptionist to the information step.
    qint64 foodCase(qint64 serial, qint64 monthlyIncomeRiyals = 3000)
    {
        CaseDesk desk(db(), *reception);
        const Case c = ok(desk.reception().openCase(Channel::Interview, Purpose::ServiceRequest,
                                                    QString::fromUtf8("سلة غذائية")));
        ok(desk.advance(c.id));
        ok(desk.information().registerBeneficiary(c.id, person(serial, monthlyIncomeRiyals)));
        ok(desk.information().chooseService(c.id, serviceId(QStringLiteral("food_basket"))));
        Document card;
        card.typeCode = QStringLiteral("id_card");
        card.provided = true;
        card.verified = true;
        card.expiry = QDate(2027, 11, 1);
        Document family = card;
        family.typeCode = QStringLiteral("family_record");
        ok(desk.information().saveDocuments(c.id, {card, family}));
        return c.id;
    }

    // A case whose income per member (1,800 SAR) is over the food basket's
    // 1,200, verified and declared: blocked at verification.
    qint64 blockedCase(qint64 serial)
    {
        const qint64 id = foodCase(serial, 9000);
        CaseDesk desk(db(), *reception);
        ok(desk.advance(id));
        ok(desk.verification().markVerified(id, true));
        ok(desk.verification().recordDeclarationSigned(id));
        REQUIRE_FALSE(desk.advance(id).ok());
        return id;
    }

    // A case referred by the receptionist and answered by the officer.
    qint64 answeredReferral(qint64 serial)
    {
        const qint64 id = foodCase(serial);
        ok(CaseDesk(db(), *reception).refer(id, QString::fromUtf8("هل تستحق الأسرة السلة؟")));
        ok(OfficerDesk(db(), *officer).answerReferral(id, QString::fromUtf8("نعم")));
        return id;
    }

    qint64 auditCount(const QString &action)
    {
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
        q.addBindValue(action);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    MainWindow &open()
    {
        window = std::make_unique<MainWindow>(*workspace, *settings);
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        return *window;
    }

    template <typename T> T *find(QObject *in, const QString &name)
    {
        T *found = in->findChild<T *>(name);
        INFO(name.toStdString());
        REQUIRE(found);
        return found;
    }
};

} // namespace OfficerTest
