#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ws::ui {

// Shown instead of the table when there are no sessions: says what a session is and offers the ways
// to get one, signing in with email first.
class EmptyStateWidget : public QWidget {
    Q_OBJECT
public:
    explicit EmptyStateWidget(QWidget* parent = nullptr);

    // "Try the demo" starts a separate demo instance; in the demo itself the same place offers
    // "Restore demo sessions" (after Clear all, the demo's three sessions again).
    void setInDemo(bool inDemo);
    // Off without a usable keychain: every way to a session (the demo too) is disabled, saying why.
    void setLoginEnabled(bool enabled, const QString& whyNot = {});

Q_SIGNALS:
    void loginRequested(); // with an API key
    void signInWithEmailRequested();
    void demoRequested();
    void restoreDemoRequested();

private:
    void updateHint();

    QPushButton* m_email;
    QPushButton* m_login;
    QPushButton* m_demo;
    QLabel* m_hint;
    QString m_hintText; // what the hint says while sessions can be created
    bool m_inDemo = false;
    bool m_loginEnabled = true;
};

} // namespace ws::ui
