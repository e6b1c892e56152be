#include "services/AssociationDesk.h"

#include "core/TextInput.h"
#include "services/Session.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QImage>

Result<AssociationProfile> AssociationDesk::shown(Database &db)
{
    return AssociationProfile::load(db);
}

Result<AssociationProfile> AssociationDesk::load() const
{
    if (Status s = m_session.require(Action::EditAssociation); !s)
        return s;
    return AssociationProfile::load(m_db);
}

Status AssociationDesk::save(const AssociationProfile &input)
{
    if (Status s = m_session.require(Action::EditAssociation); !s)
        return s;
    AssociationProfile profile = input;
    profile.name = TextInput::stripBidiControls(profile.name).simplified();
    profile.englishName = TextInput::stripBidiControls(profile.englishName).simplified();
    profile.address = TextInput::stripBidiControls(profile.address).trimmed();
    profile.licenceNumber = TextInput::normaliseNumber(profile.licenceNumber);
    if (profile.name.isEmpty())
        return Status::failure(tr("Write the association's name in Arabic."));
    if (!profile.licenceNumber.isEmpty() && !TextInput::isAllAsciiDigits(profile.licenceNumber))
        return Status::failure(
            tr("The licence number is written in digits only, as on the licence."));
    if (profile.licenceNumber.size() > 20)
        return Status::failure(tr("The licence number has at most 20 digits."));
    if (!profile.logoPng.isEmpty() && QImage::fromData(profile.logoPng).isNull())
        return Status::failure(tr("The logo is not a picture that can be read."));
    return AssociationProfile::save(m_db, profile, m_session.userId());
}

Result<QByteArray> AssociationDesk::logoFromImage(const QByteArray &imageData)
{
    QImage image = QImage::fromData(imageData);
    if (image.isNull())
        return Result<QByteArray>::failure(
            tr("This file is not a picture that can be read; choose a PNG or JPEG file."));
    if (image.width() > logoSide || image.height() > logoSide)
        image = image.scaled(logoSide, logoSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return Result<QByteArray>::failure(tr("The picture could not be converted to PNG."));
    return png;
}
