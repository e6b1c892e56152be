#include "StorageTestSupport.h"

#include "core/Clock.h"
#include "storage/AuditRepository.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/CaseRepository.h"
#include "storage/DeliveryRepository.h"
#include "storage/DocumentRepository.h"
#include "storage/OfficerQueues.h"
#include "storage/ReferralRepository.h"
#include "storage/ServiceRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/SurveyRepository.h"

using namespace StorageTest;

namespace {

struct ClockGuard
{
    FixedClock clock{QDateTime(QDate(2025, 9, 1), QTime(8, 0), Qt::UTC)};
    ClockGuard() { Clock::install(&clock); }
    ~ClockGuard() { Clock::install(nullptr); }
};

qint64 auditRows(Fixture &f, const QString &action)
{
    return f.scalar(
        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = '%1'").arg(action));
}

} // namespace

TEST_CASE("Beneficiary round trip keeps every field and audits", "[storage]")
{
    ClockGuard clock;
    Fixture f;
    BeneficiaryRepository repo(f.db);
    Beneficiary in =
        beneficiary(QStringLiteral("عبد الله"), QStringLiteral("محمد"), QStringLiteral("صالح"),
                    QStringLiteral("آل سعود"), nationalId(7), QStringLiteral("+966501234567"));
    in.gender = Gender::Female;
    in.monthlyIncome.reset();
    auto created = repo.create(in, f.userId);
    REQUIRE(created.ok());
    CHECK(created->id > 0);
    CHECK(created->version == 1);

    auto out = repo.get(created->id);
    REQUIRE(out.ok());
    CHECK(out->name == in.name);
    CHECK(out->idType == in.idType);
    CHECK(out->idNumber == in.idNumber);
    CHECK(out->gender == Gender::Female);
    CHECK(out->birthDate == in.birthDate);
    CHECK(out->phone == in.phone);
    CHECK(out->city == in.city);
    CHECK(out->district == in.district);
    CHECK(out->familySize == in.familySize);
    CHECK_FALSE(out->monthlyIncome.has_value());
    CHECK(out->nationality == in.nationality);
    CHECK(out->consentGiven);
    CHECK(out->consentPurpose == in.consentPurpose);
    CHECK(out->consentAt == in.consentAt);
    CHECK(out->createdAt == clock.clock.nowUtc());
    CHECK(out->version == 1);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM name_tokens WHERE beneficiary_id = %1")
                       .arg(out->id)) > 0);
    CHECK(auditRows(f, QStringLiteral("beneficiary.create")) == 1);

    auto byId = repo.findByIdNumber(IdType::NationalId, in.idNumber);
    REQUIRE(byId.ok());
    REQUIRE(byId->has_value());
    CHECK((*byId)->id == out->id);
    auto none = repo.findByIdNumber(IdType::Iqama, in.idNumber);
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());
    CHECK_FALSE(repo.get(99999).ok());
}

TEST_CASE("A stale beneficiary update is refused with a reason", "[storage]")
{
    Fixture f;
    BeneficiaryRepository repo(f.db);
    auto created = repo.create(beneficiary(QStringLiteral("خالد"), QStringLiteral("فهد"), QString(),
                                           QStringLiteral("الدوسري"), nationalId(8)),
                               f.userId);
    REQUIRE(created.ok());

    Beneficiary first = *created;
    Beneficiary second = *created; // opened at the same time on another desk
    first.phone = QStringLiteral("+966551112222");
    auto saved = repo.update(first, f.userId);
    REQUIRE(saved.ok());
    CHECK(saved->version == 2);

    second.city = QStringLiteral("جدة");
    auto stale = repo.update(second, f.userId);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.isStale());
    CHECK(stale.error().contains(QStringLiteral("موظف الاستقبال saved this beneficiary's record")));
    CHECK(stale.error().contains(QStringLiteral("Reload")));
    auto stored = repo.get(created->id);
    CHECK(stored->phone == QStringLiteral("+966551112222"));
    CHECK(stored->city == QStringLiteral("الرياض"));
    CHECK(auditRows(f, QStringLiteral("beneficiary.update")) == 1);
}

