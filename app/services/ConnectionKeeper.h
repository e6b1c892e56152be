// Gets the window's database connection back after the server was lost.
// Whoever sees a failure with Status::Code::ConnectionLost calls reportLost();
// the keeper then says so (lost()) and tries Database::reopen() every few
// seconds, or at once on retryNow(), until it works; then restored(), so the
// pages listen for changes again, read their lists and save what waited.
// Nothing is retried here but the connection: each page saves its own work.
#pragma once

#include <QObject>
#include <QString>

class Database;
class QTimer;

class ConnectionKeeper final : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultRetryIntervalMs = 3000;

    explicit ConnectionKeeper(Database &db, QObject *parent = nullptr);

    bool isLost() const { return m_lost; }
    // Why the last attempt failed, in words.
    QString lastFailure() const { return m_lastFailure; }
    int attempts() const { return m_attempts; }
    void setRetryInterval(int ms);

public slots:
    // The connection was lost (reason in words); starts retrying.
    void reportLost(const QString &reason);
    // Tries once now; true when the connection is back.
    bool retryNow();

signals:
    void lost(const QString &reason);
    // An attempt failed; the next one follows after the interval.
    void retryFailed(const QString &reason);
    void restored();

private:
    Database &m_db;
    QTimer *m_timer = nullptr;
    bool m_lost = false;
    int m_attempts = 0;
    QString m_lastFailure;
};
