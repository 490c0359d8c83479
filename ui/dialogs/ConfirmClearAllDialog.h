#pragma once

#include <QDialog>

class QCheckBox;

namespace ws::ui {

// "Clear all N sessions?" with the option to also revoke each session's key on the server.
class ConfirmClearAllDialog : public QDialog {
    Q_OBJECT
public:
    ConfirmClearAllDialog(int sessionCount, bool revokeDefault, QWidget* parent = nullptr);

    bool revokeOnServer() const;
    static QString question(int sessionCount);

private:
    QCheckBox* m_revoke;
};

} // namespace ws::ui
