#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

namespace ws {

// One running instance per user (and per mode: demo and normal use different names). The first
// instance listens on a QLocalServer; a later launch connects, asks it to raise its window, and exits.
// A launch with a URL (the desktop opening `wallet-sessions://?id_token=…` after Turnkey's hosted
// sign-in page) hands that URL over instead.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(QString name, QObject* parent = nullptr);
    ~SingleInstance() override;

    // True: we are the primary instance and now listen. False: another instance runs and has been
    // asked to show itself (the caller should exit).
    bool claim();
    // The same, and a running instance is handed `url` (urlReceived) rather than asked to show itself.
    bool claim(const QUrl& url);
    // Only hands `url` to a running instance of this name, never starts listening: true when one took it.
    bool handOver(const QUrl& url);

    // The QLocalServer name: the given name plus the user id (a hash of the home path off Unix).
    QString serverName() const;
    bool isListening() const;

Q_SIGNALS:
    void activationRequested();
    void urlReceived(const QUrl& url);

private:
    bool send(const QByteArray& message);
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ws
