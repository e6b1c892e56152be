#include "reports/ReportThread.h"

#include <QCoreApplication>
#include <QThread>

namespace {

QThread *g_thread = nullptr;
QObject *g_worker = nullptr;

// Called as the QCoreApplication ends: finishes the running work and stops.
void stopThread()
{
    if (!g_thread)
        return;
    g_thread->quit();
    g_thread->wait();
    delete g_worker;
    delete g_thread;
    g_worker = nullptr;
    g_thread = nullptr;
}

} // namespace

namespace ReportThread {

void post(std::function<void()> work)
{
    if (!g_thread) {
        g_thread = new QThread;
        g_thread->setObjectName(QStringLiteral("istiqbal-reports"));
        g_worker = new QObject;
        g_worker->moveToThread(g_thread);
        g_thread->start(QThread::LowPriority);
        qAddPostRoutine(&stopThread);
    }
    QMetaObject::invokeMethod(g_worker, std::move(work), Qt::QueuedConnection);
}

} // namespace ReportThread
