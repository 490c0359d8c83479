#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ws::ui {

// "Serve to local tools…" (issue 17): explains the local stamping proxy, starts and stops it through
// the window's ServeController (core's ProxyService, the one `wallet-sessions-cli serve` runs), shows
// its URL and an `export` line for a shell, and the equivalent command line. Holds no key: the token
// only lets local programs use the proxy while it runs.
class ServeDialog : public QDialog {
    Q_OBJECT
public:
    explicit ServeDialog(const QString& sessionKey, QWidget* parent = nullptr);

    void setServing(const QUrl& url, const QByteArray& token, const QString& organizationId);
    void setStopped(const QString& why = QString());
    void setBusy(bool busy);

    QString exportLine() const;
    static QString commandLine(const QString& sessionKey);

Q_SIGNALS:
    void startRequested();
    void stopRequested();

private:
    void copy(const QString& text, const QString& what);
    void showState(const QString& html);

    QString m_sessionKey;
    bool m_serving = false;
    QString m_stateText;
    QLabel* m_state;
    QLineEdit* m_url;
    QLineEdit* m_export;
    QPushButton* m_copyExport;
    QLineEdit* m_command;
    QPushButton* m_toggle;
};

} // namespace ws::ui
