// Hides what is typed on the terminal while it lives, for a password prompt:
// termios on Linux and macOS, the console mode on Windows. Does nothing when
// standard input is not a terminal (a script piping the password in).
#pragma once

#include <memory>

class TerminalEcho final
{
public:
    TerminalEcho();
    ~TerminalEcho();
    TerminalEcho(const TerminalEcho &) = delete;
    TerminalEcho &operator=(const TerminalEcho &) = delete;

    static bool stdinIsTerminal();

private:
    struct Saved; // the terminal's mode before, restored on destruction
    std::unique_ptr<Saved> m_saved;
    bool m_hidden = false;
};
