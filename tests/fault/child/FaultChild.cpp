// The child the kill -9 tests kill: saves beneficiaries one transaction at a
// time into the database named on the command line and prints each id on
// standard output only after its transaction committed, until it is killed.
// Each save is a real user action (the record, its name search keys), as the
// desk makes it.
#include "core/Beneficiary.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: istiqbal_fault_child DATABASE\n");
        return 2;
    }
    Database db;
    if (const Status s = db.open(args.at(1)); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 1;
    }
    BeneficiaryRepository repo(db);
    std::fprintf(stdout, "ready\n");
    std::fflush(stdout);
    static const char *const names[] = {"أحمد", "سارة", "خالد", "نورة", "محمد", "فاطمة"};
    for (quint64 i = 0;; ++i) {
        Beneficiary b;
        b.name.first = QString::fromUtf8(names[i % 6]);
        b.name.family = QString::fromUtf8(names[(i / 6) % 6]);
        const Result<Beneficiary> saved = repo.create(b, 0);
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error()));
            return 1;
        }
        // Acknowledged: from here the id must survive a kill.
        std::fprintf(stdout, "%lld\n", static_cast<long long>(saved->id));
        std::fflush(stdout);
    }
}
