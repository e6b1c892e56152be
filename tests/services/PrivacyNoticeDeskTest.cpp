#include <catch2/catch.hpp>

#include "ServicesTestSupport.h"

#include "services/PrivacyNoticeDesk.h"
#include "storage/SettingsRepository.h"

using ServicesTest::Fixture;
using ServicesTest::ok;

TEST_CASE("The manager edits the privacy notice, the desk reads it, both audited", "[services]")
{
    Fixture f;
    PrivacyNoticeDesk manager(f.db, *f.manager);
    PrivacyNoticeDesk desk(f.db, *f.desk);

    // Until the manager writes their own, the default in each language.
    CHECK(ok(desk.text(QStringLiteral("ar"))) == PrivacyNotice::defaultBody(QStringLiteral("ar")));
    CHECK(ok(desk.text(QStringLiteral("en"))) == PrivacyNotice::defaultBody(QStringLiteral("en")));
    CHECK_FALSE(ok(manager.isCustom(QStringLiteral("ar"))));

    // Only the catalogue's editors may change it.
    const Status refused = desk.save(QStringLiteral("ar"), QStringLiteral("نص"));
    CHECK(refused.error().contains(QStringLiteral("A receptionist")));
    CHECK(f.auditCount(QStringLiteral("setting.set")) == 0);
    CHECK(manager
              .save(QStringLiteral("ar"),
                    QString(PrivacyNotice::maxBodyLength(QStringLiteral("ar")) + 1, 'x'))
              .error()
              .contains(QStringLiteral("too long")));

    const QString own = QString::fromUtf8("# حقوقك\n\u202Eتحتفظ {association} ببياناتك.  ");
    REQUIRE(manager.save(QStringLiteral("ar"), own).ok());
    CHECK(f.auditCount(QStringLiteral("setting.set")) == 1);
    CHECK(ok(desk.text(QStringLiteral("ar"))) ==
          QString::fromUtf8("# حقوقك\nتحتفظ {association} ببياناتك."));
    CHECK(ok(manager.isCustom(QStringLiteral("ar"))));
    // The English text is still the default.
    CHECK(ok(desk.text(QStringLiteral("en"))) == PrivacyNotice::defaultBody(QStringLiteral("en")));
    // Saving the same again writes nothing.
    REQUIRE(manager.save(QStringLiteral("ar"), own).ok());
    CHECK(f.auditCount(QStringLiteral("setting.set")) == 1);

    // The notice the desk prints: the association's profile and the text.
    const PrivacyNoticeData data = ok(desk.notice(QStringLiteral("ar")));
    CHECK(data.language == QStringLiteral("ar"));
    CHECK(data.body.contains(QString::fromUtf8("ببياناتك")));
    CHECK(data.printedAt == f.clock.nowUtc());
    CHECK(PrivacyNotice::filledBody(data).contains(data.profile.displayName(data.language)));

    // The default put back: the setting is emptied (a manager may not delete
    // settings on a server), audited.
    REQUIRE(
        manager.save(QStringLiteral("ar"), PrivacyNotice::defaultBody(QStringLiteral("ar"))).ok());
    CHECK(f.auditCount(QStringLiteral("setting.set")) == 2);
    CHECK(ok(SettingsRepository(f.db).value(PrivacyNoticeDesk::key(QStringLiteral("ar"))))
              .value_or(QStringLiteral("missing"))
              .isEmpty());
    CHECK_FALSE(ok(manager.isCustom(QStringLiteral("ar"))));
    CHECK(ok(desk.text(QStringLiteral("ar"))) == PrivacyNotice::defaultBody(QStringLiteral("ar")));
    // An empty text is the default too: saving it again writes nothing.
    REQUIRE(manager.save(QStringLiteral("ar"), QStringLiteral("  ")).ok());
    CHECK(f.auditCount(QStringLiteral("setting.set")) == 2);

    // The administrator neither edits the catalogue nor sees cases.
    CHECK_FALSE(PrivacyNoticeDesk(f.db, *f.admin).notice(QStringLiteral("ar")).ok());
}
