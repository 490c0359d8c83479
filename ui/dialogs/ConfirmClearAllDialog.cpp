#include "ConfirmClearAllDialog.h"

#include "FitTitle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ws::ui {

QString ConfirmClearAllDialog::question(int sessionCount) {
    return tr("Clear all %n session(s)?", nullptr, sessionCount);
}

ConfirmClearAllDialog::ConfirmClearAllDialog(int sessionCount, bool revokeDefault, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("confirmClearAllDialog"));
    setWindowTitle(tr("Clear all sessions"));
    fitTitle(this);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    top->addWidget(icon, 0, Qt::AlignTop);
    auto* text = new QLabel(QStringLiteral("<b>%1</b><br>%2")
                                .arg(question(sessionCount).toHtmlEscaped(),
                                     tr("Their keys are deleted from the keychain. This cannot be undone.")),
                            this);
    text->setObjectName(QStringLiteral("clearAllQuestion"));
    text->setWordWrap(true);
    top->addWidget(text, 1);
    layout->addLayout(top);
    m_revoke = new QCheckBox(tr("Also &revoke the sessions on the server"), this);
    m_revoke->setObjectName(QStringLiteral("revokeCheck"));
    m_revoke->setChecked(revokeDefault);
    m_revoke->setToolTip(tr("Deletes each session's key at Turnkey too, so a copy elsewhere stops working"));
    layout->addWidget(m_revoke);
    auto* buttons = new QDialogButtonBox(this);
    auto* clear = buttons->addButton(tr("&Clear all"), QDialogButtonBox::DestructiveRole);
    clear->setObjectName(QStringLiteral("clearAllConfirmButton"));
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    layout->addWidget(buttons);
    connect(clear, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool ConfirmClearAllDialog::revokeOnServer() const {
    return m_revoke->isChecked();
}

} // namespace ws::ui
