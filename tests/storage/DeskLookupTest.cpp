#include "StorageTestSupport.h"

#include "storage/AssociationProfile.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/CaseRepository.h"
#include "storage/ReferralRepository.h"

using namespace StorageTest;

TEST_CASE("Full names of a page of beneficiaries in one read", "[storage]")
{
    Fixture f;
    BeneficiaryRepository repo(f.db);
    const auto a = repo.create(beneficiary(QStringLiteral("أحمد"), QStringLiteral("محمد"),
                                           QString(), QStringLiteral("الشهري"), nationalId(1)),
                               f.userId);
    const auto b = repo.create(beneficiary(QStringLiteral("نورة"), QString(), QString(),
                                           QStringLiteral("العتيبي"), nationalId(2)),
                               f.userId);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    const auto names = repo.fullNames({a->id, b->id, 9999});
    REQUIRE(names.ok());
    CHECK(names->size() == 2);
    CHECK(names->value(a->id) == QStringLiteral("أحمد محمد الشهري"));
    CHECK(names->value(b->id) == QStringLiteral("نورة العتيبي"));
    CHECK(repo.fullNames({})->isEmpty());
}

TEST_CASE("Cases whose referral answer waits for the desk", "[storage]")
{
    Fixture f;
    CaseRepository cases(f.db);
    ReferralRepository referrals(f.db);
    QVector<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        Case c;
        c.receivedBy = f.userId;
        const auto created = cases.create(c, f.userId);
        REQUIRE(created.ok());
        ids << created->id;
    }
    const auto ask = [&](qint64 caseId) {
        Referral r;
        r.caseId = caseId;
        r.question = QStringLiteral("سؤال");
        const auto created = referrals.create(r, f.userId);
        REQUIRE(created.ok());
        return created->id;
    };
    ask(ids[0]);                         // waiting
    const qint64 answered = ask(ids[1]); // answered, not picked up
    REQUIRE(referrals.answer(answered, QStringLiteral("جواب"), f.userId).ok());
    const qint64 picked = ask(ids[2]); // answered and picked up
    REQUIRE(referrals.answer(picked, QStringLiteral("جواب"), f.userId).ok());
    REQUIRE(referrals.markPickedUp(picked, f.userId).ok());

    const auto back = referrals.casesWithAnswerToPickUp(ids);
    REQUIRE(back.ok());
    CHECK(*back == QSet<qint64>{ids[1]});
    CHECK(referrals.casesWithAnswerToPickUp({})->isEmpty());
}

TEST_CASE("The association's name and logo, with defaults", "[storage]")
{
    Fixture f;
    const auto empty = AssociationProfile::load(f.db);
    REQUIRE(empty.ok());
    CHECK(empty->name.isEmpty());
    CHECK(empty->displayName(QStringLiteral("ar")) == AssociationProfile::defaultName());

    AssociationProfile p;
    p.name = QStringLiteral("جمعية البر");
    p.englishName = QStringLiteral("Al-Birr Society");
    p.logoPng = QByteArray("\x89PNG\r\n\x1a\n", 8);
    REQUIRE(AssociationProfile::save(f.db, p, f.userId).ok());
    const auto read = AssociationProfile::load(f.db);
    REQUIRE(read.ok());
    CHECK(read->displayName(QStringLiteral("ar")) == QStringLiteral("جمعية البر"));
    CHECK(read->displayName(QStringLiteral("en")) == QStringLiteral("Al-Birr Society"));
    CHECK(read->logoPng == p.logoPng);

    p.englishName.clear();
    REQUIRE(AssociationProfile::save(f.db, p, f.userId).ok());
    CHECK(AssociationProfile::load(f.db)->displayName(QStringLiteral("en")) ==
          QStringLiteral("جمعية البر"));
}
