// The association's logo for the header and the window icon: the stored PNG
// scaled to fit, or, when none is stored, the first letter of the
// association's name in a circle.
#pragma once

#include <QByteArray>
#include <QPixmap>
#include <QString>

namespace AssociationLogo {

QPixmap pixmap(const QByteArray &png, const QString &associationName, int side,
               qreal devicePixelRatio);

} // namespace AssociationLogo
