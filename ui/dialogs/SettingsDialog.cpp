#include "SettingsDialog.h"

#include "FitTitle.h"
#include "api/UrlPolicy.h"
#include "settings/AppSettings.h"
#include "settings/Autostart.h"
#include "settings/RememberedKeysSection.h"
#include "widgets/DurationEdit.h"
#include "widgets/ThemeColors.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ws::ui {

SettingsDialog::SettingsDialog(AppSettings& settings, bool trayAvailable, bool apiUrlLocked, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    fitTitle(this);
    auto* layout = new QVBoxLayout(this);
    // One tab per topic: the whole set no longer fits a small screen's height in one column.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    layout->addWidget(m_tabs);
    const auto page = [this](const QString& title, const QString& name) {
        auto* widget = new QWidget(m_tabs);
        widget->setObjectName(name);
        new QVBoxLayout(widget);
        m_tabs->addTab(widget, title);
        return static_cast<QVBoxLayout*>(widget->layout());
    };
    QVBoxLayout* general = page(tr("General"), QStringLiteral("settingsGeneralPage"));
    QVBoxLayout* windowPage = page(tr("Window"), QStringLiteral("settingsWindowPage"));
    QVBoxLayout* advancedPage = page(tr("Advanced"), QStringLiteral("settingsAdvancedPage"));

    auto* api = new QGroupBox(tr("Turnkey API"), this);
    auto* apiForm = new QFormLayout(api);
    m_apiUrl = new QLineEdit(settings.apiBaseUrl().toString(), api);
    m_apiUrl->setObjectName(QStringLiteral("apiUrlEdit"));
    m_apiUrl->setAccessibleName(tr("API base URL"));
    if (apiUrlLocked) {
        m_apiUrl->setEnabled(false);
        m_apiUrl->setToolTip(tr("Set on the command line (or by demo mode) for this run"));
    }
    apiForm->addRow(tr("API &base URL:"), m_apiUrl);
    general->addWidget(api);

    auto* sessions = new QGroupBox(tr("Sessions"), this);
    auto* form = new QFormLayout(sessions);
    m_lifetime = DurationEdit::create(sessions, 30, 7 * 24 * 3600, settings.defaultLifetimeSecs(),
                                      tr("Default session lifetime"), QStringLiteral("lifetimeEdit"));
    form->addRow(tr("Default &lifetime:"), m_lifetime);
    m_autoRefresh = new QCheckBox(tr("&Refresh sessions automatically before they expire"), sessions);
    m_autoRefresh->setChecked(settings.autoRefresh());
    form->addRow(QString(), m_autoRefresh);
    m_refreshBefore =
        DurationEdit::create(sessions, 5, 3600, settings.refreshBeforeSecs(),
                             tr("Refresh this long before expiry"), QStringLiteral("refreshBeforeEdit"));
    form->addRow(tr("Refresh before e&xpiry:"), m_refreshBefore);
    m_warnBefore = DurationEdit::create(sessions, 5, 24 * 3600, settings.warnBeforeSecs(),
                                        tr("Warn this long before expiry"), QStringLiteral("warnBeforeEdit"));
    form->addRow(tr("&Warn before expiry:"), m_warnBefore);
    m_revoke = new QCheckBox(tr("Re&voke on the server when clearing (default)"), sessions);
    m_revoke->setChecked(settings.revokeOnClear());
    form->addRow(QString(), m_revoke);
    m_keepInTpm = new QCheckBox(tr("Keep new session keys in this computer's &TPM"), sessions);
    m_keepInTpm->setObjectName(QStringLiteral("keepInTpmCheck"));
    m_keepInTpm->setToolTip(tr("A key made inside the TPM 2.0 chip can sign but can never be copied off this "
                               "computer. The log-in dialog can still choose for each session."));
    m_keepInTpm->setChecked(settings.keyStore() == KeyStoreKind::Tpm);
    form->addRow(QString(), m_keepInTpm);
    general->addWidget(sessions);
    general->addStretch(1);
    connect(m_autoRefresh, &QCheckBox::toggled, m_refreshBefore, &QWidget::setEnabled);
    m_refreshBefore->setEnabled(m_autoRefresh->isChecked());

    auto* window = new QGroupBox(tr("Window"), this);
    auto* windowLayout = new QVBoxLayout(window);
    m_closeToTray = new QCheckBox(tr("&Close to the system tray"), window);
    m_closeToTray->setChecked(settings.closeToTray());
    m_startMinimized = new QCheckBox(tr("&Start minimized to the tray"), window);
    m_startMinimized->setChecked(settings.startMinimized());
    if (!trayAvailable) {
        const QString why = tr("No system tray was found, so the window cannot be hidden in it. "
                               "Closing the window quits the application.");
        for (QCheckBox* box : {m_closeToTray, m_startMinimized}) {
            box->setEnabled(false);
            box->setToolTip(why);
        }
    }
    m_notifications = new QCheckBox(tr("Show &notifications (expiry warnings, failed refreshes)"), window);
    m_notifications->setChecked(settings.notifications());
    windowLayout->addWidget(m_closeToTray);
    windowLayout->addWidget(m_startMinimized);
    windowLayout->addWidget(m_notifications);
    m_trayClick = new QCheckBox(tr("A click on the tray icon re&freshes the default session"), window);
    m_trayClick->setObjectName(QStringLiteral("trayClickCheck"));
    m_trayClick->setToolTip(
        tr("Otherwise a click shows or hides the window; the middle click always refreshes."));
    m_trayClick->setChecked(settings.trayClickRefreshes());
    m_trayClick->setEnabled(trayAvailable);
    windowLayout->addWidget(m_trayClick);
    m_startAtLogin = new QCheckBox(tr("Start at lo&gin (minimized to the tray)"), window);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLoginCheck"));
    m_startAtLogin->setToolTip(
        tr("Adds Wallet Sessions to your desktop's autostart programs (%1).").arg(m_autostart.entryPath()));
    m_startAtLogin->setChecked(m_autostart.isEnabled());
    windowLayout->addWidget(m_startAtLogin);
    windowPage->addWidget(window);
    windowPage->addStretch(1);

    // Advanced: where email and text-message sign-in go (Turnkey's Auth Proxy) and whom it must trust.
    auto* advanced = new QGroupBox(tr("Advanced: email and text-message sign-in"), this);
    auto* advancedForm = new QFormLayout(advanced);
    m_authProxyUrl = new QLineEdit(settings.authProxyUrl().toString(), advanced);
    m_authProxyUrl->setObjectName(QStringLiteral("authProxyUrlEdit"));
    m_authProxyUrl->setAccessibleName(tr("Auth Proxy URL"));
    advancedForm->addRow(tr("Auth &Proxy URL:"), m_authProxyUrl);
    m_authProxyConfigId = new QLineEdit(settings.authProxyConfigId(), advanced);
    m_authProxyConfigId->setObjectName(QStringLiteral("authProxyConfigIdEdit"));
    m_authProxyConfigId->setAccessibleName(tr("Auth Proxy configuration ID"));
    m_authProxyConfigId->setPlaceholderText(tr("From the Turnkey dashboard (Wallet Kit)"));
    advancedForm->addRow(tr("Configuration &ID:"), m_authProxyConfigId);
    m_otpSignerKey = new QLineEdit(QString::fromLatin1(settings.otpSignerKey()), advanced);
    m_otpSignerKey->setObjectName(QStringLiteral("otpSignerKeyEdit"));
    m_otpSignerKey->setAccessibleName(tr("OTP signer public key"));
    m_otpSignerKey->setToolTip(tr("The key that signs the one-time-code bundles and verification tokens "
                                  "(uncompressed P-256, 130 hex digits). Change it only for a test server."));
    m_otpSignerKey->setCursorPosition(0);
    advancedForm->addRow(tr("OTP signer &key:"), m_otpSignerKey);
    advancedPage->addWidget(advanced);
    advancedPage->addStretch(1);

    m_error = new QLabel(this);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, errorTextColor(errorPalette));
    m_error->setPalette(errorPalette);
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apiUrl, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    for (QLineEdit* edit : {m_authProxyUrl, m_authProxyConfigId, m_otpSignerKey})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    validate();
}

