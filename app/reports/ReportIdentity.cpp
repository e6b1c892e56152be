#include "reports/ReportIdentity.h"

#include "storage/SettingsRepository.h"

QString ReportIdentity::nameKey()
{
    return QStringLiteral("association.name");
}

QString ReportIdentity::englishNameKey()
{
    return QStringLiteral("association.name_en");
}

QString ReportIdentity::logoKey()
{
    return QStringLiteral("association.logo");
}

QString ReportIdentity::licenceKey()
{
    return QStringLiteral("association.licence_number");
}

QString ReportIdentity::displayName(const QString &language) const
{
    if (language == QLatin1String("en") && !englishName.trimmed().isEmpty())
        return englishName.trimmed();
    if (!name.trimmed().isEmpty())
        return name.trimmed();
    return tr("Charitable association");
}

Result<ReportIdentity> ReportIdentity::load(Database &db)
{
    const auto values = SettingsRepository(db).all();
    if (!values)
        return values.status();
    ReportIdentity id;
    id.name = values->value(nameKey()).trimmed();
    id.englishName = values->value(englishNameKey()).trimmed();
    id.licenceNumber = values->value(licenceKey()).trimmed();
    const QByteArray png = QByteArray::fromBase64(values->value(logoKey()).toLatin1());
    if (!png.isEmpty())
        id.logo = QImage::fromData(png);
    return id;
}
