#include "CatchQt.h"

#include "core/Phone.h"

#include <QFile>
#include <QTextStream>

// Phone::parse against an outside reference: tests/data/phone-reference.tsv,
// written by scripts/phone-reference from python3-phonenumbers (an independent
// implementation of libphonenumber, same numbering data). Each line: what was
// typed, the reference's verdict (accepted, warned, refused) and E.164.

TEST_CASE("Phone agrees with python3-phonenumbers on every reference input",
          "[core][phone][reference]")
{
    QFile file(QStringLiteral(ISTIQBAL_TEST_DATA_DIR "/phone-reference.tsv"));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);
    int accepted = 0, warned = 0, refused = 0;
    QStringList disagreements;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cols = line.split(u'\t');
        REQUIRE(cols.size() == 3);
        const QString &typed = cols.at(0), &verdict = cols.at(1), &e164 = cols.at(2);
        const Result<Phone> p = Phone::parse(typed);
        QString ours = QStringLiteral("refused");
        if (p)
            ours = p->hasWarning() ? QStringLiteral("warned") : QStringLiteral("accepted");
        const QString ourE164 = p ? p->e164() : QString();
        if (ours != verdict || ourE164 != e164)
            disagreements << QStringLiteral("%1: reference %2 %3, Istiqbal %4 %5 (%6)")
                                 .arg(typed, verdict, e164, ours, ourE164,
                                      p ? p->warning() : p.error());
        if (verdict == QLatin1String("accepted"))
            ++accepted;
        else if (verdict == QLatin1String("warned"))
            ++warned;
        else
            ++refused;
    }
    INFO(disagreements.join(u'\n').toStdString());
    CHECK(disagreements.isEmpty());
    // The file covers every verdict, and enough of each to mean something.
    CHECK(accepted >= 100);
    CHECK(warned >= 10);
    CHECK(refused >= 100);
    WARN("phone reference: " << accepted << " accepted, " << warned << " warned, " << refused
                             << " refused; " << disagreements.size() << " disagreements");
}
