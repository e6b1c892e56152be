#include "cli/DemoGenerator.h"

#include "cli/DemoNames.h"
#include "core/Beneficiary.h"
#include "core/Case.h"
#include "core/Clock.h"
#include "core/HijriDate.h"
#include "core/NationalId.h"
#include "core/Service.h"
#include "core/Survey.h"
#include "core/User.h"
#include "services/PasswordHasher.h"
#include "storage/ApprovedAnswerRepository.h"
#include "storage/BulkWriter.h"
#include "storage/CatalogueSetup.h"
#include "storage/Database.h"
#include "storage/DatabaseCheck.h"
#include "storage/ServiceRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/SurveyRepository.h"
#include "storage/UserRepository.h"

#include <QHash>
#include <QTimeZone>

#include <cmath>
#include <random>

namespace {

// A small deterministic random source with the helpers the generator needs.
class Dice
{
public:
    explicit Dice(quint64 seed) : m_engine(seed) {}

    int below(int n) { return int(m_engine() % quint64(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_engine) < p; }
    double exponential(double mean)
    {
        return std::exponential_distribution<double>(1.0 / mean)(m_engine);
    }
    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

    // Index by weights (need not sum to 1).
    int weighted(std::initializer_list<double> weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = std::uniform_real_distribution<double>(0, total)(m_engine);
        int i = 0;
        for (double w : weights) {
            if (x < w)
                return i;
            x -= w;
            ++i;
        }
        return i - 1;
    }

private:
    std::mt19937_64 m_engine;
};

struct Staff
{
    QVector<qint64> receptionists;
    qint64 officer = 0;
};

Result<Staff> ensureStaff(Database &db)
{
    struct Person
    {
        const char *username;
        const char *name;
        Role role;
    };
    const Person people[] = {
        {"reception1", "نورة العتيبي", Role::Receptionist},
        {"reception2", "خالد الشهري", Role::Receptionist},
        {"reception3", "منى القحطاني", Role::Receptionist},
        {"officer", "عبدالله الغامدي", Role::ProgramOfficer},
        {"manager", "سارة الدوسري", Role::Manager},
        {"admin", "فهد الزهراني", Role::Administrator},
    };
    // One hash for every demo account: they share the published demo password.
    const auto hash = PasswordHasher::hash(DemoGenerator::demoPassword());
    if (!hash)
        return hash.status();
    UserRepository users(db);
    Staff staff;
    for (const Person &p : people) {
        const QString username = QLatin1String(p.username);
        auto existing = users.findByUsername(username);
        if (!existing)
            return existing.status();
        qint64 id = 0;
        if (existing->has_value()) {
            id = existing->value().id;
        } else {
            User u;
            u.username = username;
            u.displayName = QString::fromUtf8(p.name);
            u.roles = {p.role};
            const auto created = users.create(u, *hash, 0);
            if (!created)
                return created.status();
            id = created->id;
        }
        if (p.role == Role::Receptionist)
            staff.receptionists << id;
        else if (p.role == Role::ProgramOfficer)
            staff.officer = id;
    }
    return staff;
}

QDateTime deskTime(const QDate &day, int minutesAfterMidnight)
{
    return QDateTime(day, QTime(0, 0), Clock::deskTimeZone())
        .addSecs(qint64(minutesAfterMidnight) * 60)
        .toUTC();
}

// A working day (Sunday to Thursday) within the last `days` days before today.
QDate workingDayBefore(Dice &dice, const QDate &today, int days)
{
    for (;;) {
        const QDate d = today.addDays(-dice.below(days));
        if (d.dayOfWeek() != Qt::Friday && d.dayOfWeek() != Qt::Saturday)
            return d;
    }
}

} // namespace

QString DemoGenerator::demoPassword()
{
    return QStringLiteral("istiqbal-demo");
}

Result<DemoCounts> DemoGenerator::fill(Database &db, const DemoOptions &options,
                                       const std::function<bool(qint64, qint64)> &progress)
{
    if (options.beneficiaries < 1 || options.cases < 0)
        return Result<DemoCounts>::failure(tr("The demo needs at least one beneficiary."));
    // Marked while it fills, so that check refuses what an interrupted fill
    // leaves (its rows are committed in batches).
    SettingsRepository settings(db);
    if (const Status s = settings.setValue(DatabaseCheck::demoFillingKey(),
                                           Clock::instance().nowUtc().toString(Qt::ISODate), 0);
        !s)
        return s;
    if (const Status s = CatalogueSetup::ensureDefaults(db, 0); !s)
        return s;
    const auto staff = ensureStaff(db);
    if (!staff)
        return staff.status();
    const auto services = ServiceRepository(db).list(true);
    if (!services)
        return services.status();
    const auto questions = SurveyRepository(db).questions(true);
    if (!questions)
        return questions.status();
    if (services->isEmpty())
        return Result<DemoCounts>::failure(tr("The catalogue has no active service."));

    // The catalogue of approved answers, once: answered inquiries below
    // record which one was given, as the reception page does.
    ApprovedAnswerRepository answerCatalogue(db);
    const auto listed = answerCatalogue.list(true);
    if (!listed)
        return listed.status();
    QVector<ApprovedAnswer> catalogue = *listed;
    if (catalogue.isEmpty()) {
        for (const QString &line : DemoNames::approvedAnswers()) {
            const QStringList parts = line.split(QLatin1Char('|'));
            ApprovedAnswer a;
            a.question = parts.value(0);
            a.answer = parts.value(1);
            a.sourceDocument = parts.value(2);
            const auto created = answerCatalogue.create(a, 0);
            if (!created)
                return created.status();
            catalogue << *created;
        }
    }

    Dice dice(options.seed);
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : Clock::instance().nowUtc();
    const QDate today = now.toTimeZone(Clock::deskTimeZone()).date();
    const qint64 total = qint64(options.beneficiaries) + options.cases;
    DemoCounts counts;

    BulkWriter writer(db);
    if (const Status s = writer.begin(); !s)
        return s;

    // Beneficiaries. IDs are unique by construction: the index, spread by the
    // seed, in the middle eight digits.
    QVector<qint64> beneficiaryIds;
    beneficiaryIds.reserve(options.beneficiaries);
    const quint64 offset = (options.seed * 7919u) % 50000000u;
    const QStringList residentNationalities = {
        QStringLiteral("EG"), QStringLiteral("YE"), QStringLiteral("SD"), QStringLiteral("PK"),
        QStringLiteral("SY"), QStringLiteral("IN"), QStringLiteral("JO")};
    QHash<int, int> fileSequence;
    for (int i = 0; i < options.beneficiaries; ++i) {
        Beneficiary b;
        const bool citizen = dice.chance(0.85);
        const QString middle =
            QStringLiteral("%1").arg(quint64(i) + offset, 8, 10, QLatin1Char('0'));
        b.idNumber = NationalId::withCheckDigit(
            (citizen ? QStringLiteral("1") : QStringLiteral("2")) + middle);
        b.idType = citizen ? IdType::NationalId : IdType::Iqama;
        b.nationality = citizen ? QStringLiteral("SA") : dice.pick(residentNationalities);
        b.gender = dice.chance(0.55) ? Gender::Female : Gender::Male;
        b.name.first = dice.pick(b.gender == Gender::Female ? DemoNames::femaleFirstNames()
                                                            : DemoNames::maleFirstNames());
        b.name.father = dice.pick(DemoNames::maleFirstNames());
        if (citizen || dice.chance(0.5))
            b.name.grandfather = dice.pick(DemoNames::maleFirstNames());
        b.name.family = dice.pick(DemoNames::familyNames());
        b.birthDate = today.addDays(-(365 * dice.between(18, 80) + dice.below(365)));
        if (dice.chance(0.92))
            b.phone = QStringLiteral("+9665%1").arg(dice.below(100000000), 8, 10, QLatin1Char('0'));
        const QStringList city =
            dice.pick(DemoNames::citiesWithDistricts()).split(QLatin1Char('|'));
        b.city = city.at(0);
        b.district = dice.pick(city.at(1).split(QLatin1Char(',')));
        b.familySize = dice.weighted({8, 14, 16, 17, 15, 12, 8, 5, 3, 2}) + 1;
        b.monthlyIncome = qint64(dice.weighted({20, 30, 25, 15, 10})) * 250000 +
                          qint64(dice.below(250000 / 100)) * 100;
        b.consentGiven = true;
        b.consentPurpose = QString::fromUtf8("تقديم خدمات الجمعية والتواصل بشأنها");
        b.createdAt = now.addDays(-dice.between(1, 730));
        b.consentAt = b.createdAt;
        b.updatedAt = b.createdAt;
        if (dice.chance(0.6)) {
            const auto hijri = HijriDate::fromGregorian(b.createdAt.date());
            const int year = hijri ? hijri->year : 1447;
            b.fileNumber = QStringLiteral("%1-%2").arg(year).arg(++fileSequence[year], 6, 10,
                                                                 QLatin1Char('0'));
        }
        const auto id = writer.addBeneficiary(b);
        if (!id)
            return id.status();
        beneficiaryIds << *id;
        ++counts.beneficiaries;
        if (progress && i % 5000 == 0 && !progress(i, total)) {
            writer.abandon();
            return Result<DemoCounts>::failure(tr("The demo data was cancelled."));
        }
    }

    // Cases, oldest first so ids follow arrival like a real desk's.
    QVector<QDateTime> arrivals;
    arrivals.reserve(options.cases);
    for (int i = 0; i < options.cases; ++i) {
        const QDate day = workingDayBefore(dice, today, 365);
        QDateTime at = deskTime(day, 8 * 60 + dice.below(7 * 60 + 30));
        if (at > now)
            at = now.addSecs(-60 * dice.between(5, 120));
        arrivals << at;
    }
    std::sort(arrivals.begin(), arrivals.end());

    for (int i = 0; i < options.cases; ++i) {
        Case c;
        c.arrivalAt = arrivals.at(i);
        c.channel = Domain::channels().at(dice.weighted({40, 25, 8, 5, 4, 10, 8}));
        c.purpose = Domain::purposes().at(dice.weighted({28, 57, 5, 10}));
        c.receivedBy = staff->receptionists.at(dice.below(int(staff->receptionists.size())));
        if (c.channel == Channel::Interview)
            c.queueNumber = 1 + dice.below(60);
        const bool recent = c.arrivalAt.daysTo(now) < 3;
        const bool stillOwed = c.arrivalAt.daysTo(now) < 21;
        const double waitMinutes = 2 + dice.exponential(c.channel == Channel::Interview ? 14 : 6);
        const double serviceMinutes = 5 + dice.exponential(18);
        const QDateTime start = c.arrivalAt.addSecs(qint64(waitMinutes * 60));
        const QDateTime end = start.addSecs(qint64(serviceMinutes * 60));

        const Service &service = services->at(dice.below(int(services->size())));
        QVector<StepEvent> events;
        auto event = [&](Step from, CaseStatus fromStatus, Step to, CaseStatus toStatus,
                         const QDateTime &at, qint64 user, const QString &note = QString()) {
            StepEvent e;
            e.fromStep = from;
            e.fromStatus = fromStatus;
            e.toStep = to;
            e.toStatus = toStatus;
            e.at = at;
            e.userId = user;
            e.note = note;
            events << e;
        };

        bool referred = false;
        qint64 givenAnswer = 0;
        QString givenAnswerText;
        Referral referral;
        bool delivered = false;
        bool survey = false;
        bool declined = false;
        const auto toInformation = [&] {
            event(Step::Reception, CaseStatus::Open, Step::Information, CaseStatus::Open, start,
                  c.receivedBy);
        };

        if (c.purpose == Purpose::Inquiry || c.purpose == Purpose::SuggestionOrComplaint) {
            // Most inquiries are the common ones, a few ask the same few
            // things far more often than the rest.
            if (c.purpose == Purpose::Inquiry && !catalogue.isEmpty() && dice.chance(0.8)) {
                const int k = int(catalogue.size());
                int pick = 0;
                while (pick < k - 1 && dice.chance(0.6))
                    ++pick;
                givenAnswer = catalogue.at(pick).id;
                givenAnswerText = catalogue.at(pick).answer;
                c.inquiryText = catalogue.at(pick).question;
            } else {
                c.inquiryText = dice.pick(DemoNames::inquiries());
            }
            if (dice.chance(0.35))
                c.beneficiaryId = beneficiaryIds.at(dice.below(int(beneficiaryIds.size())));
            if (recent && dice.chance(0.5)) {
                c.step = Step::Reception;
            } else {
                c.answerText =
                    givenAnswer != 0
                        ? givenAnswerText
                        : QString::fromUtf8("تمت الإجابة وتزويد المراجع بالمعلومات اللازمة.");
                c.serviceStartAt = start;
                event(Step::Reception, CaseStatus::Open, Step::Survey, CaseStatus::Open, start,
                      c.receivedBy);
                // A survey is still owed by phone only for a few weeks; older ones
                // were taken or declined by then.
                const int outcome = recent ? 2 : dice.weighted({60, 12, stillOwed ? 28.0 : 0.0});
                survey = outcome == 0;
                declined = outcome == 1;
                if (outcome == 2) {
                    c.step = Step::Survey; // survey still owed (by phone)
                } else {
                    c.step = Step::Survey;
                    c.status = CaseStatus::InquiryAnswered;
                    c.endAt = end;
                    event(Step::Survey, CaseStatus::Open, Step::Survey, CaseStatus::InquiryAnswered,
                          end, c.receivedBy);
                }
            }
        } else {
            c.beneficiaryId = beneficiaryIds.at(dice.below(int(beneficiaryIds.size())));
            c.serviceId = service.id;
            c.inquiryText = service.nameAr;
            referred = dice.chance(0.12);
            // How far the case got: recent cases are still open somewhere.
            const int reached = recent ? dice.between(1, 7) : 8;
            const int ending =
                dice.weighted({82, 8, 5, 5}); // served, not eligible, withdrawn, owed
            c.serviceStartAt = reached > 1 ? start : QDateTime();
            Step at = Step::Reception;
            auto go = [&](Step to, const QDateTime &when) {
                event(at, CaseStatus::Open, to, CaseStatus::Open, when, c.receivedBy);
                at = to;
            };
            if (reached > 1)
                toInformation(), at = Step::Information;
            if (referred && reached > 2) {
                referral.question =
                    QString::fromUtf8("هل يستحق المستفيد الخدمة مع أن دخله قريب من الحد الأعلى؟");
                referral.referredBy = c.receivedBy;
                referral.referredAt = start.addSecs(300);
                referral.fromStep = Step::Information;
                event(Step::Information, CaseStatus::Open, Step::Referral,
                      CaseStatus::WaitingReferral, referral.referredAt, c.receivedBy);
                const bool answered = !recent || dice.chance(0.6);
                if (answered) {
                    referral.answer =
                        QString::fromUtf8("نعم، يُستكمل التسجيل بعد التحقق من إثبات الدخل.");
                    referral.answeredBy = staff->officer;
                    referral.answeredAt = referral.referredAt.addSecs(
                        qint64(60 * (10 + dice.exponential(recent ? 60 : 240))));
                    referral.pickedUpAt = referral.answeredAt.addSecs(60 * dice.between(5, 90));
                    event(Step::Referral, CaseStatus::WaitingReferral, Step::Referral,
                          CaseStatus::Open, referral.answeredAt, staff->officer);
                    event(Step::Referral, CaseStatus::Open, Step::Information, CaseStatus::Open,
                          referral.pickedUpAt, c.receivedBy);
                } else {
                    at = Step::Referral;
                    c.status = CaseStatus::WaitingReferral;
                }
            }
            if (c.status != CaseStatus::WaitingReferral) {
                const QDateTime later =
                    referred && referral.pickedUpAt.isValid() ? referral.pickedUpAt : start;
                if (!recent && ending == 1) {
                    c.status = CaseStatus::NotEligible;
                    c.closingReason =
                        QString::fromUtf8("دخل الفرد في الأسرة أعلى من الحد الأعلى للخدمة.");
                    go(Step::Verification, later.addSecs(400));
                    event(at, CaseStatus::Open, at, CaseStatus::NotEligible, later.addSecs(500),
                          c.receivedBy);
                    c.endAt = later.addSecs(500);
                } else if (!recent && ending == 2) {
                    c.status = CaseStatus::Withdrawn;
                    c.closingReason = QString::fromUtf8("انسحب المستفيد لعدم توفر المستندات.");
                    event(at, CaseStatus::Open, at, CaseStatus::Withdrawn, later.addSecs(300),
                          c.receivedBy);
                    c.endAt = later.addSecs(300);
                } else {
                    const Step path[] = {Step::Verification, Step::Registration, Step::Delivery,
                                         Step::Survey};
                    const int stepsToTake = reached >= 8 ? 4 : std::max(0, reached - 3);
                    for (int s = 0; s < stepsToTake; ++s)
                        go(path[s], later.addSecs(120 * (s + 1)));
                    if (stepsToTake >= 1) {
                        c.dataVerified = true;
                        c.declarationSignedAt = later.addSecs(200);
                        c.declarationRecordedBy = c.receivedBy;
                    }
                    delivered = stepsToTake >= 3;
                    if (stepsToTake == 4 && !recent) {
                        const int outcome =
                            ending == 3 ? (stillOwed ? 2 : 1) : dice.weighted({75, 12, 0});
                        survey = outcome == 0;
                        declined = outcome == 1;
                        if (outcome != 2) {
                            c.status = CaseStatus::Closed;
                            c.endAt = end.addSecs(600);
                            event(Step::Survey, CaseStatus::Open, Step::Survey, CaseStatus::Closed,
                                  c.endAt, c.receivedBy);
                        }
                    }
                }
            }
            c.step = at;
        }
        if (c.endAt.isValid() && c.endAt > now)
            c.endAt = now;

        const auto caseId = writer.addCase(c);
        if (!caseId)
            return caseId.status();
        ++counts.cases;
        for (StepEvent &e : events) {
            e.caseId = *caseId;
            if (const auto r = writer.addStepEvent(e); !r)
                return r.status();
        }
        if (givenAnswer != 0 && c.serviceStartAt.isValid()) {
            GivenAnswer g;
            g.caseId = *caseId;
            g.answerId = givenAnswer;
            g.givenAt = c.serviceStartAt;
            g.givenBy = c.receivedBy;
            if (Status s = writer.addGivenAnswer(g); !s)
                return s;
        }
        if (referred && referral.referredAt.isValid()) {
            referral.caseId = *caseId;
            if (const auto r = writer.addReferral(referral); !r)
                return r.status();
            ++counts.referrals;
        }
        if (delivered) {
            Delivery d;
            d.caseId = *caseId;
            d.serviceId = c.serviceId;
            d.deliveredAt = end;
            d.deliveredBy = c.receivedBy;
            d.quantity = service.code == QLatin1String("food_basket") ? dice.between(1, 3) : 1;
            if (service.code == QLatin1String("monthly_support") ||
                service.code == QLatin1String("rent_aid") ||
                service.code == QLatin1String("medical_aid"))
                d.amount = qint64(dice.between(5, 40)) * 10000;
            d.awaitingApproval = service.needsApproval && recent && dice.chance(0.5);
            if (service.needsApproval && !d.awaitingApproval) {
                d.approvedBy = staff->officer;
                d.approvedAt = end.addSecs(-300);
            }
            if (const auto r = writer.addDelivery(d); !r)
                return r.status();
            ++counts.deliveries;
        }
        if ((survey || declined) && c.endAt.isValid()) {
            SurveyResponse r;
            r.caseId = *caseId;
            r.takenAt = c.endAt;
            r.takenBy = c.receivedBy;
            r.declined = declined;
            r.byPhone = c.channel == Channel::PhoneCall || dice.chance(0.15);
            if (!declined) {
                const int mood = dice.weighted({5, 10, 35, 50}); // how the visit went
                for (const SurveyQuestion &q : *questions) {
                    const int score = std::clamp(
                        2 + mood + dice.between(-1, 1) - (dice.chance(0.1) ? 1 : 0), 1, 5);
                    r.answers.push_back({q.id, score});
                }
                if (dice.chance(0.2))
                    r.comment = dice.pick(DemoNames::surveyComments());
            }
            if (const auto saved = writer.addSurveyResponse(r); !saved)
                return saved.status();
            ++counts.surveys;
        }
        if (progress && i % 5000 == 0 && !progress(options.beneficiaries + i, total)) {
            writer.abandon();
            return Result<DemoCounts>::failure(tr("The demo data was cancelled."));
        }
    }
    if (const Status s = writer.finish(0, QStringLiteral("demo.fill")); !s)
        return s;
    if (const Status s = settings.remove(DatabaseCheck::demoFillingKey(), 0); !s)
        return s;
    if (progress)
        progress(total, total);
    return counts;
}
