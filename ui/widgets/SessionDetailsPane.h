#pragma once

#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;

namespace ws {
struct SessionInfo;
}

namespace ws::ui {

// Everything known about the selected session: the user's and organization's names and IDs, every JWT
// claim, the requested lifetime, when it was created and last refreshed, and whether the JWT signature
// verified. Text is selectable and wraps (long hex breaks anywhere); public keys and IDs have a copy
// button beside them.
class SessionDetailsPane : public QWidget {
    Q_OBJECT
public:
    explicit SessionDetailsPane(QWidget* parent = nullptr);

    void showSession(const SessionInfo& session);
    void clear();
    // A section below the fields that shows more about the same session (the wallets).
    void addSection(QWidget* section);
    QString fieldText(const QString& objectName) const; // the plain value, for tests and copy-details

    // The same facts as plain "Name: value" lines (Copy session details).
    static QString describe(const SessionInfo& session);

Q_SIGNALS:
    void copied(const QString& what); // a copy button put a value on the clipboard

private:
    struct Field {
        QLabel* value = nullptr;
        QString plain; // the value without the break hints
    };
    void addField(const QString& label, const QString& objectName, bool copyable);

    QFormLayout* m_form;
    QLabel* m_placeholder;
    QWidget* m_fields;
    QScrollArea* m_scroll;
    QList<Field> m_rows; // in the order of the pane's rows
};

} // namespace ws::ui
