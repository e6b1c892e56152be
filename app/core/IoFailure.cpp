#include "core/IoFailure.h"

#include <QFile>

QString IoFailure::reason(const QIODevice &device)
{
    // QFileDevice records no reason when write() took fewer bytes than given;
    // what it then says is this generic text.
    static const QString unspecified = QFile().errorString();
    const QString why = device.errorString();
    if (why.isEmpty() || why == unspecified) {
        if (device.openMode() & QIODevice::WriteOnly)
            return tr("the disk took only part of the data: it is full, or the file is larger "
                      "than this computer allows");
        return tr("the file could not be read");
    }
    return why;
}
