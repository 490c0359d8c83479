#pragma once

#include "api/AuthProxyTypes.h"

#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ws::ui {

class DurationEdit;

// Where the one-time code goes (an email address or a phone number with its country code), the name the
// session is stored under and its lifetime. "Send code" stays disabled, the first problem named, until
// the input is valid.
class OtpContactPage : public QWidget {
    Q_OBJECT
public:
    explicit OtpContactPage(qint64 defaultLifetimeSecs, QWidget* parent = nullptr);

    void setType(OtpType type);
    OtpType type() const { return m_type; }
    QString contact() const;
    QString sessionKey() const;
    void setSessionKey(const QString& label);
    void setContact(const QString& contact);
    qint64 lifetimeSecs() const;
    void setLifetimeSecs(qint64 seconds);
    // Sign in again: the session keeps its name, which cannot be edited (and is not "taken").
    void fixSessionKey(const QString& label);
    // Names already taken (checked as the user types).
    void setTakenNames(std::function<bool(const QString&)> taken) { m_taken = std::move(taken); }

    QString validationError() const;
    void setBusy(bool busy);
    void showError(const QString& message);
    void focusContact();
    QPushButton* defaultButton() const { return m_send; }

Q_SIGNALS:
    void sendRequested();
    void backRequested();

private:
    void validate();
    void updateTitle();

    OtpType m_type = OtpType::Email;
    std::function<bool(const QString&)> m_taken;
    QLabel* m_title;
    QLabel* m_contactLabel;
    QLineEdit* m_contact;
    QLineEdit* m_sessionKey;
    DurationEdit* m_lifetime;
    bool m_fixedName = false;
    QLabel* m_error;
    QProgressBar* m_progress;
    QPushButton* m_back;
    QPushButton* m_send;
};

} // namespace ws::ui
