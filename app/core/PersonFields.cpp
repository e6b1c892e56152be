#include "core/PersonFields.h"

#include "core/DeskText.h"
#include "core/Domain.h"

#include <QDate>

QString PersonFields::label(const QString &code)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("id_number"), QT_TR_NOOP("ID")},
        {QStringLiteral("gender"), QT_TR_NOOP("Gender")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("Birth date")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("address"), QT_TR_NOOP("City and district")},
        {QStringLiteral("family_size"), QT_TR_NOOP("Family size")},
        {QStringLiteral("monthly_income"), QT_TR_NOOP("Monthly income")},
        {QStringLiteral("nationality"), QT_TR_NOOP("Nationality")},
        {QStringLiteral("consent"), QT_TR_NOOP("Consent to use the data")},
    };
    const auto found = labels.constFind(code);
    return found == labels.constEnd() ? code : tr(found.value());
}

QString PersonFields::value(const QString &code, const QString &raw)
{
    if (raw.trimmed().isEmpty())
        return QStringLiteral("—");
    if (code == QLatin1String("gender")) {
        if (const auto gender = Domain::genderFromCode(raw))
            return Domain::label(*gender);
    } else if (code == QLatin1String("id_number")) {
        const int space = int(raw.indexOf(QLatin1Char(' ')));
        if (const auto type = Domain::idTypeFromCode(raw.left(space)); type && space > 0)
            //: ID type, then the number, e.g. "National ID 1000000008"
            return tr("%1 %2").arg(Domain::label(*type), raw.mid(space + 1));
    } else if (code == QLatin1String("birth_date")) {
        // "YYYY-MM-DD", then the Hijri date as written when it was typed so.
        const QStringList parts = raw.split(QLatin1Char(' '));
        const QDate date = QDate::fromString(parts.first(), Qt::ISODate);
        if (date.isValid())
            return DeskText::date(WrittenDate::fromStored(
                date, parts.size() > 1 ? QStringLiteral("hijri") : QString(), parts.value(1)));
    } else if (code == QLatin1String("monthly_income")) {
        bool ok = false;
        const double riyals = raw.toDouble(&ok);
        if (ok)
            return DeskText::riyals(qRound64(riyals * 100));
    } else if (code == QLatin1String("phone")) {
        return DeskText::phone(raw);
    }
    return DeskText::isolate(raw);
}
