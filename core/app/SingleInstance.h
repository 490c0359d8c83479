#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>

class QLocalSocket;

namespace ws {

// One running instance per user (and per mode: demo and normal use different names). The first
// instance listens on a QLocalServer; a later launch connects, asks it to raise its window, and exits.
// A launch with a URL (the desktop opening `wallet-sessions://?id_token=…` after Turnkey's hosted
// sign-in page) first offers it to each instance that might be waiting for it (offer(): the instance
// answers whether a sign-in took it), then hands it to the running window to report (claim(url)).
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
    enum class Offer { NoInstance, Taken, NotWaiting };
    // Offers `url` to a running instance of this name, never starts listening; its offer handler says
    // whether a sign-in waiting there took it (no handler, or no answer in time: NotWaiting).
    Offer offer(const QUrl& url);
    // Hands `url` to a running instance of this name to show (urlReceived), never starts listening.
    bool open(const QUrl& url);
    // Decides offers made to this (listening) instance: true when a waiting sign-in took the URL.
    void setOfferHandler(std::function<bool(const QUrl&)> handler);

    // The QLocalServer name: the given name plus the user id (a hash of the home path off Unix).
    QString serverName() const;
    bool isListening() const;

Q_SIGNALS:
    void activationRequested();
    void urlReceived(const QUrl& url);

private:
    bool send(const QByteArray& message);
    void serve(QLocalSocket* peer);
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ws