void SettingsDialog::validate() {
    QString error;
    if (m_apiUrl->isEnabled()) {
        const QUrl url(m_apiUrl->text().trimmed(), QUrl::StrictMode);
        if (const Result<void> ok = api::validateBaseUrl(url); !ok.ok())
            error = ok.error().message;
    }
    if (error.isEmpty() && m_authProxyUrl->isEnabled()) {
        static const QRegularExpression uncompressedKey(QStringLiteral("^04[0-9a-fA-F]{128}$"));
        const QUrl url(m_authProxyUrl->text().trimmed(), QUrl::StrictMode);
        if (const Result<void> ok = api::validateBaseUrl(url); !ok.ok())
            error = tr("Auth Proxy URL: %1").arg(ok.error().message);
        else if (m_authProxyConfigId->text().trimmed().contains(QLatin1Char(' ')))
            error = tr("The Auth Proxy configuration ID cannot contain spaces.");
        else if (!uncompressedKey.match(m_otpSignerKey->text().trimmed()).hasMatch())
            error = tr("The OTP signer key must be 130 hex digits starting with 04 (uncompressed P-256).");
    }
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

void SettingsDialog::apply() {
    if (m_apiUrl->isEnabled())
        m_settings.setApiBaseUrl(QUrl(m_apiUrl->text().trimmed()));
    // Written only when changed, so the defaults (Turnkey's production values) stay defaults.
    if (m_authProxyUrl->isEnabled()) {
        const QUrl url(m_authProxyUrl->text().trimmed());
        if (url != m_settings.authProxyUrl())
            m_settings.setAuthProxyUrl(url);
        if (m_authProxyConfigId->text().trimmed() != m_settings.authProxyConfigId())
            m_settings.setAuthProxyConfigId(m_authProxyConfigId->text().trimmed());
        const QByteArray key = m_otpSignerKey->text().trimmed().toLatin1().toLower();
        if (key != m_settings.otpSignerKey())
            m_settings.setOtpSignerKey(key);
    }
    m_settings.setDefaultLifetimeSecs(m_lifetime->seconds());
    m_settings.setAutoRefresh(m_autoRefresh->isChecked());
    m_settings.setRefreshBeforeSecs(m_refreshBefore->seconds());
    m_settings.setWarnBeforeSecs(m_warnBefore->seconds());
    m_settings.setRevokeOnClear(m_revoke->isChecked());
    m_settings.setKeyStore(m_keepInTpm->isChecked() ? KeyStoreKind::Tpm : KeyStoreKind::Keychain);
    if (m_closeToTray->isEnabled())
        m_settings.setCloseToTray(m_closeToTray->isChecked());
    if (m_startMinimized->isEnabled())
        m_settings.setStartMinimized(m_startMinimized->isChecked());
    m_settings.setNotifications(m_notifications->isChecked());
    if (m_trayClick->isEnabled())
        m_settings.setTrayClickRefreshes(m_trayClick->isChecked());
    if (m_startAtLogin->isChecked() != m_autostart.isEnabled()) {
        if (const QString problem = m_autostart.setEnabled(m_startAtLogin->isChecked()); !problem.isEmpty())
            Q_EMIT autostartFailed(problem);
    }
    m_settings.sync();
}

void SettingsDialog::setAuthProxyLocked(bool locked) {
    for (QLineEdit* edit : {m_authProxyUrl, m_authProxyConfigId, m_otpSignerKey}) {
        edit->setEnabled(!locked);
        edit->setToolTip(locked
                             ? tr("Set on the command line, in the environment or by demo mode for this run")
                             : QString());
    }
    validate();
}

void SettingsDialog::showRememberedKeys(SessionManager& sessions) {
    auto* keysPage = new QWidget(m_tabs);
    keysPage->setObjectName(QStringLiteral("settingsKeysPage"));
    auto* keysLayout = new QVBoxLayout(keysPage);
    auto* section = new RememberedKeysSection(sessions, keysPage);
    connect(section, &RememberedKeysSection::forgetFailed, this, &SettingsDialog::forgetKeyFailed);
    keysLayout->addWidget(section);
    keysLayout->addStretch(1);
    m_tabs->insertTab(m_tabs->count() - 1, keysPage, tr("API keys")); // before Advanced
}

void SettingsDialog::setAutostart(const Autostart& autostart) {
    m_autostart = autostart;
    m_startAtLogin->setChecked(m_autostart.isEnabled());
    m_startAtLogin->setToolTip(
        tr("Adds Wallet Sessions to your desktop's autostart programs (%1).").arg(m_autostart.entryPath()));
}

} // namespace ws::ui
