// Shared by the anonymisation and retention tests: a person with distinctive
// values written everywhere Istiqbal keeps something about them (a case
// through every step, a referral, a delivery's note, a survey comment, an
// eligibility override, a follow-up's note, a withdrawn case, a data request,
// a program request, a correction), the values to look for, and the places to look in.
#pragma once

#include "ServicesTestSupport.h"

#include "core/ArabicText.h"
#include "core/Phone.h"
#include "reports/MonthlySummaryBuilder.h"
#include "services/CaseDesk.h"
#include "services/InformationDesk.h"
#include "services/OfficerDesk.h"
#include "services/ProgramRequestDesk.h"
#include "services/SurveyDesk.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/SqlSupport.h"

#include <QFile>
#include <QSqlRecord>

#include <vector>

namespace ErasureTest {

using namespace ServicesTest;

struct Seeded
{
    qint64 beneficiaryId = 0;
    QVector<qint64> caseIds;
    QStringList values; // every value of theirs, as written
    QString firstName;
    QString familyName;
    QString idNumber;
    QString phone; // E.164, after the correction
    QString nationalPhone;
};

// A person whose every value is unlike anything else in the database; tag
// makes two such people differ.
inline Seeded seedPerson(Fixture &f, qint64 serial, const QString &tag)
{
    Seeded out;
    CaseDesk desk(f.db, *f.desk);
    OfficerDesk officer(f.db, *f.officer);
    const auto text = [&](const char *what) {
        const QString t = QStringLiteral("%1 %2 %3").arg(QString::fromUtf8(what), tag).arg(serial);
        out.values << t;
        return t;
    };
    Beneficiary b =
        beneficiary(serial, QStringLiteral("زبرجدة") + tag, QStringLiteral("الطرماحي") + tag);
    b.name.father = QStringLiteral("قسورة") + tag;
    // A hamza seat, so that the name has secondary keys (name_folds) to erase too.
    b.name.grandfather = QStringLiteral("عائذ") + tag;
    b.district = QStringLiteral("حي الفيروزج") + tag;
    b.phone = QStringLiteral("0551%1").arg(700000 + serial, 6, 10, QLatin1Char('0'));
    b.monthlyIncome = 9000 * 100; // over the food basket's limit: the officer overrides
    b.birthDate = QDate(1979, 1, 1).addDays(serial % 300); // one each

    const Case c = ok(desk.reception().openCase(Channel::Interview, Purpose::ServiceRequest,
                                                text("سؤال عن سلة لبيت")));
    out.caseIds << c.id;
    ok(desk.advance(c.id));
    const Beneficiary stored = ok(desk.information().registerBeneficiary(c.id, b));
    out.beneficiaryId = stored.id;
    out.firstName = b.name.first;
    out.familyName = b.name.family;
    out.idNumber = stored.idNumber;
    out.values << b.name.first << b.name.father << b.name.grandfather << b.name.family << b.district
               << stored.idNumber << stored.phone << stored.name.full()
               << b.birthDate.toString(Qt::ISODate);
    const QStringList keys = ArabicText::nameKeys(stored.name.full());
    for (const QString &key : keys + ArabicText::secondaryKeys(keys))
        if (key.contains(tag))
            out.values << key;
    ok(desk.information().chooseService(c.id, f.serviceId(QStringLiteral("food_basket"))));
    ok(desk.information().saveDocuments(c.id, foodDocuments()));
    f.clock.advanceSeconds(120);
    ok(desk.refer(c.id, text("هل تستحق أسرة الجار")));
    ok(officer.answerReferral(c.id, text("نعم تستحق أسرة الجار")));
    ok(desk.resumeAfterReferral(c.id));
    ok(desk.advance(c.id));
    ok(desk.verification().markVerified(c.id, true));
    ok(desk.verification().recordDeclarationSigned(c.id));
    ok(officer.overrideEligibility(c.id, text("تعيل أقارب في مستشفى")));
    ok(desk.advance(c.id));
    ok(desk.verification().issueFileNumber(c.id));
    ok(desk.advance(c.id));
    ok(desk.delivery().recordDelivery(c.id, 1, 0, text("سلمت للابنة الكبرى")));
    ok(desk.advance(c.id));
    QVector<SurveyAnswer> answers;
    for (const SurveyQuestion &q : f.questions())
        answers << SurveyAnswer{q.id, 4};
    ok(desk.survey().recordSurvey(c.id, answers, text("الموظفة لطيفة مع أمي")));
    FollowUpDone done;
    done.kind = FollowUp::Kind::SurveyOwed;
    done.refId = c.id;
    done.note = text("اتصلت بأخيها");
    REQUIRE(FollowUpRepository(f.db).markDone(done, f.desk->userId()).ok());

    // A second case, withdrawn with a reason in words.
    f.clock.advanceSeconds(600);
    const Case second = ok(desk.reception().openCase(Channel::PhoneCall, Purpose::ServiceRequest,
                                                     text("اتصال بشأن إيجار")));
    out.caseIds << second.id;
    ok(desk.advance(second.id));
    ok(desk.information().attachBeneficiary(second.id, stored.id));
    ok(desk.withdraw(second.id, text("سافرت إلى جدة")));

    // A correction: the old phone goes (into personal_values, as the
    // corrections' trail keeps it).
    Beneficiary corrected = ok(BeneficiaryRepository(f.db).get(stored.id));
    corrected.phone = QStringLiteral("0552%1").arg(800000 + serial, 6, 10, QLatin1Char('0'));
    corrected = ok(InformationDesk(f.db, *f.desk).updateBeneficiary(corrected));
    out.values << corrected.phone;
    out.phone = corrected.phone;
    out.nationalPhone = Phone::parse(corrected.phone)->shown();
    // (The correction keeps the old phone beside its audit row.)
    QSqlQuery q(f.db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM personal_values WHERE beneficiary_id = %1")
                       .arg(stored.id)));
    REQUIRE(q.next());
    REQUIRE(q.value(0).toInt() > 0);
    // A data request, with details and what was done.
    REQUIRE(Sql::exec(q,
                      QStringLiteral("INSERT INTO data_requests (beneficiary_id, kind, channel, "
                                     "received_on, due_on, details, recorded_by, recorded_at, "
                                     "outcome) VALUES (?, 'destruction', 'interview', "
                                     "'2026-11-22', '2026-12-22', ?, ?, ?, ?)"),
                      {stored.id, text("طلبت حذف بياناتها"), f.manager->userId(),
                       Sql::time(f.clock.nowUtc()), text("أبلغناها بالحذف")},
                      QStringLiteral("data request"))
                .ok());
    // A program they asked for themselves, with their signed declaration.
    ProgramRequest asked;
    asked.beneficiaryId = stored.id;
    asked.channel = Channel::Interview;
    asked.programText = text("دورة لبنات الحي في بيتها");
    asked.audience = text("بنات جاراتها");
    asked.place = text("مجلس بيتها");
    ProgramRequestDesk programs(f.db, *f.desk);
    const ProgramRequest received = ok(programs.receive(asked));
    ok(programs.recordDeclaration(received.id, received.version, text("موقعة الإقرار"),
                                  f.clock.today()));
    return out;
}

