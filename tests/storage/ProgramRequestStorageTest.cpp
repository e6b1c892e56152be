#include "StorageTestSupport.h"

#include "core/ProgramRequestFlow.h"
#include "storage/AuditRepository.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/CatalogueSetup.h"
#include "storage/OrganisationRepository.h"
#include "storage/OrganisationSearch.h"
#include "storage/ProgramKindRepository.h"
#include "storage/ProgramRequestRepository.h"

using namespace StorageTest;
using Kind = OrganisationMatch::Kind;

namespace {

struct Organisations
{
    Fixture f;

    qint64 add(const QString &name, OrganisationKind kind = OrganisationKind::Mosque)
    {
        Organisation o;
        o.name = name;
        o.kind = kind;
        const auto made = OrganisationRepository(f.db).create(o, f.userId);
        INFO(made.error().toStdString());
        REQUIRE(made.ok());
        return made->id;
    }
    QVector<OrganisationMatch> find(const QString &query)
    {
        const auto found = OrganisationSearch(f.db).find(query);
        INFO(found.error().toStdString());
        REQUIRE(found.ok());
        return *found;
    }
    QVector<qint64> ids(const QString &query)
    {
        QVector<qint64> out;
        for (const OrganisationMatch &m : find(query))
            out << m.organisation.id;
        return out;
    }
};

void requireIndexedPlan(Database &db, const QString &query)
{
    const bool pg = db.dialect().isPostgreSQL();
    if (pg)
        REQUIRE(db.execute(QStringLiteral("SET enable_seqscan = off"), QString()).ok());
    auto plan = OrganisationSearch(db).queryPlan(query);
    if (pg)
        REQUIRE(db.execute(QStringLiteral("RESET enable_seqscan"), QString()).ok());
    INFO(plan.error().toStdString());
    REQUIRE(plan.ok());
    INFO(query.toStdString() << "\n" << plan->join(QLatin1Char('\n')).toStdString());
    REQUIRE_FALSE(plan->isEmpty());
    CHECK(planScans(db.dialect(), *plan,
                    {QStringLiteral("organisations"), QStringLiteral("organisation_name_tokens"),
                     QStringLiteral("organisation_name_folds"), QStringLiteral("o")})
              .isEmpty());
    CHECK(plan->join(QLatin1Char('\n')).contains(QStringLiteral("INDEX"), Qt::CaseInsensitive));
}

} // namespace

TEST_CASE("An organisation is found by its name in any spelling", "[storage][programs]")
{
    Organisations o;
    const qint64 mosque = o.add(QStringLiteral("جامع عائشة أم المؤمنين"));
    const qint64 school = o.add(QStringLiteral("مدرسة الأمل الابتدائية"), OrganisationKind::School);
    const qint64 ministry = o.add(QStringLiteral("فرع وزارة الشؤون الإسلامية بالرياض"),
                                  OrganisationKind::GovernmentBody);
    const qint64 ibrahim = o.add(QStringLiteral("مسجد إبراهيم الخليل"));

    // Alef, teh marbuta and the article (rules 4.1-4.9).
    CHECK(o.ids(QStringLiteral("مدرسه امل")) == QVector<qint64>{school});
    CHECK(o.ids(QStringLiteral("الامل")) == QVector<qint64>{school});
    CHECK(o.ids(QStringLiteral("وزاره الشوون")) == QVector<qint64>{ministry});
    // Everyday hamza spellings (rule 4.6), both ways.
    const auto aisha = o.find(QStringLiteral("عايشة"));
    REQUIRE(aisha.size() == 1);
    CHECK(aisha.first().organisation.id == mosque);
    CHECK(aisha.first().kind == Kind::SecondaryWholeWords);
    CHECK(o.ids(QStringLiteral("جامع عائشه")) == QVector<qint64>{mosque});
    CHECK(o.ids(QStringLiteral("ابرهيم")) == QVector<qint64>{ibrahim});
    // The last word by its start; every word needed.
    CHECK(o.ids(QStringLiteral("وزارة الشؤ")) == QVector<qint64>{ministry});
    CHECK(o.ids(QStringLiteral("جامع الأمل")).isEmpty());
    CHECK(o.ids(QStringLiteral("  ")).isEmpty());

    // Whole words before a start, exact spelling before a folded one.
    const qint64 masjid = o.add(QStringLiteral("مسجد الرحمة"));
    const auto ranked = o.find(QStringLiteral("مسجد"));
    REQUIRE(ranked.size() == 2);
    CHECK(ranked.at(0).kind == Kind::WholeWords);
    const auto start = o.find(QStringLiteral("مسج"));
    REQUIRE(start.size() == 2);
    CHECK(start.at(0).kind == Kind::Prefix);
    CHECK((QVector<qint64>{start.at(0).organisation.id, start.at(1).organisation.id}.contains(
        masjid)));
}

