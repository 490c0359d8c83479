#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace ws {
struct Error;
}

namespace ws::ui {

// The one-time code: as many characters as wallet_kit_config says, digits or alphanumeric. A whole
// pasted code (spaces and dashes dropped) is taken as it is and submitted once complete; a wrong code
// shows the attempts left and the user tries again; an expired one asks for a new code. "Resend" is
// offered after a countdown.
class OtpCodePage : public QWidget {
    Q_OBJECT
public:
    explicit OtpCodePage(QWidget* parent = nullptr);

    static constexpr int kResendAfterSecs = 30;

    void setFormat(int length, bool alphanumeric);
    // A code went to `contact`: empty field, countdown to "Resend" restarted.
    void showSent(const QString& contact);
    // Ready for the code; `previous` says why the last one was refused (nullptr on the first ask).
    void askCode(const Error* previous);
    void setVerifying(bool verifying);
    QString code() const;
    QPushButton* defaultButton() const { return m_verify; }
    // The code with what a paste brings along dropped (spaces, dashes), cut to the length.
    QString normalized(const QString& text) const;

Q_SIGNALS:
    void codeEntered(const QString& code);
    void resendRequested();

private:
    static QString wrongCodeText(const Error& error);
    void onTextEdited();
    void tick();
    void updateVerifyButton();

    int m_length = 6;
    bool m_alphanumeric = false;
    bool m_expired = false;
    int m_resendIn = 0;
    QLabel* m_sentTo;
    QLineEdit* m_code;
    QLabel* m_message;
    QProgressBar* m_progress;
    QPushButton* m_resend;
    QPushButton* m_verify;
    QTimer* m_countdown;
};

} // namespace ws::ui
