#include "SessionDetailsPane.h"

#include "model/SessionStatus.h"
#include "session/SessionTypes.h"
#include "widgets/ThemeColors.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
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

QString orUnknown(const QString& s) {
    return s.isEmpty() ? QCoreApplication::translate("ws", "(not known yet: use Verify)") : s;
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

// Long hex and IDs have no natural break points: a zero-width space every eight characters lets the
// label wrap them instead of clipping. The copy buttons and describe() use the plain value.
QString breakable(const QString& value) {
    QString out;
    out.reserve(value.size() + value.size() / 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (i > 0 && i % 8 == 0)
            out += QChar(0x200B);
        out += value[i];
    }
    return out;
}

struct Row {
    const char* label;
    const char* objectName;
    QString value;
    bool copyable = false;
};

QList<Row> rowsFor(const SessionInfo& s) {
    const SessionClaims& c = s.token.claims;
    return {
        {QT_TRANSLATE_NOOP("ws", "Session key"), "detailSessionKey",
         s.sessionKey + (s.active ? QCoreApplication::translate("ws", " (default)") : QString())},
        {QT_TRANSLATE_NOOP("ws", "Public key"), "detailPublicKey", c.publicKey, true},
        {QT_TRANSLATE_NOOP("ws", "Key"), "detailKeyStore",
         s.keyStore == KeyStoreKind::Tpm
             ? QCoreApplication::translate("ws",
                                           "TPM 2.0 (made inside this computer's TPM; cannot be copied)")
             : QCoreApplication::translate("ws", "System keychain")},
        {QT_TRANSLATE_NOOP("ws", "User"), "detailUserName", orUnknown(s.username)},
        {QT_TRANSLATE_NOOP("ws", "User ID"), "detailUser", c.userId, true},
        {QT_TRANSLATE_NOOP("ws", "Organization"), "detailOrganizationName", orUnknown(s.organizationName)},
        {QT_TRANSLATE_NOOP("ws", "Organization ID"), "detailOrganization", c.organizationId, true},
        {QT_TRANSLATE_NOOP("ws", "Session type"), "detailType", sessionTypeText(c.sessionType)},
        {QT_TRANSLATE_NOOP("ws", "Scope"), "detailScope", orNone(c.scope)},
        {QT_TRANSLATE_NOOP("ws", "Session profile"), "detailProfile", orNone(c.sessionProfileId)},
        {QT_TRANSLATE_NOOP("ws", "Expires"), "detailExpires", when(s.expiresAt())},
        {QT_TRANSLATE_NOOP("ws", "Requested lifetime"), "detailLifetime",
         orNone(s.lifetimeSeconds > 0 ? formatDuration(s.lifetimeSeconds) : QString())},
        {QT_TRANSLATE_NOOP("ws", "Created"), "detailCreated", when(s.createdAt)},
        {QT_TRANSLATE_NOOP("ws", "Last refreshed"), "detailRefreshed", when(s.refreshedAt)},
        {QT_TRANSLATE_NOOP("ws", "JWT signature"), "detailSignature", signatureText(s.signatureVerified)},
        {QT_TRANSLATE_NOOP("ws", "Server"), "detailServer", serverText(s.serverState)},
        {QT_TRANSLATE_NOOP("ws", "Auto-refresh"), "detailAutoRefresh",
         s.autoRefresh ? QCoreApplication::translate("ws", "On") : QCoreApplication::translate("ws", "Off")},
        {QT_TRANSLATE_NOOP("ws", "Last error"), "detailLastError", orNone(s.lastError)},
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
    // A narrow pane puts each value under its label rather than squeezing both.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_scroll->setWidget(m_fields);
    outer->addWidget(m_scroll, 1);

    const SessionInfo none;
    for (const Row& row : rowsFor(none))
        addField(QCoreApplication::translate("ws", row.label), QString::fromLatin1(row.objectName),
                 row.copyable);
    clear();
}

void SessionDetailsPane::addField(const QString& label, const QString& objectName, bool copyable) {
    auto* value = new QLabel(m_fields);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setMinimumWidth(60);
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    value->setAccessibleName(label);
    const int index = int(m_rows.size());
    m_rows.append({value, QString()});
    if (!copyable) {
        m_form->addRow(label + QLatin1Char(':'), value);
        return;
    }
    auto* holder = new QWidget(m_fields);
    auto* line = new QHBoxLayout(holder);
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(value, 1);
    auto* copy = new QToolButton(holder);
    copy->setObjectName(objectName + QStringLiteral("Copy"));
    copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    copy->setAutoRaise(true);
    copy->setToolTip(tr("Copy %1").arg(label));
    copy->setAccessibleName(tr("Copy %1").arg(label));
    line->addWidget(copy, 0, Qt::AlignTop);
    connect(copy, &QToolButton::clicked, this, [this, index, label] {
        QGuiApplication::clipboard()->setText(m_rows[index].plain);
        Q_EMIT copied(label);
    });
    m_form->addRow(label + QLatin1Char(':'), holder);
}

void SessionDetailsPane::showSession(const SessionInfo& s) {
    const QList<Row> rows = rowsFor(s);
    for (int i = 0; i < rows.size(); ++i) {
        m_rows[i].plain = rows[i].value;
        m_rows[i].value->setText(rows[i].copyable ? breakable(rows[i].value) : rows[i].value);
    }
    // Palette roles, not fixed colours: they stay readable on a dark theme.
    QLabel* signature = findChild<QLabel*>(QStringLiteral("detailSignature"));
    QLabel* lastError = findChild<QLabel*>(QStringLiteral("detailLastError"));
    const auto tint = [](QLabel* label, bool plain, const QColor& colour) {
        QPalette p = label->parentWidget()->palette();
        if (!plain)
            p.setColor(QPalette::WindowText, colour);
        label->setPalette(p);
    };
    tint(signature, s.signatureVerified, warningTextColor(palette()));
    tint(lastError, s.lastError.isEmpty(), errorTextColor(palette()));
    m_placeholder->hide();
    m_scroll->show();
}

void SessionDetailsPane::addSection(QWidget* section) {
    section->setParent(m_fields);
    m_form->addRow(section);
}

void SessionDetailsPane::clear() {
    m_placeholder->show();
    m_scroll->hide();
}

QString SessionDetailsPane::fieldText(const QString& objectName) const {
    for (const Field& field : m_rows)
        if (field.value->objectName() == objectName)
            return field.plain;
    return {};
}

QString SessionDetailsPane::describe(const SessionInfo& session) {
    QStringList lines;
    const QList<Row> rows = rowsFor(session);
    for (const Row& row : rows)
        lines << QCoreApplication::translate("ws", row.label) + QStringLiteral(": ") + row.value;
    return lines.join(QLatin1Char('\n'));
}

} // namespace ws::ui
