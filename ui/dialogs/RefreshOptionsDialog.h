#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace ws::ui {

// Refresh with the seed's refreshSession parameters: expirationSeconds and invalidateExisting.
class RefreshOptionsDialog : public QDialog {
    Q_OBJECT
public:
    RefreshOptionsDialog(const QString& sessionKey, qint64 lifetimeSecs, QWidget* parent = nullptr);

    qint64 expirationSeconds() const;
    bool invalidateExisting() const;

private:
    QSpinBox* m_expiration;
    QLabel* m_expirationText;
    QCheckBox* m_invalidate;
};

} // namespace ws::ui