TEST_CASE("A name change rewrites the search keys in the same save", "[storage]")
{
    Fixture f;
    BeneficiaryRepository repo(f.db);
    auto b = repo.create(beneficiary(QStringLiteral("منى"), QString(), QString(),
                                     QStringLiteral("الحربي"), nationalId(9)),
                         f.userId);
    REQUIRE(b.ok());
    const auto keyCount = [&](const QString &key) {
        return f.scalar(
            QStringLiteral("SELECT COUNT(*) FROM name_tokens WHERE key = '%1'").arg(key));
    };
    CHECK(keyCount(QStringLiteral("الحربي")) == 1);
    CHECK(keyCount(QStringLiteral("حربي")) == 1);
    Beneficiary changed = *b;
    changed.name.family = QStringLiteral("الشمري");
    REQUIRE(repo.update(changed, f.userId).ok());
    CHECK(keyCount(QStringLiteral("الحربي")) == 0);
    CHECK(keyCount(QStringLiteral("شمري")) == 1);
}

TEST_CASE("An ID number is unique per ID type", "[storage]")
{
    Fixture f;
    BeneficiaryRepository repo(f.db);
    const QString id = nationalId(10);
    REQUIRE(repo.create(beneficiary(QStringLiteral("ريم"), QString(), QString(),
                                    QStringLiteral("الزهراني"), id),
                        f.userId)
                .ok());
    auto duplicate = repo.create(
        beneficiary(QStringLiteral("هند"), QString(), QString(), QStringLiteral("المالكي"), id),
        f.userId);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().contains(QStringLiteral("already registered")));
    Beneficiary passport =
        beneficiary(QStringLiteral("John"), QString(), QString(), QStringLiteral("Smith"), id);
    passport.idType = IdType::Passport;
    CHECK(repo.create(passport, f.userId).ok());
    auto noName = repo.create(
        beneficiary(QString(), QString(), QString(), QStringLiteral("x"), nationalId(11)),
        f.userId);
    REQUIRE_FALSE(noName.ok());
    CHECK(noName.error().contains(QStringLiteral("first name")));
    CHECK(repo.count().value() == 2);
}

TEST_CASE("File numbers follow on per Hijri year and are kept", "[storage]")
{
    Fixture f;
    BeneficiaryRepository repo(f.db);
    QVector<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        auto b = repo.create(beneficiary(QStringLiteral("علي"), QString(), QString(),
                                         QStringLiteral("الشهري"), nationalId(20 + i)),
                             f.userId);
        REQUIRE(b.ok());
        ids << b->id;
    }
    CHECK(repo.issueFileNumber(ids[0], 1447, f.userId).value() == QStringLiteral("1447-000001"));
    CHECK(repo.issueFileNumber(ids[1], 1447, f.userId).value() == QStringLiteral("1447-000002"));
    CHECK(repo.issueFileNumber(ids[2], 1448, f.userId).value() == QStringLiteral("1448-000001"));
    // Asking again gives the same number and uses no new one.
    CHECK(repo.issueFileNumber(ids[0], 1447, f.userId).value() == QStringLiteral("1447-000001"));
    CHECK(f.scalar(QStringLiteral("SELECT last_number FROM file_number_sequences WHERE "
                                  "hijri_year = 1447")) == 2);
    auto stored = repo.get(ids[1]);
    CHECK(stored->fileNumber == QStringLiteral("1447-000002"));
    // An ordinary update cannot clear it.
    Beneficiary edited = *stored;
    edited.fileNumber.clear();
    REQUIRE(repo.update(edited, f.userId).ok());
    CHECK(repo.get(ids[1])->fileNumber == QStringLiteral("1447-000002"));
}

TEST_CASE("Two connections issuing file numbers never collide", "[storage]")
{
    Fixture f;
    Database other;
    REQUIRE(other.open(f.path()).ok());
    BeneficiaryRepository a(f.db), b(other);
    QStringList numbers;
    for (int i = 0; i < 10; ++i) {
        auto x = a.create(beneficiary(QStringLiteral("سلمان"), QString(), QString(),
                                      QStringLiteral("العنزي"), nationalId(100 + i)),
                          f.userId);
        REQUIRE(x.ok());
        BeneficiaryRepository &repo = i % 2 ? b : a;
        numbers << repo.issueFileNumber(x->id, 1447, f.userId).value();
    }
    numbers.removeDuplicates();
    CHECK(numbers.size() == 10);
}

