#pragma once

#include "Result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace ws {
class BatchJob;
class SessionManager;
} // namespace ws

namespace ws::ui {

class AppSettings;

// What the actions do: opens the dialogs, calls SessionManager asynchronously, shows progress for
// long operations and reports every result (the server's message included) through finished();
// explicit actions that fail also get a message box. Never blocks the window: dialogs are opened
// with open(), not exec().
class SessionCommands : public QObject {
    Q_OBJECT
public:
    SessionCommands(SessionManager& sessions, AppSettings& settings, QWidget* window);

    void login();
    void refresh(const QStringList& sessionKeys);
    void refreshAll();
    void refreshWithOptions(const QString& sessionKey);
    void setActive(const QString& sessionKey);
    void verify(const QString& sessionKey);
    void clear(const QStringList& sessionKeys);
    void clearAll();
    void removeExpired();
    void copyPublicKey(const QString& sessionKey);
    void copyDetails(const QString& sessionKey);

    bool isBusy() const { return m_busy > 0; }

Q_SIGNALS:
    void finished(const QString& message, bool ok);
    void busyChanged(bool busy);
    void sessionCreated(const QString& sessionKey);

private:
    void report(const QString& message, bool ok, bool explicitAction = true);
    void reportError(const QString& what, const Error& error, bool explicitAction = true);
    void beginBusy();
    void endBusy();
    // Every batch goes through core's BatchJob: one progress dialog, one result message.
    // `doneText`: a QT_TR_N_NOOP source with %n, translated with the count of sessions done.
    void watchBatch(BatchJob* job, const QString& title, const char* doneText);

    SessionManager& m_sessions;
    AppSettings& m_settings;
    QWidget* m_window;
    int m_busy = 0;
};

} // namespace ws::ui
