// Why reading or writing a file failed, in words for the person: Qt's own
// reason when it has one, and otherwise what it almost always means — a write
// the disk took only in part (full, or over the system's file-size limit).
#pragma once

#include <QCoreApplication>
#include <QString>

class QIODevice;

class IoFailure final
{
    Q_DECLARE_TR_FUNCTIONS(IoFailure)

public:
    static QString reason(const QIODevice &device);
};
