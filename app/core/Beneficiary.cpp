#include "core/Beneficiary.h"

#include <QStringList>

QString PersonName::full() const
{
    QStringList parts;
    for (const QString *p : {&first, &father, &grandfather, &family}) {
        const QString t = p->trimmed();
        if (!t.isEmpty())
            parts << t;
    }
    return parts.join(QLatin1Char(' '));
}
