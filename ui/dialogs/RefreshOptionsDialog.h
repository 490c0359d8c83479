#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;

namespace ws::ui {

class DurationEdit;

// Refresh with the seed's refreshSession parameters: expirationSeconds and invalidateExisting.
class RefreshOptionsDialog : public QDialog {
    Q_OBJECT
public:
    RefreshOptionsDialog(const QString& sessionKey, qint64 lifetimeSecs, QWidget* parent = nullptr);

    qint64 expirationSeconds() const;
    bool invalidateExisting() const;

private:
    DurationEdit* m_expiration;
    QCheckBox* m_invalidate;
};

} // namespace ws::ui
