#include "core/Service.h"

#include "core/DeskText.h"

QString Service::displayName() const
{
    return DeskText::localName(nameAr, nameEn);
}
