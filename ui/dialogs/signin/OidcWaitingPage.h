#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ws::ui {

// The log-in dialog while an OpenID sign-in runs: "Finish signing in in your browser" with the page's
// address (to open again, or to copy when no browser could be opened) and Cancel; then "Checking the
// answer"; or what went wrong, in plain words, with Back.
class OidcWaitingPage : public QWidget {
    Q_OBJECT
public:
    explicit OidcWaitingPage(QWidget* parent = nullptr);

    // Before the provider's page is known (discovery): the provider's name only.
    void showStarting(const QString& providerName);
    // The browser has (or, when !opened, could not be made to) show `url`.
    void showWaiting(const QUrl& url, bool opened);
    void showVerifying();
    void showError(const QString& message);
    QPushButton* defaultButton() const;

Q_SIGNALS:
    void cancelRequested();
    void openAgainRequested(const QUrl& url);
    void backRequested();

private:
    QString m_provider;
    QUrl m_url;
    QLabel* m_title;
    QLabel* m_text;
    QLineEdit* m_address;
    QProgressBar* m_progress;
    QPushButton* m_copy;
    QPushButton* m_openAgain;
    QPushButton* m_cancel;
    QPushButton* m_back;
};

} // namespace ws::ui
