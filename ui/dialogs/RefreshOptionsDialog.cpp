#include "RefreshOptionsDialog.h"

#include "FitTitle.h"
#include "model/SessionStatus.h"
#include "session/SessionTypes.h"
#include "widgets/DurationEdit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ws::ui {

RefreshOptionsDialog::RefreshOptionsDialog(const QString& sessionKey, qint64 lifetimeSecs, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("refreshOptionsDialog"));
    setWindowTitle(tr("Refresh with options"));
    fitTitle(this);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Refresh <b>%1</b>: a new session key replaces the current one.").arg(sessionKey.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_expiration = new DurationEdit(this);
    m_expiration->setObjectName(QStringLiteral("expirationEdit"));
    m_expiration->setRange(kMinimumExpirationSeconds, 7 * 24 * 3600);
    m_expiration->setSeconds(lifetimeSecs > 0 ? lifetimeSecs : kDefaultExpirationSeconds);
    m_expiration->setAccessibleName(tr("Expiration"));
    // A label made here, not by addRow(QString, …): its mnemonic needs a buddy widget.
    auto* label = new QLabel(tr("&Expiration:"), this);
    label->setBuddy(m_expiration);
    form->addRow(label, m_expiration);
    m_invalidate = new QCheckBox(tr("&Invalidate the user's other sessions"), this);
    m_invalidate->setObjectName(QStringLiteral("invalidateCheck"));
    m_invalidate->setToolTip(tr("Asks Turnkey to delete every other session key of this user "
                                "(invalidateExisting). Sessions on other devices stop working."));
    form->addRow(QString(), m_invalidate);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Refresh"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("refreshOkButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

qint64 RefreshOptionsDialog::expirationSeconds() const {
    return m_expiration->seconds();
}

bool RefreshOptionsDialog::invalidateExisting() const {
    return m_invalidate->isChecked();
}

} // namespace ws::ui
