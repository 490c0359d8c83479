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
    void start();

Q_SIGNALS:
    void lineRead(const QString& line);
    void ended();

private:
    void readSome();
    void stop();
    std::unique_ptr<QSocketNotifier> m_notifier;
    QByteArray m_buffer;
};

} // namespace ws::cli
