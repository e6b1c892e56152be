#include "cli/TerminalEcho.h"

#include <QtGlobal>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

struct TerminalEcho::Saved
{
#ifdef Q_OS_WIN
    HANDLE console = INVALID_HANDLE_VALUE;
    DWORD mode = 0;
#else
    termios mode{};
#endif
};

bool TerminalEcho::stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

TerminalEcho::TerminalEcho() : m_saved(std::make_unique<Saved>())
{
    if (!stdinIsTerminal())
        return;
#ifdef Q_OS_WIN
    m_saved->console = GetStdHandle(STD_INPUT_HANDLE);
    if (m_saved->console == INVALID_HANDLE_VALUE ||
        !GetConsoleMode(m_saved->console, &m_saved->mode))
        return;
    m_hidden = SetConsoleMode(m_saved->console, m_saved->mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
#else
    if (tcgetattr(STDIN_FILENO, &m_saved->mode) != 0)
        return;
    termios quiet = m_saved->mode;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    m_hidden = tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
#endif
}

TerminalEcho::~TerminalEcho()
{
    if (!m_hidden)
        return;
#ifdef Q_OS_WIN
    SetConsoleMode(m_saved->console, m_saved->mode);
#else
    tcsetattr(STDIN_FILENO, TCSANOW, &m_saved->mode);
#endif
}
