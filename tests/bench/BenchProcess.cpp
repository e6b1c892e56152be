#include "BenchProcess.h"

#include <QElapsedTimer>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace BenchProcess {

Outcome run(const QString &program, const QStringList &arguments, const QStringList &extraEnv,
            const QByteArray &input, const QByteArray &marker, const QString &errorFile)
{
    Outcome outcome;
    std::vector<QByteArray> argStore{program.toLocal8Bit()};
    for (const QString &a : arguments)
        argStore.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    std::vector<QByteArray> envStore;
    for (char **e = environ; *e; ++e)
        envStore.emplace_back(*e);
    for (const QString &e : extraEnv)
        envStore.push_back(e.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    int toChild[2];
    int fromChild[2];
    if (pipe(toChild) != 0)
        return outcome;
    if (pipe(fromChild) != 0) {
        close(toChild[0]);
        close(toChild[1]);
        return outcome;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, toChild[0], 0);
    posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1);
    posix_spawn_file_actions_addclose(&actions, toChild[1]);
    posix_spawn_file_actions_addclose(&actions, fromChild[0]);
    const QByteArray errorPath = errorFile.toLocal8Bit();
    if (!errorFile.isEmpty())
        posix_spawn_file_actions_addopen(&actions, 2, errorPath.constData(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0600);

    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(toChild[0]);
    close(fromChild[1]);
    if (spawned != 0) {
        close(toChild[1]);
        close(fromChild[0]);
        return outcome;
    }
    outcome.started = true;

    // The input is small (a few lines): it fits in the pipe at once.
    const struct sigaction ignore = {};
    struct sigaction old = {};
    struct sigaction noPipe = ignore;
    noPipe.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &noPipe, &old);
    if (!input.isEmpty())
        (void)!write(toChild[1], input.constData(), size_t(input.size()));
    close(toChild[1]);
    sigaction(SIGPIPE, &old, nullptr);

    char buffer[4096];
    for (;;) {
        const ssize_t n = read(fromChild[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        outcome.out.append(buffer, int(n));
        if (!marker.isEmpty() && !outcome.markerMs) {
            if (outcome.out.startsWith(marker) || outcome.out.contains("\n" + marker))
                outcome.markerMs = double(timer.nsecsElapsed()) / 1e6;
        }
    }
    close(fromChild[0]);

    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    outcome.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return outcome;
}

} // namespace BenchProcess
