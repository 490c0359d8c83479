#pragma once

#include <QWidget>

class QLabel;
class QStatusBar;

namespace ws::ui {

class ElidedLabel;

// The status bar's permanent parts: the API endpoint, the keychain's health, and the result of the
// last operation (green tick / red cross and the message, the server's own words included).
class StatusPanel : public QObject {
    Q_OBJECT
public:
    explicit StatusPanel(QStatusBar* bar);

    void setEndpoint(const QString& url, bool demo);
    void setKeychain(const QString& description, bool healthy);
    void setLastResult(const QString& message, bool ok);
    QString lastResult() const;

private:
    ElidedLabel* m_result;
    QLabel* m_endpoint;
    QLabel* m_keychain;
};

} // namespace ws::ui
