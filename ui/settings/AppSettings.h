#pragma once

#include "app/AppConfig.h"

#include <QList>
#include <QObject>
#include <QUrl>
#include <memory>

class QSettings;

namespace ws::ui {

// The settings file as the window edits it. The settings every front end shares (API URL, lifetimes,
// thresholds: core/app/AppConfig) are read through ConfigResolver's settings-file layer, so their keys
// and defaults are defined once in core; what is purely the window's (tray, notifications, geometry)
// is kept here. What a run actually uses is the resolved configuration (option > environment >
// settings file > default), which AppContext builds from this file. The QSettings object is injected
// so tests and demo mode use their own file and never touch the user's real settings.
class AppSettings : public QObject {
    Q_OBJECT
public:
    explicit AppSettings(std::unique_ptr<QSettings> settings, QObject* parent = nullptr);
    ~AppSettings() override;

    const QSettings& file() const { return *m_settings; }
    // The shared settings as this file says (defaults for what it does not set).
    AppConfig stored() const;

    QUrl apiBaseUrl() const;
    void setApiBaseUrl(const QUrl& url);
    qint64 defaultLifetimeSecs() const;
    void setDefaultLifetimeSecs(qint64 secs);
    bool autoRefresh() const;
    void setAutoRefresh(bool on);
    qint64 refreshBeforeSecs() const;
    void setRefreshBeforeSecs(qint64 secs);
    qint64 warnBeforeSecs() const;
    void setWarnBeforeSecs(qint64 secs);
    bool revokeOnClear() const;
    void setRevokeOnClear(bool on);
    // Where a new session's key is made unless the log-in says otherwise (the CLI reads it too).
    KeyStoreKind keyStore() const;
    void setKeyStore(KeyStoreKind store);
    // The site whose passkey the security-key sign-in asks for first: the last one signed in with.
    QString passkeyRpId() const;
    void setPasskeyRpId(const QString& rpId);
    bool closeToTray() const;
    void setCloseToTray(bool on);
    bool startMinimized() const;
    void setStartMinimized(bool on);
    bool notifications() const;
    void setNotifications(bool on);
    // Settings › Advanced: Turnkey's Auth Proxy (email and text-message sign-in).
    QUrl authProxyUrl() const;
    void setAuthProxyUrl(const QUrl& url);
    QString authProxyConfigId() const;
    void setAuthProxyConfigId(const QString& id);
    QByteArray otpSignerKey() const;
    void setOtpSignerKey(const QByteArray& hex);
    bool trayClickRefreshes() const; // a left click on the tray icon refreshes instead of show/hide
    void setTrayClickRefreshes(bool on);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    QByteArray headerState() const;
    void setHeaderState(const QByteArray& state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray& state);
    QList<int> hiddenColumns() const; // the optional columns the user turned off (View › Columns)
    void setHiddenColumns(const QList<int>& columns);

    void sync();
    QString fileName() const;

Q_SIGNALS:
    void changed();

private:
    QVariant value(const char* key, const QVariant& fallback) const;
    void setValue(const QString& key, const QVariant& value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace ws::ui