TEST_CASE("A renamed organisation is found by its new name only", "[storage][programs]")
{
    Organisations o;
    const qint64 id = o.add(QStringLiteral("جمعية البر"), OrganisationKind::Association);
    auto read = OrganisationRepository(o.f.db).get(id);
    REQUIRE(read.ok());
    Organisation changed = *read;
    changed.name = QStringLiteral("جمعية تحفيظ القرآن");
    const auto saved = OrganisationRepository(o.f.db).update(changed, o.f.userId);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    CHECK(saved->version == 2);
    CHECK(o.ids(QStringLiteral("البر")).isEmpty());
    CHECK(o.ids(QStringLiteral("القران")) == QVector<qint64>{id});
    // A save on the copy read before is refused.
    const auto stale = OrganisationRepository(o.f.db).update(changed, o.f.userId);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().contains(QStringLiteral("Someone else changed this organisation")));
    CHECK(o.f.scalar(QStringLiteral("SELECT COUNT(*) FROM organisations")) == 1);
}

TEST_CASE("The organisation search reads indexes, never a whole table", "[storage][programs]")
{
    Organisations o;
    static const char *const kinds[] = {"مسجد", "جامع", "مدرسة", "جمعية", "مركز"};
    static const char *const names[] = {"النور",  "الهدى",   "عائشة",  "الإيمان",
                                        "التقوى", "الفرقان", "السلام", "الأمل"};
    for (int i = 0; i < 200; ++i)
        o.add(QStringLiteral("%1 %2 %3")
                  .arg(QString::fromUtf8(kinds[i % 5]), QString::fromUtf8(names[i % 8]))
                  .arg(i));
    for (const QString &q :
         {QStringLiteral("مسجد"), QStringLiteral("جامع عايشة"), QStringLiteral("مدرسه الامل"),
          QStringLiteral("مركز الس"), QStringLiteral("الايمان")})
        requireIndexedPlan(o.f.db, q);
    CHECK(o.ids(QStringLiteral("جامع عايشة")).size() == 5); // 26, 66, 106, 146, 186
    CHECK(o.ids(QStringLiteral("مدرسة عايشة")).size() == 5);
}

TEST_CASE("The starting catalogue has the five program kinds, and the manager's changes are kept",
          "[storage][programs]")
{
    Fixture f;
    ProgramKindRepository repo(f.db);
    CHECK(repo.list(true)->isEmpty());
    CatalogueSetupReport setUp;
    REQUIRE(CatalogueSetup::ensureDefaults(f.db, 0, &setUp).ok());
    CHECK(setUp.programKinds == 5);
    auto kinds = repo.list();
    REQUIRE(kinds.ok());
    REQUIRE(kinds->size() == 5);
    CHECK(kinds->first().nameAr == QStringLiteral("محاضرة"));
    CHECK(kinds->at(3).nameEn == QStringLiteral("Visit"));

    ProgramKind seminar;
    seminar.nameAr = QStringLiteral("ندوة");
    seminar.nameEn = QStringLiteral("Seminar");
    const auto added = repo.create(seminar, f.userId);
    REQUIRE(added.ok());
    CHECK(added->position == 6);
    ProgramKind retired = *added;
    retired.active = false;
    REQUIRE(repo.update(retired, f.userId).ok());
    CHECK(repo.list()->size() == 5);
    CHECK(repo.list(true)->size() == 6);
    CHECK_FALSE(repo.update(retired, f.userId).ok());
    // Put in once: a catalogue with kinds (even all retired) is left alone.
    REQUIRE(CatalogueSetup::ensureDefaults(f.db, 0, &setUp).ok());
    CHECK(setUp.programKinds == 0);
    CHECK(repo.list(true)->size() == 6);
}

