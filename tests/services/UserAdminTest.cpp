#include "ServicesTestSupport.h"

#include "services/AssociationDesk.h"
#include "services/Authenticator.h"
#include "services/UserAdmin.h"
#include "storage/AssociationProfile.h"

#include <QBuffer>
#include <QImage>

using namespace ServicesTest;

namespace {

QByteArray picture(int width, int height, const char *format)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(0x1b, 0x6e, 0x4f));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, format));
    return bytes;
}

} // namespace

TEST_CASE("Only the administrator manages users and the association, in the services",
          "[services][users]")
{
    Fixture f;
    Authenticator auth(f.db);
    const qint64 usersBefore = f.scalar(QStringLiteral("SELECT COUNT(*) FROM users"));
    const qint64 auditBefore = f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const QString deskRefusal =
        QStringLiteral("A receptionist may not manage users and their roles; ask the "
                       "administrator.");

    UserAdmin asDesk(f.db, *f.desk, auth);
    CHECK(asDesk.users().error() == deskRefusal);
    CHECK(asDesk
              .addUser(QStringLiteral("sami"), QStringLiteral("سامي"), {Role::Administrator},
                       QStringLiteral("a long password"))
              .error() == deskRefusal);
    // Not even to make themselves an administrator.
    CHECK(asDesk.updateUser(f.desk->userId(), QStringLiteral("x"), {Role::Administrator}).error() ==
          deskRefusal);
    CHECK(asDesk.setActive(f.officer->userId(), false).error() == deskRefusal);
    CHECK(asDesk.resetPassword(f.officer->userId(), QStringLiteral("a long password")).error() ==
          deskRefusal);
    CHECK(UserAdmin(f.db, *f.manager, auth).users().error() ==
          QStringLiteral("A manager may not manage users and their roles; ask the "
                         "administrator."));

    AssociationProfile p;
    p.name = QStringLiteral("جمعية البر");
    const QString associationRefusal = QStringLiteral(
        "A receptionist may not change the association's details; ask the administrator.");
    CHECK(AssociationDesk(f.db, *f.desk).save(p).error() == associationRefusal);
    CHECK(AssociationDesk(f.db, *f.desk).load().error() == associationRefusal);
    CHECK_FALSE(AssociationDesk(f.db, *f.manager).save(p).ok());

    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM users")) == usersBefore);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM settings")) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")) == auditBefore);
    CHECK(ok(UserRepository(f.db).get(f.desk->userId())).roles ==
          QVector<Role>{Role::Receptionist});
}

TEST_CASE("The administrator adds a user who signs in with the roles given", "[services][users]")
{
    Fixture f;
    Authenticator auth(f.db);
    UserAdmin admin(f.db, *f.admin, auth);

    CHECK(admin
              .addUser(QStringLiteral("two words"), QStringLiteral("x"), {Role::Receptionist},
                       QStringLiteral("a long password"))
              .error()
              .contains(QStringLiteral("no spaces")));
    CHECK(admin
              .addUser(QStringLiteral("huda"), QStringLiteral("هدى"), {},
                       QStringLiteral("a long password"))
              .error() == QStringLiteral("Give the user at least one role."));
    CHECK(admin
              .addUser(QStringLiteral("huda"), QStringLiteral("هدى"), {Role::Receptionist},
                       QStringLiteral("short"))
              .error()
              .contains(QStringLiteral("8")));

    const User huda = ok(admin.addUser(QStringLiteral("Huda"), QStringLiteral("هدى الشمري"),
                                       {Role::Receptionist, Role::ProgramOfficer},
                                       QStringLiteral("a long password")));
    CHECK(huda.username == QStringLiteral("huda"));
    const Session signedIn =
        ok(auth.signIn(QStringLiteral("huda"), QStringLiteral("a long password")));
    CHECK(signedIn.may(Action::AnswerReferral));
    CHECK_FALSE(signedIn.may(Action::EditCatalogue));

    // Roles change: a manager now, no longer at the desk.
    const User manager = ok(admin.updateUser(huda.id, QStringLiteral("هدى"), {Role::Manager}));
    CHECK(manager.roles == QVector<Role>{Role::Manager});
    CHECK(manager.displayName == QStringLiteral("هدى"));
    CHECK(ok(auth.signIn(QStringLiteral("huda"), QStringLiteral("a long password")))
              .may(Action::EditCatalogue));

    // Deactivated: refused with the usual words; reactivated: back.
    CHECK_FALSE(ok(admin.setActive(huda.id, false)).active);
    CHECK(auth.signIn(QStringLiteral("huda"), QStringLiteral("a long password")).error() ==
          Authenticator::wrongCredentials());
    CHECK(ok(admin.setActive(huda.id, true)).active);
    CHECK(auth.signIn(QStringLiteral("huda"), QStringLiteral("a long password")).ok());

    const QVector<User> all = ok(admin.users());
    CHECK(all.size() == 5);
    CHECK(f.auditCount(QStringLiteral("user.update")) == 3);
}

