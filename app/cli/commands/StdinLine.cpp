#include "StdinLine.h"

#include <cerrno>
#include <unistd.h>

namespace ws::cli {

namespace {
constexpr qsizetype kMaxLine = 256;
}

StdinLine::StdinLine(QObject* parent)
    : QObject(parent) {}

StdinLine::~StdinLine() {
    m_buffer.fill('\0');
}

void StdinLine::start() {
    m_notifier = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &StdinLine::readSome);
}

void StdinLine::stop() {
    // Called from the notifier's own signal: it is deleted once that returns.
    m_notifier->setEnabled(false);
    m_notifier.release()->deleteLater();
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
