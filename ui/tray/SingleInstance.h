#pragma once

#include <QObject>
#include <QString>
#include <memory>

namespace ws {

// One running instance per user (and per mode: demo and normal use different names). The first
// instance listens on a QLocalServer; a later launch connects, asks it to raise its window, and exits.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(QString name, QObject* parent = nullptr);
    ~SingleInstance() override;

    // True: we are the primary instance and now listen. False: another instance runs and has been
    // asked to show itself (the caller should exit).
    bool claim();

    // The QLocalServer name: the given name plus the user id (a hash of the home path off Unix).
    QString serverName() const;
    bool isListening() const;

Q_SIGNALS:
    void activationRequested();

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ws
