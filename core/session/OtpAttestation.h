#pragma once

#include "AttestationSource.h"
#include "Error.h"
#include "api/AuthProxyTypes.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace ws {

class AuthProxyClient;
class Clock;

struct OtpSignInOptions {
    OtpType type = OtpType::Email;
    QString contact;            // the email address or phone number
    bool createAccount = false; // sign up (signup_v2) when no account has this contact
    QByteArray
        otpSignerKeyHex; // the OTP signer (TLS fetcher) key the target bundle and token must be signed by
    // After a wrong or expired code ask again (codeNeeded with the error) instead of failing: the
    // window lets the user retry without starting over, the CLI fails with the error.
    bool retryCodes = false;
};

// The one-time-code sign-in (turnkey-protocol.md §2.5) as an AttestationSource: otp_init_v2, the code
// from the user (codeNeeded -> submitCode), the code encrypted to the checked target bundle and bound to
// the session key, otp_verify_v2, the verification token checked (signature, expiry, bound to the
// session key), /v1/account, and signup_v2 with the client signature when the contact is new. A bundle
// or token that does not verify ends the flow before anything else is sent.
class OtpAttestation : public QObject, public AttestationSource {
    Q_OBJECT
public:
    OtpAttestation(AuthProxyClient& proxy, const Clock& clock, OtpSignInOptions options,
                   QObject* parent = nullptr);
    ~OtpAttestation() override;

    void attest(TurnkeyClient::Signer sessionKey, Callback<Attestation> done) override;
    void cancel() override;
    SignInMethod method() const override {
        return m_options.type == OtpType::Sms ? SignInMethod::sms(m_options.contact)
                                              : SignInMethod::email(m_options.contact);
    }

    const OtpSignInOptions& options() const { return m_options; }
    // The user's answer to codeNeeded(). Ignored while no code is awaited.
    void submitCode(const QString& code);
    // A new code (a new otp_init_v2); the old one stops working. Ignored while a request is in flight.
    void resend();
    bool awaitingCode() const { return m_stage == Stage::AwaitingCode; }
    // After a NOT_FOUND end: the contact has no account (and createAccount was not set).
    bool foundNoAccount() const { return m_noAccount; }
    // The verification token otp_verify_v2 returned (checked), empty before.
    QByteArray verificationToken() const { return m_token; }

Q_SIGNALS:
    // A code went out to `contact` (after the first otp_init_v2 and after each resend).
    void codeSent(const QString& contact);
    // Waiting for submitCode(). `previous` is why the last code was refused (INVALID_OTP_CODE with the
    // attempts left in its message, OTP_EXPIRED: resend), empty on the first ask.
    void codeNeeded(const std::optional<ws::Error>& previous);
    // Between a submitted code and the answer (otp_verify_v2, account, sign-up).
    void verifying();

private:
    enum class Stage { Idle, Sending, AwaitingCode, Verifying, Done };
    void init();
    void verify(const QString& code);
    void findAccount();
    void signUp();
    void sendSignup(const QByteArray& message, Result<QByteArray> signature);
    void finish(Result<Attestation> result);

    AuthProxyClient& m_proxy;
    const Clock& m_clock;
    OtpSignInOptions m_options;
    Stage m_stage = Stage::Idle;
    TurnkeyClient::Signer m_key;
    Callback<Attestation> m_done;
    QString m_otpId;
    QByteArray m_targetBundle;
    QByteArray m_token;
    QString m_tokenId;
    QPointer<ApiCall> m_call;
    bool m_noAccount = false;
};

} // namespace ws