TEST_CASE("Cases: create, update with step events, stale refused", "[storage]")
{
    ClockGuard clock;
    Fixture f;
    auto ben = BeneficiaryRepository(f.db).create(beneficiary(QStringLiteral("فاطمة"), QString(),
                                                              QString(), QStringLiteral("الشهري"),
                                                              nationalId(30)),
                                                  f.userId);
    REQUIRE(ben.ok());
    CaseRepository cases(f.db);
    Case c;
    c.channel = Channel::PhoneCall;
    c.purpose = Purpose::Inquiry;
    c.inquiryText = QStringLiteral("متى يبدأ التسجيل؟");
    c.receivedBy = f.userId;
    auto created = cases.create(c, f.userId, true);
    REQUIRE(created.ok());
    CHECK(created->arrivalAt == clock.clock.nowUtc());
    CHECK(created->queueNumber == 1);
    CHECK(cases.create(c, f.userId, true)->queueNumber == 2);

    Case moved = *created;
    moved.beneficiaryId = ben->id;
    moved.step = Step::Information;
    moved.serviceStartAt = clock.clock.nowUtc().addSecs(120);
    moved.dataVerified = true;
    moved.declarationSignedAt = clock.clock.nowUtc().addSecs(300);
    moved.declarationRecordedBy = f.userId;
    auto saved = cases.update(moved, f.userId, QStringLiteral("found by ID"));
    REQUIRE(saved.ok());
    CHECK(saved->version == 2);

    auto read = cases.get(created->id);
    REQUIRE(read.ok());
    CHECK(read->beneficiaryId == ben->id);
    CHECK(read->channel == Channel::PhoneCall);
    CHECK(read->purpose == Purpose::Inquiry);
    CHECK(read->inquiryText == c.inquiryText);
    CHECK(read->step == Step::Information);
    CHECK(read->status == CaseStatus::Open);
    CHECK(read->serviceStartAt == moved.serviceStartAt);
    CHECK_FALSE(read->endAt.isValid());
    CHECK(read->receivedBy == f.userId);
    CHECK(read->dataVerified);
    CHECK(read->declarationSignedAt == moved.declarationSignedAt);
    CHECK(read->declarationRecordedBy == f.userId);

    auto events = cases.stepEvents(created->id);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 1);
    CHECK(events->at(0).fromStep == Step::Reception);
    CHECK(events->at(0).toStep == Step::Information);
    CHECK(events->at(0).userId == f.userId);
    CHECK(events->at(0).note == QStringLiteral("found by ID"));

    // A save without a move writes no step event.
    Case note = *saved;
    note.answerText = QStringLiteral("في بداية الشهر");
    auto saved2 = cases.update(note, f.userId);
    REQUIRE(saved2.ok());
    CHECK(cases.stepEvents(created->id)->size() == 1);

    Case done = *saved2;
    done.step = Step::Survey;
    done.status = CaseStatus::InquiryAnswered;
    done.endAt = clock.clock.nowUtc().addSecs(600);
    REQUIRE(cases.update(done, f.userId).ok());
    CHECK(cases.stepEvents(created->id)->size() == 2);

    auto stale = cases.update(moved, f.userId); // version 1, long gone
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.isStale());
    CHECK(stale.error().contains(QStringLiteral("موظف الاستقبال saved this case")));
    CHECK(auditRows(f, QStringLiteral("case.step")) == 2);
    CHECK(auditRows(f, QStringLiteral("case.update")) == 1);
}

TEST_CASE("The desk list pages by keyset and filters by status and step", "[storage]")
{
    ClockGuard clock;
    Fixture f;
    CaseRepository cases(f.db);
    const QDateTime t0(QDate(2025, 9, 1), QTime(6, 0), Qt::UTC);
    for (int i = 0; i < 25; ++i) {
        Case c;
        c.arrivalAt = t0.addSecs(60 * (i / 2)); // pairs share an arrival time
        c.status = i % 5 == 0 ? CaseStatus::Closed : CaseStatus::Open;
        c.step = i % 3 == 0 ? Step::Verification : Step::Reception;
        REQUIRE(cases.create(c, f.userId).ok());
    }
    CaseFilter open;
    open.statuses = {CaseStatus::Open};
    CHECK(cases.count(open).value() == 20);

    QVector<qint64> seen;
    CasePageRequest page;
    page.limit = 6;
    int pages = 0;
    for (;;) {
        auto p = cases.list(open, page);
        REQUIRE(p.ok());
        ++pages;
        for (const Case &c : p->cases) {
            CHECK(c.status == CaseStatus::Open);
            if (!seen.isEmpty()) {
                const auto prev = cases.get(seen.last()).value();
                CHECK(std::make_pair(prev.arrivalAt, prev.id) < std::make_pair(c.arrivalAt, c.id));
            }
            seen << c.id;
        }
        if (!p->next)
            break;
        page.after = p->next;
    }
    CHECK(pages == 4);
    CHECK(seen.size() == 20);

    CaseFilter verifying = open;
    verifying.step = Step::Verification;
    CasePageRequest newest;
    newest.newestFirst = true;
    newest.limit = 100;
    auto v = cases.list(verifying, newest);
    REQUIRE(v.ok());
    CHECK_FALSE(v->next.has_value());
    for (const Case &c : v->cases)
        CHECK(c.step == Step::Verification);
    CHECK(v->cases.size() == cases.count(verifying).value());
    REQUIRE(v->cases.size() > 1);
    CHECK(v->cases.first().arrivalAt >= v->cases.last().arrivalAt);
}

