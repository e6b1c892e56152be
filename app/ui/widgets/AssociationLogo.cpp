#include "ui/widgets/AssociationLogo.h"

#include <QFont>
#include <QImage>
#include <QPainter>

namespace AssociationLogo {

QPixmap pixmap(const QByteArray &png, const QString &associationName, int side,
               qreal devicePixelRatio)
{
    const int pixels = qRound(side * devicePixelRatio);
    QImage stored;
    if (!png.isEmpty() && stored.loadFromData(png)) {
        QPixmap out = QPixmap::fromImage(
            stored.scaled(pixels, pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        out.setDevicePixelRatio(devicePixelRatio);
        return out;
    }

    QPixmap out(pixels, pixels);
    out.fill(Qt::transparent);
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x0f, 0x76, 0x6e));
    p.drawEllipse(QRectF(0, 0, pixels, pixels).adjusted(1, 1, -1, -1));
    // The first letter of the name, after the definite article ("الجمعية": ج).
    QString word = associationName.trimmed().section(QLatin1Char(' '), 0, 0);
    if (word.startsWith(QStringLiteral("ال")) && word.size() > 3)
        word = word.mid(2);
    const QString letter = word.isEmpty() ? QStringLiteral("ا") : word.left(1);
    QFont font;
    font.setPixelSize(pixels / 2);
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, pixels, pixels), Qt::AlignCenter, letter);
    p.end();
    out.setDevicePixelRatio(devicePixelRatio);
    return out;
}

} // namespace AssociationLogo
