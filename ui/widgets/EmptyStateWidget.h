#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ws::ui {

// Shown instead of the table when there are no sessions: says what a session is and offers the two
// ways to get one.
class EmptyStateWidget : public QWidget {
    Q_OBJECT
public:
    explicit EmptyStateWidget(QWidget* parent = nullptr);

    // "Try the demo" starts a separate demo instance; hidden when we already are the demo.
    void setDemoAvailable(bool available);
    void setLoginEnabled(bool enabled, const QString& whyNot = {});

Q_SIGNALS:
    void loginRequested();
    void demoRequested();

private:
    QPushButton* m_login;
    QPushButton* m_demo;
    QLabel* m_hint;
};

} // namespace ws::ui
