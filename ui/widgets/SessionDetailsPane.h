#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;

namespace ws {
struct SessionInfo;
}

namespace ws::ui {

// Everything known about the selected session: every JWT claim, the requested lifetime, when it
// was created and last refreshed, and whether the JWT signature verified. Text is selectable.
class SessionDetailsPane : public QWidget {
    Q_OBJECT
public:
    explicit SessionDetailsPane(QWidget* parent = nullptr);

    void showSession(const SessionInfo& session);
    void clear();
    QString fieldText(const QString& objectName) const; // for tests and copy-details

    // The same facts as plain "Name: value" lines (Copy session details).
    static QString describe(const SessionInfo& session);

private:
    QLabel* addField(const QString& label, const QString& objectName);

    QFormLayout* m_form;
    QLabel* m_placeholder;
    QWidget* m_fields;
    QScrollArea* m_scroll;
    QLabel* m_sessionKey;
    QLabel* m_publicKey;
    QLabel* m_user;
    QLabel* m_organization;
    QLabel* m_type;
    QLabel* m_scope;
    QLabel* m_profile;
    QLabel* m_expires;
    QLabel* m_lifetime;
    QLabel* m_created;
    QLabel* m_refreshed;
    QLabel* m_signature;
    QLabel* m_server;
    QLabel* m_autoRefresh;
    QLabel* m_lastError;
};

} // namespace ws::ui