TEST_CASE("Passwords are reset by the administrator and changed by their owner",
          "[services][users]")
{
    Fixture f;
    Authenticator auth(f.db);
    UserAdmin admin(f.db, *f.admin, auth);
    REQUIRE(admin.resetPassword(f.desk->userId(), QStringLiteral("first password")).ok());
    const Session desk = ok(auth.signIn(QStringLiteral("desk"), QStringLiteral("first password")));

    // The owner changes it, giving the current one.
    UserAdmin own(f.db, desk, auth);
    CHECK(own.changeOwnPassword(QStringLiteral("not it at all"), QStringLiteral("second password"))
              .error() == Authenticator::wrongCredentials());
    CHECK(own.changeOwnPassword(QStringLiteral("first password"), QStringLiteral("short"))
              .error()
              .contains(QStringLiteral("8")));
    REQUIRE(
        own.changeOwnPassword(QStringLiteral("first password"), QStringLiteral("second password"))
            .ok());
    CHECK(auth.signIn(QStringLiteral("desk"), QStringLiteral("first password")).error() ==
          Authenticator::wrongCredentials());
    CHECK(auth.signIn(QStringLiteral("desk"), QStringLiteral("second password")).ok());

    // Forgotten: the administrator sets a new one.
    REQUIRE(admin.resetPassword(f.desk->userId(), QStringLiteral("third password")).ok());
    CHECK_FALSE(auth.signIn(QStringLiteral("desk"), QStringLiteral("second password")).ok());
    CHECK(auth.signIn(QStringLiteral("desk"), QStringLiteral("third password")).ok());
    CHECK(f.auditCount(QStringLiteral("user.password")) == 3);

    // Nobody signed in changes nothing.
    const Session nobody{User()};
    CHECK_FALSE(UserAdmin(f.db, nobody, auth)
                    .changeOwnPassword(QStringLiteral("third password"), QStringLiteral("x"))
                    .ok());
}

TEST_CASE("The association always keeps an administrator", "[services][users]")
{
    Fixture f;
    Authenticator auth(f.db);
    UserAdmin admin(f.db, *f.admin, auth);
    CHECK(admin.setActive(f.admin->userId(), false).error() ==
          QStringLiteral("You cannot deactivate your own account."));
    CHECK(admin.updateUser(f.admin->userId(), QStringLiteral("مدير"), {Role::Manager})
              .error()
              .contains(QStringLiteral("your own administrator role")));

    // A second administrator (who can sign in) may be demoted; then the
    // first is the only one left and keeps the role.
    const User second = ok(admin.addUser(QStringLiteral("second"), QStringLiteral("الثاني"),
                                         {Role::Administrator}, QStringLiteral("a long password")));
    const Session other =
        ok(auth.signIn(QStringLiteral("second"), QStringLiteral("a long password")));
    REQUIRE(admin.resetPassword(f.admin->userId(), QStringLiteral("admin password")).ok());
    UserAdmin byOther(f.db, other, auth);
    CHECK(ok(admin.updateUser(second.id, QStringLiteral("الثاني"), {Role::Manager})).roles ==
          QVector<Role>{Role::Manager});
    CHECK(byOther.setActive(f.admin->userId(), false).error().contains(QStringLiteral("only")));
}

TEST_CASE("The association's identity is saved with licence number, address and logo",
          "[services][association]")
{
    Fixture f;
    AssociationDesk editor(f.db, *f.admin);
    AssociationProfile p;
    p.name = QStringLiteral("  جمعية البر الخيرية  ");
    p.englishName = QStringLiteral("Al-Birr Charitable Society");
    p.licenceNumber = QStringLiteral("١٢٣٤");
    p.address = QStringLiteral("حي النسيم، الرياض");
    p.logoPng = ok(AssociationDesk::logoFromImage(picture(800, 400, "JPEG")));
    REQUIRE(editor.save(p).ok());

    const AssociationProfile stored = ok(editor.load());
    CHECK(stored.name == QStringLiteral("جمعية البر الخيرية"));
    CHECK(stored.licenceNumber == QStringLiteral("1234"));
    CHECK(stored.address == QStringLiteral("حي النسيم، الرياض"));
    const QImage logo = QImage::fromData(stored.logoPng, "PNG");
    CHECK(logo.width() == AssociationDesk::logoSide);
    CHECK(logo.height() == AssociationDesk::logoSide / 2);

    // Saving again unchanged writes nothing.
    const qint64 audited = f.auditCount(QStringLiteral("setting.set"));
    REQUIRE(editor.save(stored).ok());
    CHECK(f.auditCount(QStringLiteral("setting.set")) == audited);

    AssociationProfile wrong = stored;
    wrong.licenceNumber = QStringLiteral("12-AB");
    CHECK(editor.save(wrong).error().contains(QStringLiteral("digits")));
    wrong = stored;
    wrong.name.clear();
    CHECK(editor.save(wrong).error() == QStringLiteral("Write the association's name in Arabic."));
    CHECK_FALSE(AssociationDesk::logoFromImage("not a picture").ok());
}
