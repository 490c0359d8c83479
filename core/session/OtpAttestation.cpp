#include "OtpAttestation.h"

#include "Clock.h"
#include "OffThread.h"
#include "api/AuthProxyClient.h"
#include "crypto/AttestedStamp.h"
#include "crypto/Ecdsa.h"
#include "crypto/Encoding.h"
#include "crypto/OtpBundle.h"
#include "crypto/P256KeyPair.h"
#include "crypto/VerificationToken.h"
#include "session/OtpCode.h"

#include <QCoreApplication>
#include <QTimer>

namespace ws {

namespace {
// A bundle or token that does not verify is not the user's fault and not a wrong code: it is a proxy
// (or a man in the middle) that answers what the protocol forbids. BAD_RESPONSE, never retried.
Error untrusted(const Error& e, const QString& what) {
    Error bad(ErrorCode::BadResponse,
              QCoreApplication::translate("ws", "%1 did not verify: %2").arg(what, e.message));
    return bad;
}
} // namespace

OtpAttestation::OtpAttestation(AuthProxyClient& proxy, const Clock& clock, OtpSignInOptions options,
                               QObject* parent)
    : QObject(parent)
    , m_proxy(proxy)
    , m_clock(clock)
    , m_options(std::move(options)) {}

OtpAttestation::~OtpAttestation() {
    if (m_call)
        m_call->cancel();
}

void OtpAttestation::attest(TurnkeyClient::Signer sessionKey, Callback<Attestation> done) {
    m_key = std::move(sessionKey);
    m_done = std::move(done);
    if (m_options.contact.trimmed().isEmpty()) {
        // Answered from the event loop, as every outcome is.
        m_stage = Stage::Sending;
        QTimer::singleShot(0, this, [this] {
            if (m_stage == Stage::Sending)
                finish(Error(ErrorCode::InvalidInput, m_options.type == OtpType::Email
                                                          ? tr("The email address is empty.")
                                                          : tr("The phone number is empty.")));
        });
        return;
    }
    init();
}

void OtpAttestation::cancel() {
    m_stage = Stage::Done;
    m_done = nullptr;
    m_key.reset();
    if (m_call)
        m_call->cancel(); // its callback finds the stage Done and does nothing
}

void OtpAttestation::resend() {
    if (m_stage == Stage::AwaitingCode)
        init();
}

void OtpAttestation::init() {
    m_stage = Stage::Sending;
    m_call = m_proxy.otpInit(m_options.type, m_options.contact, this, [this](Result<OtpInitResult> r) {
        if (m_stage != Stage::Sending)
            return;
        if (!r.ok())
            return finish(r.error());
        m_otpId = r.value().otpId;
        m_targetBundle = r.value().targetBundle;
        m_stage = Stage::AwaitingCode;
        Q_EMIT codeSent(m_options.contact);
        Q_EMIT codeNeeded(std::nullopt);
    });
}

void OtpAttestation::submitCode(const QString& code) {
    if (m_stage != Stage::AwaitingCode)
        return;
    verify(otp::normalizeCode(code));
}

void OtpAttestation::verify(const QString& code) {
    // Checked and encrypted before anything is sent: a target bundle that is not the OTP signer's ends
    // the sign-in here.
    Result<QByteArray> bundle = otpbundle::encryptOtpCode(code.toUtf8(), m_targetBundle,
                                                          m_key->publicKeyHex(), m_options.otpSignerKeyHex);
    if (!bundle.ok())
        return finish(bundle.error().code == ErrorCode::Unauthorized
                          ? untrusted(bundle.error(), tr("The Auth Proxy's target bundle"))
                          : bundle.error());
    m_stage = Stage::Verifying;
    Q_EMIT verifying();
    m_call = m_proxy.otpVerify(m_otpId, bundle.value(), this, [this](Result<QByteArray> token) {
        if (m_stage != Stage::Verifying)
            return;
        if (!token.ok()) {
            const ErrorCode code = token.error().code;
            if (m_options.retryCodes &&
                (code == ErrorCode::InvalidOtpCode || code == ErrorCode::OtpExpired)) {
                m_stage = Stage::AwaitingCode;
                Q_EMIT codeNeeded(token.error());
                return;
            }
            return finish(token.error());
        }
        Result<vtoken::Claims> claims =
            vtoken::verify(token.value(), m_options.otpSignerKeyHex, m_clock.nowMSecs());
        if (!claims.ok())
            return finish(untrusted(claims.error(), tr("The verification token")));
        if (claims.value().publicKey.compare(m_key->publicKeyHex(), Qt::CaseInsensitive) != 0)
            return finish(Error(ErrorCode::BadResponse,
                                tr("The verification token is bound to another key than this sign-in's.")));
        m_token = token.value();
        m_tokenId = claims.value().id;
        findAccount();
    });
}

void OtpAttestation::findAccount() {
    m_call = m_proxy.account(m_options.type, m_options.contact, m_token, this, [this](Result<QString> org) {
        if (m_stage != Stage::Verifying)
            return;
        if (!org.ok())
            return finish(org.error());
        if (!org.value().isEmpty())
            return finish(Attestation{attested::kSchemeVerificationToken, m_token, org.value()});
        if (!m_options.createAccount) {
            m_noAccount = true;
            return finish(Error(ErrorCode::NotFound, tr("No account uses %1.").arg(m_options.contact)));
        }
        signUp();
    });
}

namespace {
// The client signature of signup_v2: raw r||s hex by the token-bound key.
Result<QByteArray> signupSignature(const P256KeyPair& key, const QByteArray& message) {
    Result<QByteArray> der = key.signDer(message);
    if (!der.ok())
        return der.error();
    Result<QByteArray> raw = ecdsa::derToRaw(der.value());
    if (!raw.ok())
        return raw.error();
    return encoding::toHex(raw.value());
}
} // namespace

// signup_v2 with the client signature over the exact message of turnkey-protocol.md §2.5; the session
// key is not in apiKeys: the stamp_login that follows registers it. A key inside a TPM signs on the
// thread pool, as its stamps do: the TPM can take tens of milliseconds and the dialog must not freeze.
void OtpAttestation::signUp() {
    const QByteArray message = signupSignatureMessage(m_options.type, m_options.contact, m_tokenId);
    if (!m_key->isExternal())
        return sendSignup(message, signupSignature(*m_key, message));
    runOffThread<Result<QByteArray>>(
        this, [key = m_key, message]() { return signupSignature(*key, message); },
        [this, message](Result<QByteArray> signature) {
            if (m_stage == Stage::Verifying)
                sendSignup(message, std::move(signature));
        });
}

void OtpAttestation::sendSignup(const QByteArray& message, Result<QByteArray> signature) {
    if (!signature.ok())
        return finish(signature.error());
    SignupRequest request;
    request.type = m_options.type;
    request.contact = m_options.contact;
    request.verificationToken = m_token;
    request.clientSignature.publicKey = m_key->publicKeyHex();
    request.clientSignature.message = message;
    request.clientSignature.signature = signature.value();
    m_call = m_proxy.signup(request, this, [this](Result<SignupResult> created) {
        if (m_stage != Stage::Verifying)
            return;
        if (!created.ok())
            return finish(created.error());
        finish(Attestation{attested::kSchemeVerificationToken, m_token, created.value().organizationId});
    });
}

void OtpAttestation::finish(Result<Attestation> result) {
    m_stage = Stage::Done;
    m_key.reset();
    m_call.clear();
    if (auto done = std::exchange(m_done, nullptr))
        done(std::move(result));
}

} // namespace ws
