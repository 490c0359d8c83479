#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <memory>

namespace ws::cli {

// Turns SIGINT, SIGTERM, SIGHUP and SIGQUIT into a Qt signal on the event loop (a self-pipe), so
// `serve` can stop cleanly (removing its socket and its "being served" record) and `exec` can pass
// them on to its child. One instance at a time; the default handlers come back when it is destroyed.
class UnixSignals : public QObject {
    Q_OBJECT
public:
    explicit UnixSignals(QObject* parent = nullptr);
    ~UnixSignals() override;

Q_SIGNALS:
    void received(int signalNumber);

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace ws::cli