// Every text value of every table, engine by engine.
inline QStringList everyTableText(Database &db)
{
    QSqlQuery q(db.connection());
    const bool pg = db.dialect().isPostgreSQL();
    REQUIRE(q.exec(pg ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                       "table_schema = current_schema()")
                      : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    REQUIRE(tables.contains(QStringLiteral("beneficiaries")));
    QStringList out;
    for (const QString &table : tables) {
        QSqlQuery rows(db.connection());
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
        while (rows.next())
            for (int i = 0; i < rows.record().count(); ++i)
                out << rows.value(i).toString();
    }
    return out;
}

// The values found in texts (each reported once).
inline QStringList foundIn(const QStringList &values, const QStringList &texts)
{
    QStringList found;
    for (const QString &v : values)
        for (const QString &t : texts)
            if (t.contains(v)) {
                found << v;
                break;
            }
    return found;
}

inline QStringList foundInBytes(const QStringList &values, const QByteArray &bytes)
{
    QStringList found;
    for (const QString &v : values)
        if (bytes.contains(v.toUtf8()))
            found << v;
    return found;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Every figure of a summary (not the texts it quotes: those of a destroyed
// person's free text are gone; how many there were stays).
inline std::vector<std::pair<std::string, double>> figures(const MonthlySummary &s)
{
    std::vector<std::pair<std::string, double>> out;
    const auto add = [&](const std::string &name, double v) {
        out.emplace_back(name, v);
    };
    const auto opt = [&](const std::string &name, const auto &v) {
        add(name, v ? double(*v) : -1);
    };
    const auto duration = [&](const std::string &name, const DurationStats &d) {
        add(name + ".count", double(d.count));
        opt(name + ".median", d.median);
        opt(name + ".p90", d.p90);
    };
    const auto texts = [&](const std::string &name, const QVector<TextCount> &list) {
        qint64 n = 0;
        for (const TextCount &t : list)
            n += t.count;
        add(name, double(n));
    };
    for (const HeadlineFigures *h : {&s.current, &s.previous}) {
        const std::string p = h == &s.current ? "current." : "previous.";
        add(p + "casesReceived", double(h->casesReceived));
        add(p + "served", double(h->served));
        add(p + "inquiriesAnswered", double(h->inquiriesAnswered));
        add(p + "notEligible", double(h->notEligible));
        add(p + "withdrawn", double(h->withdrawn));
        add(p + "stillOpen", double(h->stillOpen));
        opt(p + "medianWaitMs", h->medianWaitMs);
        opt(p + "p90WaitMs", h->p90WaitMs);
        opt(p + "medianServiceMs", h->medianServiceMs);
        add(p + "referrals", double(h->referrals));
        add(p + "deliveries", double(h->deliveries));
        add(p + "overrides", double(h->overrides));
        opt(p + "responseRate", h->responseRate);
        opt(p + "meanSatisfaction", h->meanSatisfaction);
        add(p + "followUpsOverdue", double(h->followUpsOverdue));
    }
    for (const ChannelCount &c : s.byChannel)
        add("channel." + Domain::code(c.channel).toStdString(), double(c.count));
    for (const PurposeCount &c : s.byPurpose)
        add("purpose." + Domain::code(c.purpose).toStdString(), double(c.count));
    const Outcomes &o = s.outcomes;
    add("outcomes.served", double(o.served));
    add("outcomes.inquiryAnswered", double(o.inquiryAnswered));
    add("outcomes.notEligible", double(o.notEligible));
    add("outcomes.withdrawn", double(o.withdrawn));
    add("outcomes.open", double(o.open));
    for (const StepCount &c : o.openByStep)
        add("open." + Domain::code(c.step).toStdString(), double(c.count));
    texts("outcomes.notEligibleReasons", o.notEligibleReasons);
    texts("outcomes.withdrawnReasons", o.withdrawnReasons);
    for (const TimesRow &t : s.times) {
        const std::string c = t.channel ? Domain::code(*t.channel).toStdString() : "all";
        duration("times." + c + ".waiting", t.waiting);
        duration("times." + c + ".service", t.service);
    }
    for (const DayWaiting &d : s.waitingByDay)
        duration("day." + d.date.toString(Qt::ISODate).toStdString(), d.waiting);
    add("referrals.made", double(s.referrals.made));
    add("referrals.answered", double(s.referrals.answered));
    opt("referrals.medianAnswerMs", s.referrals.medianAnswerMs);
    add("referrals.unansweredAtEnd", double(s.referrals.unansweredAtEnd));
    for (const DeliveryFigures &d : s.deliveries) {
        const std::string n = "delivery." + std::to_string(d.serviceId);
        add(n + ".count", double(d.count));
        add(n + ".quantity", d.quantity);
        add(n + ".amount", double(d.amount));
        add(n + ".awaitingApproval", double(d.awaitingApproval));
    }
    add("overrides", double(s.overrides));
    texts("overrideReasons", s.overrideReasons);
    add("survey.offered", double(s.survey.counts.offered));
    add("survey.answered", double(s.survey.counts.answered));
    add("survey.declined", double(s.survey.counts.declined));
    opt("survey.responseRate", s.survey.responseRate);
    opt("survey.mean", s.survey.mean);
    for (const QuestionSummary &q : s.survey.questions) {
        const std::string n = "question." + std::to_string(q.questionId);
        for (int i = 0; i < 5; ++i)
            add(n + ".score" + std::to_string(i + 1), double(q.counts[i]));
        add(n + ".mean", q.mean);
    }
    for (const ScoreGroup &g : s.survey.byService) {
        add("byService." + std::to_string(g.id), double(g.responses));
        opt("byService.mean." + std::to_string(g.id), g.mean);
    }
    for (const ScoreGroup &g : s.survey.byStaff) {
        add("byStaff." + std::to_string(g.id), double(g.responses));
        opt("byStaff.mean." + std::to_string(g.id), g.mean);
    }
    texts("survey.comments", s.survey.comments);
    add("survey.commentTotal", double(s.survey.commentTotal));
    const FollowUpFigures &u = s.followUps;
    int kind = 0;
    for (qint64 v : {u.approvalsDone, u.approvalsOverdue, u.answersPickedUp, u.answersOverdue,
                     u.phoneSurveysDone, u.surveysOverdue, u.documentsMarked, u.approvalsMarked,
                     u.surveysMarked, u.answersMarked})
        add("followUps." + std::to_string(++kind), double(v));
    for (const AnswerCount &a : s.topInquiries)
        add("inquiry." + std::to_string(a.answerId), double(a.cases));
    add("casesWithAnswers", double(s.casesWithAnswers));
    return out;
}

} // namespace ErasureTest
