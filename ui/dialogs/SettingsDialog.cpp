#include "SettingsDialog.h"

#include "api/UrlPolicy.h"
#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ws::ui {

namespace {
QSpinBox* secondsSpin(QWidget* parent, int min, int max, qint64 value, const QString& name) {
    auto* spin = new QSpinBox(parent);
    spin->setRange(min, max);
    spin->setSuffix(QCoreApplication::translate("ws", " s"));
    spin->setValue(int(value));
    spin->setAccessibleName(name);
    return spin;
}
} // namespace

SettingsDialog::SettingsDialog(AppSettings& settings, bool trayAvailable, bool apiUrlLocked, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);

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
    layout->addWidget(api);

    auto* sessions = new QGroupBox(tr("Sessions"), this);
    auto* form = new QFormLayout(sessions);
    m_lifetime = secondsSpin(sessions, 30, 7 * 24 * 3600, settings.defaultLifetimeSecs(),
                             tr("Default session lifetime"));
    m_lifetime->setSingleStep(60);
    form->addRow(tr("Default &lifetime:"), m_lifetime);
    m_autoRefresh = new QCheckBox(tr("&Refresh sessions automatically before they expire"), sessions);
    m_autoRefresh->setChecked(settings.autoRefresh());
    form->addRow(QString(), m_autoRefresh);
    m_refreshBefore =
        secondsSpin(sessions, 5, 3600, settings.refreshBeforeSecs(), tr("Refresh this long before expiry"));
    form->addRow(tr("Refresh &before expiry:"), m_refreshBefore);
    m_warnBefore =
        secondsSpin(sessions, 5, 24 * 3600, settings.warnBeforeSecs(), tr("Warn this long before expiry"));
    form->addRow(tr("&Warn before expiry:"), m_warnBefore);
    m_revoke = new QCheckBox(tr("Re&voke on the server when clearing (default)"), sessions);
    m_revoke->setChecked(settings.revokeOnClear());
    form->addRow(QString(), m_revoke);
    layout->addWidget(sessions);
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
    layout->addWidget(window);

    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
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
    validate();
}

void SettingsDialog::validate() {
    QString error;
    if (m_apiUrl->isEnabled()) {
        const QUrl url(m_apiUrl->text().trimmed(), QUrl::StrictMode);
        if (const Result<void> ok = api::validateBaseUrl(url); !ok.ok())
            error = ok.error().message;
    }
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

void SettingsDialog::apply() {
    if (m_apiUrl->isEnabled())
        m_settings.setApiBaseUrl(QUrl(m_apiUrl->text().trimmed()));
    m_settings.setDefaultLifetimeSecs(m_lifetime->value());
    m_settings.setAutoRefresh(m_autoRefresh->isChecked());
    m_settings.setRefreshBeforeSecs(m_refreshBefore->value());
    m_settings.setWarnBeforeSecs(m_warnBefore->value());
    m_settings.setRevokeOnClear(m_revoke->isChecked());
    if (m_closeToTray->isEnabled())
        m_settings.setCloseToTray(m_closeToTray->isChecked());
    if (m_startMinimized->isEnabled())
        m_settings.setStartMinimized(m_startMinimized->isChecked());
    m_settings.setNotifications(m_notifications->isChecked());
    m_settings.sync();
}

} // namespace ws::ui
