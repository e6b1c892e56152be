// The window's line about the automatic backups (DailyBackup): when the last
// good one was made, shown in the status bar; red with what to do when the
// service says to warn (days without one, for the manager and the
// administrator only) or when today's backup failed. It asks the service to
// make the day's backup when the window closes and, through a timer, once
// the day's work is over — then on a thread of its own, so that the desk
// keeps working while a large database is copied and checked.
//
// Child object names: "backupStatusLabel"; property "warning" (bool).
#pragma once

#include "core/Result.h"

#include <QWidget>

#include <memory>

class Database;
class QThread;
class QTimer;
class Session;

namespace Ui {
class BackupStatusPanel;
}

class BackupStatusPanel final : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool warning READ warning)

public:
    // How often the timer asks whether the day's backup is due.
    static constexpr int checkEveryMs = 10 * 60 * 1000;

    BackupStatusPanel(Database &db, const Session &session, QWidget *parent = nullptr);
    ~BackupStatusPanel() override;

    QString text() const;
    bool warning() const { return m_warning; }
    // A backup is being made.
    bool busy() const;

public slots:
    void refresh();
    // Makes the day's backup when it is due (closing: the window closes, and
    // the backup is made before this returns; otherwise it is started).
    void backUpIfDue(bool closing = false);

protected:
    void changeEvent(QEvent *event) override;

private:
    void finish(const Result<bool> &made);

    std::unique_ptr<Ui::BackupStatusPanel> m_ui;
    Database &m_db;
    const Session &m_session;
    QTimer *m_timer = nullptr;
    QThread *m_worker = nullptr;
    Result<bool> m_workerResult = false; // written by the worker, read once it finished
    QString m_failure;                   // today's attempt, when it failed
    bool m_warning = false;
};
