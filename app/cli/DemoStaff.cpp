#include "cli/DemoStaff.h"

#include "cli/DemoGenerator.h"
#include "core/User.h"
#include "services/PasswordHasher.h"
#include "storage/UserRepository.h"

Result<DemoStaff> DemoStaff::ensure(Database &db)
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
    DemoStaff staff;
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
