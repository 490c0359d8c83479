#include "ServeDialog.h"

#include "FitTitle.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ws::ui {

namespace {
QLineEdit* readOnlyField(const QString& objectName, const QString& accessibleName, QWidget* parent) {
    auto* field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setReadOnly(true);
    field->setAccessibleName(accessibleName);
    return field;
}
} // namespace

ServeDialog::ServeDialog(const QString& sessionKey, QWidget* parent)
    : QDialog(parent)
    , m_sessionKey(sessionKey) {
    setObjectName(QStringLiteral("serveDialog"));
    setWindowTitle(tr("Serve to local tools"));
    fitTitle(this);
    setMinimumWidth(std::max(minimumWidth(), 560));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(
        tr("Lets scripts and tools on this computer use session <b>%1</b> through a proxy on 127.0.0.1. "
           "The proxy stamps each request with the session's key, which never leaves Wallet Sessions; a "
           "program needs the proxy's URL and token, given by the export line below. It stops when you "
           "stop it, quit, or the session ends.")
            .arg(sessionKey.toHtmlEscaped()),
        this);
    intro->setObjectName(QStringLiteral("serveIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("serveState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    auto* form = new QFormLayout;
    m_url = readOnlyField(QStringLiteral("serveUrl"), tr("Proxy URL"), this);
    auto* urlLabel = new QLabel(tr("Proxy &URL:"), this);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, m_url);

    m_export = readOnlyField(QStringLiteral("serveExport"), tr("Export line for a shell"), this);
    m_copyExport = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Cop&y"), this);
    m_copyExport->setObjectName(QStringLiteral("copyExportButton"));
    m_copyExport->setAccessibleName(tr("Copy the export line"));
    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_export, 1);
    exportRow->addWidget(m_copyExport);
    auto* exportLabel = new QLabel(tr("&Export line:"), this);
    exportLabel->setBuddy(m_export);
    form->addRow(exportLabel, exportRow);

    m_command = readOnlyField(QStringLiteral("serveCommand"), tr("The same from a terminal"), this);
    m_command->setText(commandLine(sessionKey));
    auto* copyCommand = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Co&py"), this);
    copyCommand->setObjectName(QStringLiteral("copyCommandButton"));
    copyCommand->setAccessibleName(tr("Copy the command line"));
    auto* commandRow = new QHBoxLayout;
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(copyCommand);
    auto* commandLabel = new QLabel(tr("From a &terminal:"), this);
    commandLabel->setBuddy(m_command);
    form->addRow(commandLabel, commandRow);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_toggle = buttons->addButton(tr("&Start serving"), QDialogButtonBox::ActionRole);
    m_toggle->setObjectName(QStringLiteral("serveToggleButton"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        if (m_serving)
            Q_EMIT stopRequested();
        else
            Q_EMIT startRequested();
    });
    connect(m_copyExport, &QPushButton::clicked, this,
            [this] { copy(m_export->text(), tr("Copied the export line")); });
    connect(copyCommand, &QPushButton::clicked, this,
            [this] { copy(m_command->text(), tr("Copied the command line")); });
    setStopped();
}

QString ServeDialog::commandLine(const QString& sessionKey) {
    return QStringLiteral("wallet-sessions-cli serve --session ") + sessionKey;
}

QString ServeDialog::exportLine() const {
    return m_export->text();
}

void ServeDialog::setServing(const QUrl& url, const QByteArray& token, const QString& organizationId) {
    m_serving = true;
    showState(tr("Serving <b>%1</b> at %2.").arg(m_sessionKey.toHtmlEscaped(), url.toString()));
    m_url->setText(url.toString());
    QString line = QStringLiteral("export TURNKEY_API_BASE_URL=") + url.toString() +
                   QStringLiteral(" WALLET_SESSIONS_PROXY_TOKEN=") + QString::fromLatin1(token);
    if (!organizationId.isEmpty())
        line += QStringLiteral(" TURNKEY_ORGANIZATION_ID=") + organizationId;
    m_export->setText(line);
    m_export->setCursorPosition(0); // the start says what it is; the rest scrolls
    m_export->setEnabled(true);
    m_copyExport->setEnabled(true);
    m_toggle->setText(tr("St&op serving"));
    m_toggle->setEnabled(true);
}

void ServeDialog::setStopped(const QString& why) {
    m_serving = false;
    showState(why.isEmpty() ? tr("Not served.") : why.toHtmlEscaped());
    m_url->clear();
    m_export->clear();
    m_export->setEnabled(false);
    m_copyExport->setEnabled(false);
    m_toggle->setText(tr("&Start serving"));
    m_toggle->setEnabled(true);
}

void ServeDialog::setBusy(bool busy) {
    m_toggle->setEnabled(!busy);
    if (busy)
        showState(tr("Starting…"));
}

void ServeDialog::copy(const QString& text, const QString& what) {
    QApplication::clipboard()->setText(text);
    m_state->setText(m_stateText + QStringLiteral("<br>") + what.toHtmlEscaped());
}

void ServeDialog::showState(const QString& html) {
    m_stateText = html;
    m_state->setText(html);
}

} // namespace ws::ui
