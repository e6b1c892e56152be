// Internal to app/storage: carries change notifications between the SQLite
// connections of one process (PostgreSQL carries them itself, through NOTIFY).
// Database posts a payload when its transaction commits; every ChangeNotifier
// watching the same file hears it, in its own thread.
#pragma once

#include <QObject>
#include <QString>

class ChangeHub final : public QObject
{
    Q_OBJECT

public:
    static ChangeHub &instance();
    void post(const QString &database, const QString &payload) { emit posted(database, payload); }

signals:
    void posted(const QString &database, const QString &payload);

private:
    ChangeHub() = default;
};
