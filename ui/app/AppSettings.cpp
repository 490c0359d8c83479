#include "AppSettings.h"

#include <QSettings>

namespace ws::ui {

namespace {
constexpr char kApiUrl[] = "api/baseUrl";
constexpr char kLifetime[] = "sessions/defaultLifetimeSecs";
constexpr char kAutoRefresh[] = "sessions/autoRefresh";
constexpr char kRefreshBefore[] = "sessions/refreshBeforeSecs";
constexpr char kWarnBefore[] = "sessions/warnBeforeSecs";
constexpr char kRevokeOnClear[] = "sessions/revokeOnClear";
constexpr char kCloseToTray[] = "window/closeToTray";
constexpr char kStartMinimized[] = "window/startMinimized";
constexpr char kNotifications[] = "window/notifications";
constexpr char kGeometry[] = "window/geometry";
constexpr char kState[] = "window/state";
constexpr char kHeader[] = "window/tableHeader";
} // namespace

AppSettings::AppSettings(std::unique_ptr<QSettings> settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings)) {}

AppSettings::~AppSettings() = default;

QVariant AppSettings::value(const char* key, const QVariant& fallback) const {
    return m_settings->value(QLatin1String(key), fallback);
}

void AppSettings::setValue(const char* key, const QVariant& value) {
    if (m_settings->value(QLatin1String(key)) == value)
        return;
    m_settings->setValue(QLatin1String(key), value);
    Q_EMIT changed();
}

QUrl AppSettings::apiBaseUrl() const {
    return QUrl(value(kApiUrl, QStringLiteral("https://api.turnkey.com")).toString());
}
void AppSettings::setApiBaseUrl(const QUrl& url) {
    setValue(kApiUrl, url.toString());
}
qint64 AppSettings::defaultLifetimeSecs() const {
    return value(kLifetime, kDefaultLifetimeSecs).toLongLong();
}
void AppSettings::setDefaultLifetimeSecs(qint64 secs) {
    setValue(kLifetime, secs);
}
bool AppSettings::autoRefresh() const {
    return value(kAutoRefresh, true).toBool();
}
void AppSettings::setAutoRefresh(bool on) {
    setValue(kAutoRefresh, on);
}
qint64 AppSettings::refreshBeforeSecs() const {
    return value(kRefreshBefore, kDefaultRefreshBeforeSecs).toLongLong();
}
void AppSettings::setRefreshBeforeSecs(qint64 secs) {
    setValue(kRefreshBefore, secs);
}
qint64 AppSettings::warnBeforeSecs() const {
    return value(kWarnBefore, kDefaultWarnBeforeSecs).toLongLong();
}
void AppSettings::setWarnBeforeSecs(qint64 secs) {
    setValue(kWarnBefore, secs);
}
bool AppSettings::revokeOnClear() const {
    return value(kRevokeOnClear, false).toBool();
}
void AppSettings::setRevokeOnClear(bool on) {
    setValue(kRevokeOnClear, on);
}
bool AppSettings::closeToTray() const {
    return value(kCloseToTray, true).toBool();
}
void AppSettings::setCloseToTray(bool on) {
    setValue(kCloseToTray, on);
}
bool AppSettings::startMinimized() const {
    return value(kStartMinimized, false).toBool();
}
void AppSettings::setStartMinimized(bool on) {
    setValue(kStartMinimized, on);
}
bool AppSettings::notifications() const {
    return value(kNotifications, true).toBool();
}
void AppSettings::setNotifications(bool on) {
    setValue(kNotifications, on);
}

// Window layout is not a preference: stored silently, no changed() signal.
QByteArray AppSettings::windowGeometry() const {
    return value(kGeometry, {}).toByteArray();
}
void AppSettings::setWindowGeometry(const QByteArray& geometry) {
    m_settings->setValue(QLatin1String(kGeometry), geometry);
}
QByteArray AppSettings::windowState() const {
    return value(kState, {}).toByteArray();
}
void AppSettings::setWindowState(const QByteArray& state) {
    m_settings->setValue(QLatin1String(kState), state);
}
QByteArray AppSettings::headerState() const {
    return value(kHeader, {}).toByteArray();
}
void AppSettings::setHeaderState(const QByteArray& state) {
    m_settings->setValue(QLatin1String(kHeader), state);
}

void AppSettings::sync() {
    m_settings->sync();
}

QString AppSettings::fileName() const {
    return m_settings->fileName();
}

} // namespace ws::ui
