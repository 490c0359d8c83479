#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ws {
class SessionManager;
}

namespace ws::ui {

// Settings › Remembered API keys (issue 18): the API keys kept in the keychain at log-in ("Remember
// this API key"), one row per key with its organization, where it is kept and since when, and Forget,
// which deletes the key from this computer after a confirmation. Sign in again and Refresh with options
// offer these keys; nothing is deleted on the server.
class RememberedKeysSection : public QGroupBox {
    Q_OBJECT
public:
    explicit RememberedKeysSection(SessionManager& sessions, QWidget* parent = nullptr);

    int keyCount() const;

Q_SIGNALS:
    void forgetFailed(const QString& message);

private:
    void reload();
    void forgetSelected();

    SessionManager& m_sessions;
    QTreeWidget* m_list;
    QLabel* m_empty;
    QPushButton* m_forget;
};

} // namespace ws::ui
