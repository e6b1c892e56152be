#include "core/Service.h"

#include <QLocale>

QString Service::displayName() const
{
    if (QLocale().language() == QLocale::English && !nameEn.trimmed().isEmpty())
        return nameEn;
    return nameAr;
}
