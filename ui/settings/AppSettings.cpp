#include "AppSettings.h"

#include "app/ConfigResolver.h"

#include <QSettings>

namespace ws::ui {

namespace {
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

void AppSettings::setValue(const QString& key, const QVariant& value) {
    if (m_settings->value(key) == value)
        return;
    m_settings->setValue(key, value);
    Q_EMIT changed();
}

// Only the settings-file layer: no options, an empty environment.
AppConfig AppSettings::stored() const {
    return ConfigResolver(m_settings.get(), QProcessEnvironment()).resolve().config;
}

QUrl AppSettings::apiBaseUrl() const {
    return stored().apiUrl;
}
void AppSettings::setApiBaseUrl(const QUrl& url) {
    setValue(settingsKey(ConfigKey::ApiUrl), url.toString());
}
QUrl AppSettings::authProxyUrl() const {
    return stored().authProxyUrl;
}
void AppSettings::setAuthProxyUrl(const QUrl& url) {
    setValue(settingsKey(ConfigKey::AuthProxyUrl), url.toString());
}
QString AppSettings::authProxyConfigId() const {
    return stored().authProxyConfigId;
}
void AppSettings::setAuthProxyConfigId(const QString& id) {
    setValue(settingsKey(ConfigKey::AuthProxyConfigId), id);
}
QByteArray AppSettings::otpSignerKey() const {
    return stored().otpSignerKey;
}
void AppSettings::setOtpSignerKey(const QByteArray& hex) {
    setValue(settingsKey(ConfigKey::OtpSignerKey), QString::fromLatin1(hex));
}
qint64 AppSettings::defaultLifetimeSecs() const {
    return stored().defaultLifetimeSecs;
}
void AppSettings::setDefaultLifetimeSecs(qint64 secs) {
    setValue(settingsKey(ConfigKey::DefaultLifetime), secs);
}
bool AppSettings::autoRefresh() const {
    return stored().autoRefresh;
}
void AppSettings::setAutoRefresh(bool on) {
    setValue(settingsKey(ConfigKey::AutoRefresh), on);
}
qint64 AppSettings::refreshBeforeSecs() const {
    return stored().refreshBeforeSecs;
}
void AppSettings::setRefreshBeforeSecs(qint64 secs) {
    setValue(settingsKey(ConfigKey::RefreshBefore), secs);
}
qint64 AppSettings::warnBeforeSecs() const {
    return stored().warnBeforeSecs;
}
void AppSettings::setWarnBeforeSecs(qint64 secs) {
    setValue(settingsKey(ConfigKey::WarnBefore), secs);
}
bool AppSettings::revokeOnClear() const {
    return stored().revokeOnClear;
}
void AppSettings::setRevokeOnClear(bool on) {
    setValue(settingsKey(ConfigKey::RevokeOnClear), on);
}
KeyStoreKind AppSettings::keyStore() const {
    return stored().keyStore;
}
void AppSettings::setKeyStore(KeyStoreKind store) {
    setValue(settingsKey(ConfigKey::KeyStore), keyStoreName(store));
}
QString AppSettings::passkeyRpId() const {
    return stored().passkeyRpId;
}
void AppSettings::setPasskeyRpId(const QString& rpId) {
    setValue(settingsKey(ConfigKey::PasskeyRpId), rpId);
}
bool AppSettings::closeToTray() const {
    return value(kCloseToTray, true).toBool();
}
void AppSettings::setCloseToTray(bool on) {
    setValue(QLatin1String(kCloseToTray), on);
}
bool AppSettings::startMinimized() const {
    return value(kStartMinimized, false).toBool();
}
void AppSettings::setStartMinimized(bool on) {
    setValue(QLatin1String(kStartMinimized), on);
}
bool AppSettings::notifications() const {
    return value(kNotifications, true).toBool();
}
void AppSettings::setNotifications(bool on) {
    setValue(QLatin1String(kNotifications), on);
}

bool AppSettings::trayClickRefreshes() const {
    return value("window/trayClickRefreshes", false).toBool();
}
void AppSettings::setTrayClickRefreshes(bool on) {
    setValue(QStringLiteral("window/trayClickRefreshes"), on);
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
QByteArray AppSettings::splitterState() const {
    return value("window/splitter", {}).toByteArray();
}
void AppSettings::setSplitterState(const QByteArray& state) {
    m_settings->setValue(QStringLiteral("window/splitter"), state);
}
QList<int> AppSettings::hiddenColumns() const {
    QList<int> out;
    const QStringList stored = value("window/hiddenColumns", QStringList()).toStringList();
    for (const QString& column : stored)
        if (bool ok = false; column.toInt(&ok), ok)
            out << column.toInt();
    return out;
}
void AppSettings::setHiddenColumns(const QList<int>& columns) {
    QStringList stored;
    for (int column : columns)
        stored << QString::number(column);
    m_settings->setValue(QStringLiteral("window/hiddenColumns"), stored);
}

void AppSettings::sync() {
    m_settings->sync();
}

QString AppSettings::fileName() const {
    return m_settings->fileName();
}

} // namespace ws::ui
