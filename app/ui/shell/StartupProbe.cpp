#include "ui/shell/StartupProbe.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QLineEdit>
#include <QTimer>

#include <cstdio>

namespace {

QElapsedTimer &sinceMain()
{
    static QElapsedTimer timer;
    return timer;
}

class Probe final : public QObject
{
public:
    Probe(QString username, QString password, bool signIn)
        : m_username(std::move(username)), m_password(std::move(password)), m_signIn(signIn)
    {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && m_signIn && !m_answered &&
            watched->inherits("SignInDialog")) {
            m_answered = true;
            auto *dialog = static_cast<QDialog *>(watched);
            QTimer::singleShot(0, this, [this, dialog] { answer(dialog); });
        } else if (event->type() == QEvent::Paint && !m_shown && watched->inherits("MainWindow")) {
            m_shown = true;
            // Once this paint event has been handled.
            QTimer::singleShot(0, this, [] {
                std::printf("shown %lld %lld\n", static_cast<long long>(sinceMain().elapsed()),
                            StartupProbe::peakResidentKb());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    void answer(QDialog *dialog)
    {
        auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
        auto *pass = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        auto *button = dialog->findChild<QAbstractButton *>(QStringLiteral("signInButton"));
        if (!user || !pass || !button) {
            std::fputs("istiqbal: the sign-in dialog has no fields to answer\n", stderr);
            QCoreApplication::exit(3);
            return;
        }
        user->setText(m_username);
        pass->setText(m_password);
        button->click();
    }

    QString m_username;
    QString m_password;
    bool m_signIn = false;
    bool m_answered = false;
    bool m_shown = false;
};

void startWatching()
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return; // a command-line verb: no window
    const bool signIn = !qEnvironmentVariableIsEmpty("ISTIQBAL_SIGN_IN_FROM_STDIN");
    QString username;
    QString password;
    if (signIn) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly)) {
            username = QString::fromUtf8(in.readLine()).trimmed();
            password = QString::fromUtf8(in.readLine());
            while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
                password.chop(1);
        }
    }
    auto *probe = new Probe(username, password, signIn);
    probe->setParent(QCoreApplication::instance());
    QCoreApplication::instance()->installEventFilter(probe);
}

} // namespace

namespace StartupProbe {

long long peakResidentKb()
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
#endif
    return -1; // elsewhere, or /proc unreadable: not measured
}

void arm()
{
    if (qEnvironmentVariableIsEmpty("ISTIQBAL_EXIT_WHEN_SHOWN"))
        return;
    sinceMain().start();
    qAddPreRoutine(startWatching);
}

} // namespace StartupProbe
