#pragma once

#include <QDockWidget>
#include <QJsonArray>
#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace ws::ui {

// --demo: the one-time codes the embedded devserver "sent" by email or text message, newest first, so
// a newcomer can finish the email sign-in with no account. Reads the server's outbox twice a second.
class DemoInbox : public QDockWidget {
    Q_OBJECT
public:
    explicit DemoInbox(std::function<QJsonArray()> sentCodes, QWidget* parent = nullptr);

    // Whether sessions can be made (a usable keychain): the empty inbox's hint says what to do or why not.
    void setSignInAvailable(bool available);

    // The newest code, empty when none arrived yet (tests read it here, as a user reads the list).
    QString latestCode() const { return m_latestCode; }
    int messageCount() const { return m_seen; }

Q_SIGNALS:
    void codeArrived(const QString& contact, const QString& code);

protected:
    void showEvent(QShowEvent* event) override;

private:
    static constexpr int kListHeight = 170; // a few messages and the Copy button
    void poll();
    void fitHeight(int height);
    void copySelected();

    std::function<QJsonArray()> m_sentCodes;
    QListWidget* m_list;
    QLabel* m_empty;
    QPushButton* m_copy;
    QTimer* m_timer;
    int m_seen = 0;
    bool m_fitted = false;
    QString m_latestCode;
};

} // namespace ws::ui
