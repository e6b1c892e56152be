#include "ui/shell/BackupStatusPanel.h"

#include "ui_BackupStatusPanel.h"

#include "ui/widgets/Message.h"

#include "core/Clock.h"
#include "core/DeskText.h"
#include "services/DailyBackup.h"

#include <QApplication>
#include <QEvent>
#include <QThread>
#include <QTimer>

BackupStatusPanel::BackupStatusPanel(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::BackupStatusPanel>()), m_db(db), m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("backupStatus"));
    m_timer = new QTimer(this);
    m_timer->setInterval(checkEveryMs);
    connect(m_timer, &QTimer::timeout, this, [this] { backUpIfDue(false); });
    m_timer->start();
    refresh();
}

BackupStatusPanel::~BackupStatusPanel()
{
    // The backup is in the folder or it is not: never a half-written file.
    if (m_worker)
        m_worker->wait();
}

QString BackupStatusPanel::text() const
{
    return m_ui->backupStatusLabel->text();
}

void BackupStatusPanel::refresh()
{
    if (m_worker)
        return; // says it is being made until it is
    const DailyBackupState state = DailyBackup(m_db, m_session).state();
    QString line;
    if (!state.applies)
        line = tr("The database is on a server: it is backed up there.");
    else if (!state.lastGood.isValid())
        line = tr("No backup has been made yet.");
    else if (state.daysWithout == 0)
        line = tr("Last good backup: today at %1.").arg(DeskText::time(state.lastWritten));
    else
        line = tr("Last good backup: %1, %n day(s) ago.", "", state.daysWithout)
                   .arg(DeskText::date(state.lastGood));
    const bool failed = !m_failure.isEmpty() && state.responsible;
    if (state.warn)
        line += QLatin1Char(' ') + tr("Make one: close Istiqbal at the end of the day, or run "
                                      "istiqbal backup.");
    if (failed)
        line += QLatin1Char(' ') + m_failure;
    m_warning = state.warn || failed;
    Message::show(m_ui->backupStatusLabel, line,
                  m_warning ? Message::Kind::Warning : Message::Kind::Plain);
}

void BackupStatusPanel::backUpIfDue(bool closing)
{
    if (m_worker) {
        // Already being made: closing waits for it rather than cut it off.
        if (closing)
            m_worker->wait();
        return;
    }
    const std::optional<DailyBackupJob> job = DailyBackup(m_db, m_session).jobIfDue(closing);
    if (!job)
        return;
    if (closing) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        finish(job->run());
        QApplication::restoreOverrideCursor();
        return;
    }
    // Copying and checking a large database takes a while: the desk keeps working.
    Message::show(m_ui->backupStatusLabel, tr("Making today's backup…"), Message::Kind::Plain);
    m_worker = QThread::create([this, work = *job] { m_workerResult = work.run(); });
    m_worker->setParent(this);
    connect(m_worker, &QThread::finished, this, [this] {
        m_worker->deleteLater();
        m_worker = nullptr;
        finish(m_workerResult);
    });
    m_worker->start(QThread::LowPriority);
}

bool BackupStatusPanel::busy() const
{
    return m_worker != nullptr;
}

void BackupStatusPanel::finish(const Result<bool> &made)
{
    m_failure = made ? QString() : made.error();
    refresh();
}

void BackupStatusPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    QWidget::changeEvent(event);
}