TEST_CASE("Services, document types and rules round trip with rule versions", "[storage]")
{
    Fixture f;
    ServiceRepository repo(f.db);
    DocumentType idCard{0, QStringLiteral("national_id_card"), QStringLiteral("الهوية الوطنية"),
                        QStringLiteral("National ID card"), true};
    DocumentType lease{0, QStringLiteral("lease"), QStringLiteral("عقد الإيجار"),
                       QStringLiteral("Lease"), true};
    REQUIRE(repo.createDocumentType(idCard, f.userId).ok());
    REQUIRE(repo.createDocumentType(lease, f.userId).ok());
    CHECK_FALSE(repo.createDocumentType(idCard, f.userId).ok());
    auto types = repo.documentTypes();
    REQUIRE(types->size() == 2);
    DocumentType renamed = types->at(1);
    renamed.nameEn = QStringLiteral("Rental contract");
    renamed.hasExpiry = false;
    auto updatedType = repo.updateDocumentType(renamed, f.userId);
    REQUIRE(updatedType.ok());
    CHECK(updatedType->nameEn == QStringLiteral("Rental contract"));
    CHECK_FALSE(updatedType->hasExpiry);

    Service s;
    s.code = QStringLiteral("food_basket");
    s.nameAr = QStringLiteral("سلة غذائية");
    s.nameEn = QStringLiteral("Food basket");
    s.needsApproval = true;
    s.requiredDocuments = {QStringLiteral("national_id_card"), QStringLiteral("lease")};
    EligibilityRule income;
    income.kind = EligibilityRule::Kind::IncomePerMemberCeiling;
    income.amount = 150000;
    EligibilityRule cities;
    cities.kind = EligibilityRule::Kind::City;
    cities.values = {QStringLiteral("الرياض"), QStringLiteral("الخرج")};
    EligibilityRule age;
    age.kind = EligibilityRule::Kind::AgeRange;
    age.minimum = 18;
    age.maximum = 65;
    s.rules = {income, cities, age};
    auto created = repo.create(s, f.userId);
    REQUIRE(created.ok());
    CHECK(created->rulesVersion == 1);
    CHECK(created->requiredDocuments == s.requiredDocuments);
    REQUIRE(created->rules.size() == 3);
    CHECK(created->rules[0].amount == 150000);
    CHECK(created->rules[1].values == cities.values);
    CHECK(created->rules[2].minimum == 18);
    CHECK(created->rules[2].maximum == 65);
    CHECK(created->needsApproval);

    Service renamedOnly = *created;
    renamedOnly.nameEn = QStringLiteral("Food basket (monthly)");
    CHECK(repo.update(renamedOnly, f.userId)->rulesVersion == 1);

    Service stricter = *created;
    stricter.rules[0].amount = 120000;
    stricter.requiredDocuments = {QStringLiteral("national_id_card")};
    auto v2 = repo.update(stricter, f.userId);
    REQUIRE(v2.ok());
    CHECK(v2->rulesVersion == 2);
    CHECK(v2->requiredDocuments == QStringList{QStringLiteral("national_id_card")});
    CHECK(repo.rulesAt(created->id, 1)->at(0).amount == 150000);
    CHECK(repo.rulesAt(created->id, 2)->at(0).amount == 120000);
    CHECK_FALSE(repo.rulesAt(created->id, 3).ok());

    auto byCode = repo.findByCode(QStringLiteral("food_basket"));
    REQUIRE(byCode->has_value());
    CHECK((*byCode)->id == created->id);
    CHECK(repo.list(true)->size() == 1);

    Service bad = s;
    bad.code = QStringLiteral("other");
    bad.requiredDocuments = {QStringLiteral("no_such_doc")};
    auto refused = repo.create(bad, f.userId);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("no_such_doc")));
    CHECK_FALSE(repo.findByCode(QStringLiteral("other"))->has_value());
}

