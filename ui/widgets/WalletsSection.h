#pragma once

#include "api/WalletTypes.h"

#include <QList>
#include <QWidget>

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace ws {
class SessionManager;
struct SessionInfo;
} // namespace ws

namespace ws::ui {

// What the selected session opens: its organization's wallets and their accounts (address, curve,
// derivation path), fetched with the session's own key through SessionManager::getWallets. Loaded on
// demand when a session is shown, answered from the manager's cache afterwards (so a new key after a
// refresh loads again), with a Reload button; errors are a line in the pane, never a dialog.
class WalletsSection : public QWidget {
    Q_OBJECT
public:
    explicit WalletsSection(SessionManager& sessions, QWidget* parent = nullptr);

    // Loads the wallets of `session` unless they are already shown for its current key.
    void showFor(const SessionInfo& session);
    void clear();
    QString statusText() const;    // "Loading…", an error, "No wallets", or empty when wallets are shown
    QStringList addresses() const; // every account address shown, in order (tests, copy-details)

Q_SIGNALS:
    void copied(const QString& what);

private:
    void load(bool reload);
    void showWallets(const QList<WalletInfo>& wallets);
    void showStatus(const QString& text, bool error);
    void clearRows();
    QWidget* accountRow(const WalletAccountInfo& account);

    SessionManager& m_sessions;
    QString m_sessionKey;
    QString m_publicKey;   // the key the shown (or loading) wallets belong to
    quint64 m_request = 0; // answers to an older request are dropped
    QLabel* m_status;
    QToolButton* m_reload;
    QVBoxLayout* m_rows;
    QList<QWidget*> m_rowWidgets;
    QStringList m_addresses;
};

} // namespace ws::ui
