#include "storage/AssociationProfile.h"

#include "storage/Database.h"
#include "storage/SettingsRepository.h"

QString AssociationProfile::nameKey()
{
    return QStringLiteral("association.name");
}

QString AssociationProfile::englishNameKey()
{
    return QStringLiteral("association.name_en");
}

QString AssociationProfile::logoKey()
{
    return QStringLiteral("association.logo");
}

QString AssociationProfile::licenceNumberKey()
{
    return QStringLiteral("association.licence_number");
}

QString AssociationProfile::addressKey()
{
    return QStringLiteral("association.address");
}

QString AssociationProfile::defaultName()
{
    return tr("Charitable association");
}

QString AssociationProfile::displayName(const QString &language) const
{
    if (language == QLatin1String("en") && !englishName.trimmed().isEmpty())
        return englishName.trimmed();
    if (!name.trimmed().isEmpty())
        return name.trimmed();
    return defaultName();
}

Result<AssociationProfile> AssociationProfile::load(Database &db)
{
    const auto values = SettingsRepository(db).all();
    if (!values)
        return values.status();
    AssociationProfile p;
    p.name = values->value(nameKey());
    p.englishName = values->value(englishNameKey());
    p.logoPng = QByteArray::fromBase64(values->value(logoKey()).toLatin1());
    p.licenceNumber = values->value(licenceNumberKey());
    p.address = values->value(addressKey());
    return p;
}

Status AssociationProfile::save(Database &db, const AssociationProfile &profile, qint64 actorId)
{
    SettingsRepository settings(db);
    QMap<QString, QString> stored;
    // Only what changed is written (and audited).
    const auto put = [&](const QString &key, const QString &value) {
        if (stored.value(key) == value)
            return Status::success();
        return value.isEmpty() ? settings.remove(key, actorId)
                               : settings.setValue(key, value, actorId);
    };
    return db.transaction([&]() -> Status {
        const auto current = settings.all();
        if (!current)
            return current.status();
        stored = *current;
        if (Status s = put(nameKey(), profile.name.trimmed()); !s)
            return s;
        if (Status s = put(englishNameKey(), profile.englishName.trimmed()); !s)
            return s;
        if (Status s = put(licenceNumberKey(), profile.licenceNumber.trimmed()); !s)
            return s;
        if (Status s = put(addressKey(), profile.address.trimmed()); !s)
            return s;
        return put(logoKey(), QString::fromLatin1(profile.logoPng.toBase64()));
    });
}
