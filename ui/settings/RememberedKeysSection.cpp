#include "RememberedKeysSection.h"

#include "session/SessionManager.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ws::ui {

namespace {
constexpr int kPublicKeyRole = Qt::UserRole + 1;
constexpr int kInTpmRole = Qt::UserRole + 2;

QString shortKey(const QString& publicKey) {
    return publicKey.left(10) + QStringLiteral("…") + publicKey.right(6);
}
} // namespace

RememberedKeysSection::RememberedKeysSection(SessionManager& sessions, QWidget* parent)
    : QGroupBox(tr("Remembered API keys"), parent)
    , m_sessions(sessions) {
    setObjectName(QStringLiteral("rememberedKeysSection"));
    auto* layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("rememberedKeysList"));
    m_list->setAccessibleName(tr("Remembered API keys"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("API key"), tr("Organization"), tr("Kept in"), tr("Since")});
    // The key, the store and the date fit their contents; the organization ID takes the rest, elided
    // in the middle (the whole ID is in the tooltip), so nothing scrolls sideways.
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 6);
    layout->addWidget(m_list);
    m_empty =
        new QLabel(tr("No API key is remembered. Check “Remember this API key” when you log in with one "
                      "to sign in again with one click."),
                   this);
    m_empty->setObjectName(QStringLiteral("rememberedKeysEmpty"));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_forget = new QPushButton(tr("&Forget…"), this);
    m_forget->setObjectName(QStringLiteral("forgetKeyButton"));
    m_forget->setAccessibleName(tr("Forget the selected API key"));
    m_forget->setToolTip(tr("Delete the selected API key from this computer (it stays valid at Turnkey)"));
    buttons->addWidget(m_forget);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_forget->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_forget, &QPushButton::clicked, this, &RememberedKeysSection::forgetSelected);
    connect(&m_sessions, &SessionManager::sessionsChanged, this, &RememberedKeysSection::reload);
    reload();
}

int RememberedKeysSection::keyCount() const {
    return m_list->topLevelItemCount();
}

void RememberedKeysSection::reload() {
    const QString selected =
        m_list->currentItem() ? m_list->currentItem()->data(0, kPublicKeyRole).toString() : QString();
    m_list->clear();
    const QList<KeyPairInfo> keys = m_sessions.allRememberedApiKeys();
    for (const KeyPairInfo& key : keys) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, shortKey(key.publicKey));
        item->setToolTip(0, key.publicKey);
        item->setData(0, kPublicKeyRole, key.publicKey);
        item->setText(1, key.organizationId);
        item->setToolTip(1, key.organizationId);
        item->setText(2, key.store == KeyStoreKind::Tpm ? tr("TPM") : tr("Keychain"));
        item->setData(0, kInTpmRole, key.store == KeyStoreKind::Tpm);
        item->setText(3, key.createdAt.isValid()
                             ? QLocale().toString(key.createdAt.toLocalTime().date(), QLocale::ShortFormat)
                             : QStringLiteral("-"));
        if (key.publicKey == selected)
            m_list->setCurrentItem(item);
    }
    m_list->setVisible(!keys.isEmpty());
    m_empty->setVisible(keys.isEmpty());
    m_forget->setVisible(!keys.isEmpty());
    m_forget->setEnabled(!m_list->selectedItems().isEmpty());
}

void RememberedKeysSection::forgetSelected() {
    QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const QString publicKey = item->data(0, kPublicKeyRole).toString();
    const bool inTpm = item->data(0, kInTpmRole).toBool();
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Forget API key"),
        tr("Forget the API key %1 of organization %2?").arg(shortKey(publicKey), item->text(1)),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmForgetBox"));
    box->setInformativeText(
        inTpm ? tr("It is deleted from this computer's TPM and cannot be used from here again. It stays "
                   "registered at Turnkey; remove it there too if it should stop working.")
              : tr("It is deleted from the keychain. It stays valid at Turnkey: you can remember it again "
                   "at your next log-in with it."));
    QPushButton* forget = box->addButton(tr("&Forget"), QMessageBox::DestructiveRole);
    forget->setObjectName(QStringLiteral("confirmForgetButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this, [this, forget, publicKey](QAbstractButton* clicked) {
        if (clicked != forget)
            return;
        m_forget->setEnabled(false);
        // `this` is the reply's context: a closed dialog hears nothing.
        m_sessions.deleteApiKeyPair(publicKey, this, [this](Result<void> done) {
            reload();
            if (!done.ok())
                Q_EMIT forgetFailed(done.error().message);
        });
    });
    box->open();
}

} // namespace ws::ui
