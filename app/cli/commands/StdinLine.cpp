#include "StdinLine.h"

#include <cerrno>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace ws::cli {

namespace {
constexpr qsizetype kMaxLine = 256;
}

StdinLine::StdinLine(QObject* parent)
    : QObject(parent) {}

StdinLine::~StdinLine() {
    restoreEcho();
    m_buffer.fill('\0');
}

void StdinLine::start() {
    termios mode{};
    if (m_hidden && !m_savedTerminal && ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &mode) == 0) {
        m_savedTerminal = QByteArray(reinterpret_cast<const char*>(&mode), sizeof mode);
        termios quiet = mode;
        quiet.c_lflag &= ~tcflag_t(ECHO); // still line by line (ICANON): the terminal edits the line
        quiet.c_lflag |= ECHONL;          // the Enter still moves to the next line
        if (::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) != 0)
            m_savedTerminal.reset();
    }
    m_notifier = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &StdinLine::readSome);
}

void StdinLine::stop() {
    restoreEcho();
    // Called from the notifier's own signal: it is deleted once that returns.
    m_notifier->setEnabled(false);
    m_notifier.release()->deleteLater();
}

void StdinLine::restoreEcho() {
    if (!m_savedTerminal)
        return;
    termios mode{};
    std::memcpy(&mode, m_savedTerminal->constData(), sizeof mode);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &mode);
    m_savedTerminal.reset();
}

void StdinLine::readSome() {
    if (!m_notifier)
        return;
    char c = 0;
    const ssize_t n = ::read(STDIN_FILENO, &c, 1); // one byte: what follows the line stays unread
    if (n < 0 && errno == EINTR)
        return;
    if (n <= 0 || m_buffer.size() > kMaxLine) {
        stop();
        if (n == 0 && !m_buffer.trimmed().isEmpty())
            Q_EMIT lineRead(QString::fromUtf8(m_buffer.trimmed()));
        else
            Q_EMIT ended();
        return;
    }
    if (c == '\n') {
        stop();
        const QString line = QString::fromUtf8(m_buffer.trimmed());
        m_buffer.fill('\0');
        Q_EMIT lineRead(line);
        return;
    }
    m_buffer.append(c);
}

} // namespace ws::cli