TEST_CASE("Documents, referrals, deliveries and surveys round trip", "[storage]")
{
    ClockGuard clock;
    Fixture f;
    ServiceRepository services(f.db);
    REQUIRE(services
                .createDocumentType({0, QStringLiteral("national_id_card"),
                                     QStringLiteral("الهوية"), QString(), true},
                                    f.userId)
                .ok());
    Service svc;
    svc.code = QStringLiteral("rent");
    svc.nameAr = QStringLiteral("مساعدة إيجار");
    auto service = services.create(svc, f.userId);
    REQUIRE(service.ok());
    auto ben =
        BeneficiaryRepository(f.db).create(beneficiary(QStringLiteral("آمنة"), QString(), QString(),
                                                       QStringLiteral("الغامدي"), nationalId(40)),
                                           f.userId);
    REQUIRE(ben.ok());
    Case c;
    c.beneficiaryId = ben->id;
    c.serviceId = service->id;
    auto kase = CaseRepository(f.db).create(c, f.userId);
    REQUIRE(kase.ok());

    SECTION("documents")
    {
        DocumentRepository docs(f.db);
        Document d{0, ben->id, QStringLiteral("national_id_card"), true, false, QDate(2026, 1, 1)};
        auto saved = docs.save(d, f.userId);
        REQUIRE(saved.ok());
        d.verified = true;
        auto again = docs.save(d, f.userId);
        REQUIRE(again.ok());
        CHECK(again->id == saved->id);
        auto list = docs.forBeneficiary(ben->id);
        REQUIRE(list->size() == 1);
        CHECK(list->at(0).verified);
        CHECK(list->at(0).expiry == QDate(2026, 1, 1));
        CHECK(docs.expiring(QDate(2025, 12, 1), QDate(2026, 2, 1))->size() == 1);
        CHECK(docs.expiring(QDate(2026, 2, 1), QDate(2026, 3, 1))->isEmpty());
        CHECK_FALSE(
            docs.save({0, ben->id, QStringLiteral("nope"), true, false, {}}, f.userId).ok());
    }
    SECTION("referrals")
    {
        ReferralRepository refs(f.db);
        Referral r;
        r.caseId = kase->id;
        r.question = QStringLiteral("هل يستحق مع أن الدخل أعلى بقليل؟");
        r.fromStep = Step::Verification;
        auto created = refs.create(r, f.userId);
        REQUIRE(created.ok());
        CHECK(created->referredBy == f.userId);
        CHECK(OfficerQueues(f.db).referrals(50, 0)->size() == 1);
        CHECK(refs.answeredNotPickedUp()->isEmpty());
        auto answered = refs.answer(created->id, QStringLiteral("نعم، بموافقة المدير"), f.userId);
        REQUIRE(answered.ok());
        CHECK(answered->isAnswered());
        CHECK(answered->fromStep == Step::Verification);
        CHECK_FALSE(refs.answer(created->id, QStringLiteral("again"), f.userId).ok());
        CHECK(OfficerQueues(f.db).referrals(50, 0)->isEmpty());
        CHECK(refs.answeredNotPickedUp()->size() == 1);
        REQUIRE(refs.markPickedUp(created->id, f.userId).ok());
        CHECK(refs.answeredNotPickedUp()->isEmpty());
        CHECK(refs.forCase(kase->id)->at(0).pickedUpAt.isValid());
    }
    SECTION("deliveries")
    {
        DeliveryRepository deliveries(f.db);
        Delivery d;
        d.caseId = kase->id;
        d.serviceId = service->id;
        d.quantity = 1.5;
        d.amount = 200000;
        d.notes = QStringLiteral("دفعة أولى");
        d.awaitingApproval = true;
        auto created = deliveries.create(d, f.userId);
        REQUIRE(created.ok());
        CHECK(OfficerQueues(f.db).deliveries(50, 0)->size() == 1);
        auto approved = deliveries.approve(created->id, f.userId);
        REQUIRE(approved.ok());
        CHECK_FALSE(approved->awaitingApproval);
        CHECK(approved->approvedBy == f.userId);
        CHECK(approved->quantity == 1.5);
        CHECK(approved->amount == 200000);
        CHECK_FALSE(deliveries.approve(created->id, f.userId).ok());
        CHECK(deliveries.forCase(kase->id)->size() == 1);
    }
    SECTION("surveys")
    {
        SurveyRepository surveys(f.db);
        auto q1 = surveys.createQuestion(
            {0, QStringLiteral("رضاك عن الإجراءات"), QString(), 1, true}, f.userId);
        auto q2 = surveys.createQuestion({0, QStringLiteral("رضاك عن الموظف"), QString(), 2, true},
                                         f.userId);
        REQUIRE(q1.ok());
        REQUIRE(q2.ok());
        SurveyQuestion retired = *q2;
        retired.active = false;
        REQUIRE(surveys.updateQuestion(retired, f.userId).ok());
        CHECK(surveys.questions(true)->size() == 1);
        CHECK(surveys.questions(false)->size() == 2);

        SurveyResponse r;
        r.caseId = kase->id;
        r.comment = QStringLiteral("شكراً");
        r.answers = {{q1->id, 5}, {q2->id, 4}};
        auto recorded = surveys.record(r, f.userId);
        REQUIRE(recorded.ok());
        auto back = surveys.responseForCase(kase->id);
        REQUIRE(back->has_value());
        CHECK((*back)->answers.size() == 2);
        CHECK((*back)->answers[0].score == 5);
        CHECK((*back)->comment == r.comment);
        CHECK(surveys.responses(clock.clock.nowUtc().addDays(-1), clock.clock.nowUtc().addDays(1))
                  ->size() == 1);
        SurveyResponse bad = r;
        bad.answers = {{q1->id, 6}};
        CHECK_FALSE(surveys.record(bad, f.userId).ok());
    }
}

