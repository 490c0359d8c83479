#pragma once

#include <QByteArray>
#include <QObject>
#include <QSocketNotifier>
#include <memory>
#include <optional>

namespace ws::cli {

// Reads one line from standard input without blocking the event loop (a terminal, a pipe or a file),
// so a signal or a network reply is still handled while the user types. lineRead() once with the line
// (trimmed), or ended() when standard input closes before a line or the line is too long.
class StdinLine : public QObject {
    Q_OBJECT
public:
    explicit StdinLine(QObject* parent = nullptr);
    ~StdinLine() override;
    // On a terminal, what is typed is not echoed until the line is read (a one-time code stays off the
    // screen and out of scrollback and screen shares); the terminal is restored after the line, at
    // the end of input and when this object goes (also after Ctrl-C, which ends the run normally).
    void setHidden(bool hidden) { m_hidden = hidden; }
    void start();

Q_SIGNALS:
    void lineRead(const QString& line);
    void ended();

private:
    void readSome();
    void stop();
    void restoreEcho();
    std::unique_ptr<QSocketNotifier> m_notifier;
    QByteArray m_buffer;
    bool m_hidden = false;
    std::optional<QByteArray> m_savedTerminal; // the termios to restore, while echo is off
};

} // namespace ws::cli
