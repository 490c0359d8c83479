#include "SessionDetailsPane.h"

#include "model/SessionStatus.h"
#include "session/SessionTypes.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ws::ui {

namespace {
QString when(const QDateTime& t) {
    if (!t.isValid())
        return QCoreApplication::translate("ws", "never");
    return QCoreApplication::translate("ws", "%1 (%2)")
        .arg(t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             t.toUTC().toString(QStringLiteral("HH:mm:ss 'UTC'")));
}

QString orNone(const QString& s) {
    return s.isEmpty() ? QCoreApplication::translate("ws", "(none)") : s;
}

QString serverText(ServerState state) {
    switch (state) {
    case ServerState::Alive:
        return QCoreApplication::translate("ws", "Known to the server (last check succeeded)");
    case ServerState::Revoked:
        return QCoreApplication::translate("ws", "Revoked: the server no longer knows this key");
    case ServerState::Revoking:
        return QCoreApplication::translate("ws", "Being cleared and revoked on the server");
    case ServerState::Unknown:
        break;
    }
    return QCoreApplication::translate("ws", "Not checked yet (use Verify)");
}

QString signatureText(bool verified) {
    return verified ? QCoreApplication::translate("ws", "Verified against the notarizer key")
                    : QCoreApplication::translate("ws", "Not verified");
}

struct Row {
    const char* label;
    QString value;
};

QList<Row> rowsFor(const SessionInfo& s) {
    const SessionClaims& c = s.token.claims;
    return {
        {QT_TRANSLATE_NOOP("ws", "Session key"),
         s.sessionKey + (s.active ? QCoreApplication::translate("ws", " (active)") : QString())},
        {QT_TRANSLATE_NOOP("ws", "Public key"), c.publicKey},
        {QT_TRANSLATE_NOOP("ws", "User ID"), c.userId},
        {QT_TRANSLATE_NOOP("ws", "Organization ID"), c.organizationId},
        {QT_TRANSLATE_NOOP("ws", "Session type"), c.sessionType},
        {QT_TRANSLATE_NOOP("ws", "Scope"), orNone(c.scope)},
        {QT_TRANSLATE_NOOP("ws", "Session profile"), orNone(c.sessionProfileId)},
        {QT_TRANSLATE_NOOP("ws", "Expires"), when(s.expiresAt())},
        {QT_TRANSLATE_NOOP("ws", "Requested lifetime"),
         orNone(s.lifetimeSeconds > 0 ? formatDuration(s.lifetimeSeconds) : QString())},
        {QT_TRANSLATE_NOOP("ws", "Created"), when(s.createdAt)},
        {QT_TRANSLATE_NOOP("ws", "Last refreshed"), when(s.refreshedAt)},
        {QT_TRANSLATE_NOOP("ws", "JWT signature"), signatureText(s.signatureVerified)},
        {QT_TRANSLATE_NOOP("ws", "Server"), serverText(s.serverState)},
        {QT_TRANSLATE_NOOP("ws", "Auto-refresh"),
         s.autoRefresh ? QCoreApplication::translate("ws", "On") : QCoreApplication::translate("ws", "Off")},
        {QT_TRANSLATE_NOOP("ws", "Last error"), orNone(s.lastError)},
    };
}
} // namespace

SessionDetailsPane::SessionDetailsPane(QWidget* parent)
    : QWidget(parent) {
    setAccessibleName(tr("Session details"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("<b>Session details</b>"), this);
    outer->addWidget(title);

    m_placeholder = new QLabel(tr("Select a session to see its details."), this);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    outer->addWidget(m_placeholder);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long values wrap instead
    m_fields = new QWidget(m_scroll);
    m_form = new QFormLayout(m_fields);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_scroll->setWidget(m_fields);
    outer->addWidget(m_scroll, 1);

    m_sessionKey = addField(tr("Session key"), QStringLiteral("detailSessionKey"));
    m_publicKey = addField(tr("Public key"), QStringLiteral("detailPublicKey"));
    m_user = addField(tr("User ID"), QStringLiteral("detailUser"));
    m_organization = addField(tr("Organization ID"), QStringLiteral("detailOrganization"));
    m_type = addField(tr("Session type"), QStringLiteral("detailType"));
    m_scope = addField(tr("Scope"), QStringLiteral("detailScope"));
    m_profile = addField(tr("Session profile"), QStringLiteral("detailProfile"));
    m_expires = addField(tr("Expires"), QStringLiteral("detailExpires"));
    m_lifetime = addField(tr("Requested lifetime"), QStringLiteral("detailLifetime"));
    m_created = addField(tr("Created"), QStringLiteral("detailCreated"));
    m_refreshed = addField(tr("Last refreshed"), QStringLiteral("detailRefreshed"));
    m_signature = addField(tr("JWT signature"), QStringLiteral("detailSignature"));
    m_server = addField(tr("Server"), QStringLiteral("detailServer"));
    m_autoRefresh = addField(tr("Auto-refresh"), QStringLiteral("detailAutoRefresh"));
    m_lastError = addField(tr("Last error"), QStringLiteral("detailLastError"));
    clear();
}

QLabel* SessionDetailsPane::addField(const QString& label, const QString& objectName) {
    auto* value = new QLabel(m_fields);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setAccessibleName(label);
    m_form->addRow(label + QLatin1Char(':'), value);
    return value;
}

void SessionDetailsPane::showSession(const SessionInfo& s) {
    const QList<Row> rows = rowsFor(s);
    QLabel* const labels[] = {m_sessionKey, m_publicKey, m_user,    m_organization, m_type,
                              m_scope,      m_profile,   m_expires, m_lifetime,     m_created,
                              m_refreshed,  m_signature, m_server,  m_autoRefresh,  m_lastError};
    for (int i = 0; i < rows.size(); ++i)
        labels[i]->setText(rows[i].value);
    // The public key is long hex: let it break anywhere rather than widen the pane.
    QString breakable = s.token.claims.publicKey;
    for (qsizetype i = 16; i < breakable.size(); i += 17)
        breakable.insert(i, QChar(0x200B));
    m_publicKey->setText(breakable);
    m_signature->setStyleSheet(s.signatureVerified ? QString() : QStringLiteral("color: #b36b00;"));
    m_lastError->setStyleSheet(s.lastError.isEmpty() ? QString() : QStringLiteral("color: #c62828;"));
    m_placeholder->hide();
    m_scroll->show();
}

void SessionDetailsPane::clear() {
    m_placeholder->show();
    m_scroll->hide();
}

QString SessionDetailsPane::fieldText(const QString& objectName) const {
    auto* label = findChild<QLabel*>(objectName);
    return label ? label->text() : QString();
}

QString SessionDetailsPane::describe(const SessionInfo& session) {
    QStringList lines;
    const QList<Row> rows = rowsFor(session);
    for (const Row& row : rows)
        lines << QCoreApplication::translate("ws", row.label) + QStringLiteral(": ") + row.value;
    return lines.join(QLatin1Char('\n'));
}

} // namespace ws::ui