TEST_CASE("Users, settings and the audit query", "[storage]")
{
    ClockGuard clock;
    Fixture f;
    UserRepository users(f.db);
    User u;
    u.username = QStringLiteral("officer");
    u.displayName = QStringLiteral("مسؤول البرامج");
    u.roles = {Role::ProgramOfficer, Role::Manager};
    auto created = users.create(u, QStringLiteral("$argon2id$hash"), f.userId);
    REQUIRE(created.ok());
    CHECK_FALSE(users.create(u, QString(), f.userId).ok());
    auto found = users.findByUsername(QStringLiteral("officer"));
    REQUIRE(found->has_value());
    CHECK((*found)->roles == u.roles);
    CHECK(users.passwordHash(created->id).value() == QStringLiteral("$argon2id$hash"));
    REQUIRE(users.setPasswordHash(created->id, QString(), f.userId).ok());
    CHECK(users.passwordHash(created->id).value().isEmpty());
    User off = *created;
    off.active = false;
    off.roles = {Role::Receptionist};
    auto updated = users.update(off, f.userId);
    REQUIRE(updated.ok());
    CHECK_FALSE(updated->active);
    CHECK(users.list(true)->size() == 1);
    CHECK(users.count().value() == 2);

    SettingsRepository settings(f.db);
    REQUIRE(
        settings
            .setValue(QStringLiteral("association.name"), QStringLiteral("جمعية البر"), f.userId)
            .ok());
    REQUIRE(
        settings
            .setValue(QStringLiteral("association.name"), QStringLiteral("جمعية الخير"), f.userId)
            .ok());
    CHECK(settings.value(QStringLiteral("association.name"))->value() ==
          QStringLiteral("جمعية الخير"));
    REQUIRE(settings.remove(QStringLiteral("association.name"), f.userId).ok());
    CHECK_FALSE(settings.value(QStringLiteral("association.name"))->has_value());

    AuditRepository audit(f.db);
    AuditQuery byUser;
    byUser.entity = QStringLiteral("user");
    byUser.entityId = created->id;
    auto userEntries = audit.query(byUser);
    REQUIRE(userEntries.ok());
    REQUIRE(userEntries->size() == 3); // create, password, update
    CHECK(userEntries->first().action == QStringLiteral("user.update"));
    CHECK(userEntries->first().userId == f.userId);
    CHECK(userEntries->first().at == clock.clock.nowUtc());

    AuditQuery window;
    window.userId = f.userId;
    window.from = clock.clock.nowUtc();
    window.to = clock.clock.nowUtc().addSecs(1);
    window.limit = 2;
    CHECK(audit.query(window)->size() == 2);
    window.from = clock.clock.nowUtc().addSecs(1);
    window.to = QDateTime();
    CHECK(audit.query(window)->isEmpty());
}