TEST_CASE("A program request is kept with its attachments and its declaration",
          "[storage][programs]")
{
    Organisations o;
    Database &db = o.f.db;
    REQUIRE(CatalogueSetup::ensureDefaults(db, 0).ok());
    const qint64 mosque = o.add(QStringLiteral("جامع النور"));
    ProgramRequest r;
    r.organisationId = mosque;
    r.channel = Channel::Letter;
    r.programKindId = ProgramKindRepository(db).list()->first().id;
    r.audience = QStringLiteral("جماعة المسجد");
    r.expectedParticipants = 120;
    r.place = QStringLiteral("الجامع");
    r.proposedFrom = QDate(2027, 3, 1);
    r.proposedTo = QDate(2027, 3, 5);
    r.letterNumber = QStringLiteral("118");
    r.letterDate = QDate(2026, 11, 20);
    r.attachments = {{QStringLiteral("خطاب الطلب"), true}, {QStringLiteral("جدول مقترح"), false}};
    ProgramRequestRepository repo(db);
    const auto made = repo.create(r, o.f.userId);
    INFO(made.error().toStdString());
    REQUIRE(made.ok());
    CHECK(made->state == ProgramRequest::State::Received);

    const auto read = repo.get(made->id);
    REQUIRE(read.ok());
    CHECK(read->organisationId == mosque);
    CHECK(read->beneficiaryId == 0);
    CHECK(read->proposedTo == QDate(2027, 3, 5));
    CHECK(read->letterDate == QDate(2026, 11, 20));
    REQUIRE(read->attachments.size() == 2);
    CHECK(read->attachments.at(0).received);
    CHECK(read->attachments.at(1).label == QStringLiteral("جدول مقترح"));
    CHECK(read->receivedBy == o.f.userId);

    const auto declared =
        repo.declare(made->id, 1, QStringLiteral("إمام الجامع"), QDate(2026, 11, 22), o.f.userId);
    INFO(declared.error().toStdString());
    REQUIRE(declared.ok());
    CHECK(declared->state == ProgramRequest::State::Declared);
    CHECK(declared->declarantName == QStringLiteral("إمام الجامع"));
    CHECK(declared->version == 2);
    CHECK_FALSE(
        repo.declare(made->id, 1, QStringLiteral("x"), QDate(2026, 11, 22), o.f.userId).ok());

    ProgramRequestQuery declaredOnes;
    declaredOnes.states = {ProgramRequest::State::Declared};
    const auto listed = repo.list(declaredOnes);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().requesterName == QStringLiteral("جامع النور"));
    CHECK(listed->first().kindNameEn == QStringLiteral("Lecture"));
    declaredOnes.states = {ProgramRequest::State::Received};
    CHECK(repo.list(declaredOnes)->isEmpty());

    AuditQuery aboutIt;
    aboutIt.entity = QStringLiteral("program_request");
    aboutIt.entityId = made->id;
    const auto audit = AuditRepository(db).query(aboutIt);
    REQUIRE(audit.ok());
    QStringList actions;
    for (const AuditEntry &e : *audit)
        actions << e.action;
    CHECK(actions.contains(QStringLiteral("program_request.receive")));
    CHECK(actions.contains(QStringLiteral("program_request.declare")));
}

TEST_CASE("A program request has one requester, enforced by the database", "[storage][programs]")
{
    Organisations o;
    const qint64 mosque = o.add(QStringLiteral("جامع النور"));
    const auto person = BeneficiaryRepository(o.f.db).create(
        beneficiary(QStringLiteral("سعد"), QStringLiteral("علي"), QString(),
                    QStringLiteral("الحربي"), nationalId(4242)),
        o.f.userId);
    REQUIRE(person.ok());
    ProgramRequest both;
    both.organisationId = mosque;
    both.beneficiaryId = person->id;
    both.audience = QStringLiteral("شباب الحي");
    both.programText = QStringLiteral("دورة");
    CHECK_FALSE(ProgramRequestRepository(o.f.db).create(both, o.f.userId).ok());
    both.organisationId = 0;
    const auto fromPerson = ProgramRequestRepository(o.f.db).create(both, o.f.userId);
    REQUIRE(fromPerson.ok());
    CHECK(ProgramRequestRepository(o.f.db).list({})->first().requesterName.contains(
        QStringLiteral("سعد")));
}
