#include "TpmKeys.h"

#include "EcPoint.h"
#include "Encoding.h"
#include "OpenSslHandles.h"
#include "Text.h"
#include "TpmAccess.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <mutex>
#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/encoder.h>
#include <openssl/err.h>
#include <openssl/provider.h>
#include <unistd.h>

namespace ws::tpm {

namespace {
constexpr char kPemHeader[] = "-----BEGIN TSS2 PRIVATE KEY-----";
constexpr char kDevice[] = "/dev/tpmrm0";
} // namespace

namespace detail {

std::mutex& tpmMutex() {
    static std::mutex mutex;
    return mutex;
}

Error tpmError(const QString& cause, const QString& whatToDo) {
    return Error(ErrorCode::KeychainUnavailable,
                 Text::tr("TPM 2.0 (%1): %2; %3.").arg(connectionName(), cause, whatToDo));
}

Result<void> checkDevice() {
    if (qEnvironmentVariableIsEmpty("TSS2_LOG"))
        qputenv("TSS2_LOG", "all+none");
    if (!qEnvironmentVariableIsEmpty("TPM2OPENSSL_TCTI"))
        return {};
    if (!QFileInfo::exists(QLatin1String(kDevice)) && !QFileInfo::exists(QStringLiteral("/dev/tpm0")))
        return tpmError(Text::tr("no TPM was found (there is no %1)").arg(QLatin1String(kDevice)),
                        Text::tr("enable the TPM in the firmware settings, or keep keys in the keychain "
                                 "(--key-store keychain)"));
    if (QFileInfo::exists(QLatin1String(kDevice)) && ::access(kDevice, R_OK | W_OK) != 0)
        return tpmError(Text::tr("no access to %1").arg(QLatin1String(kDevice)),
                        Text::tr("add your user to the 'tss' group and log in to the desktop again"));
    return {};
}

} // namespace detail

namespace {

using detail::tpmError;
using detail::tpmMutex;

// The OpenSSL error queue as one lower-case text (drained), to tell causes apart.
QString drainErrors() {
    QStringList parts;
    const char* data = nullptr;
    int flags = 0;
    while (const unsigned long e = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags)) {
        char text[256];
        ERR_error_string_n(e, text, sizeof text);
        parts.append(QString::fromLatin1(text));
        if ((flags & ERR_TXT_STRING) != 0 && data != nullptr)
            parts.append(QString::fromLatin1(data));
    }
    return parts.join(QLatin1Char(' ')).toLower();
}

// Turns what OpenSSL and the TSS reported into the cause and what to do.
Error classify(const QString& doing, const QString& errors) {
    if (errors.contains(QLatin1String("lockout")))
        return tpmError(
            Text::tr("the TPM is in dictionary-attack lockout while %1").arg(doing),
            Text::tr("wait for the lockout to end or clear it with tpm2_dictionarylockout, then retry"));
    if (errors.contains(QLatin1String("integrity")) || errors.contains(QLatin1String("0x9a2")) ||
        errors.contains(QLatin1String("0x1df")) || errors.contains(QLatin1String("object load failed")))
        return tpmError(
            Text::tr("this key was made by another TPM (or this TPM was cleared) and cannot be loaded"),
            Text::tr("log in again to make a new key in this computer's TPM"));
    return tpmError(
        Text::tr("the TPM failed while %1 (%2)").arg(doing, errors.left(200)),
        Text::tr(
            "check the TPM with tpm2_getcap properties-fixed, or use the keychain (--key-store keychain)"));
}

// One connection to the TPM: a private library context with the tpm2 and default providers, freed
// (and the TPM connection closed) when it goes out of scope.
class Connection {
public:
    Connection() = default;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection() {
        if (m_tpm2)
            OSSL_PROVIDER_unload(m_tpm2);
        if (m_default)
            OSSL_PROVIDER_unload(m_default);
        if (m_ctx)
            OSSL_LIB_CTX_free(m_ctx);
    }

    Result<void> open() {
        // The TSS libraries log every failed connection attempt to stderr; our error says it in one
        // line. Only their logging is set, and only when the user has not chosen it.
        if (Result<void> device = detail::checkDevice(); !device)
            return device;
        ERR_clear_error();
        m_ctx = OSSL_LIB_CTX_new();
        if (!m_ctx)
            return tpmError(Text::tr("OpenSSL is out of memory"), Text::tr("close other programs and retry"));
        // tpm2 first: with both able to decode an EC key, the first loaded wins, and a key decoded
        // by the default provider would hold only the public half.
        m_tpm2 = OSSL_PROVIDER_load(m_ctx, "tpm2");
        m_default = OSSL_PROVIDER_load(m_ctx, "default");
        if (!m_tpm2) {
            const QString errors = drainErrors();
            if (errors.contains(QLatin1String("could not load the shared library")))
                return tpmError(Text::tr("the OpenSSL tpm2 provider is not installed"),
                                Text::tr("install the tpm2-openssl package"));
            if (errors.contains(QLatin1String("lockout")))
                return classify(Text::tr("connecting"), errors);
            return tpmError(
                Text::tr("cannot connect to the TPM"),
                Text::tr("check that the TPM (or the simulator TPM2OPENSSL_TCTI names) is running and "
                         "that you may use it"));
        }
        return {};
    }

    OSSL_LIB_CTX* ctx() const { return m_ctx; }

private:
    OSSL_LIB_CTX* m_ctx = nullptr;
    OSSL_PROVIDER* m_default = nullptr;
    OSSL_PROVIDER* m_tpm2 = nullptr;
};

Result<QByteArray> compressedPublicKey(EVP_PKEY* pkey) {
    QByteArray point(65, Qt::Uninitialized);
    size_t length = 0;
    // The tpm2 provider hands out the point as PUB_KEY (it does not answer ENCODED_PUBLIC_KEY).
    if (EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_PUB_KEY,
                                        reinterpret_cast<unsigned char*>(point.data()), size_t(point.size()),
                                        &length) != 1 ||
        length != 65 || point[0] != '\x04')
        return classify(Text::tr("reading the public key"), drainErrors());
    return encoding::toHex(ecpoint::compressUncompressed(point));
}

} // namespace

QString connectionName() {
    const QString tcti = qEnvironmentVariable("TPM2OPENSSL_TCTI");
    return tcti.isEmpty() ? QString::fromLatin1(kDevice) : tcti;
}

bool isKeyBlob(QByteArrayView secret) {
    return secret.trimmed().startsWith(QByteArrayView(kPemHeader));
}

Result<GeneratedKey> generate() {
    const std::lock_guard lock(tpmMutex());
    Connection tpm;
    if (auto opened = tpm.open(); !opened)
        return opened.error();
    ossl::PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(tpm.ctx(), "EC", "provider=tpm2"));
    EVP_PKEY* raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 ||
        EVP_PKEY_CTX_set_group_name(ctx.get(), "P-256") != 1 || EVP_PKEY_generate(ctx.get(), &raw) != 1 ||
        raw == nullptr)
        return classify(Text::tr("generating a key"), drainErrors());
    ossl::Pkey pkey(raw);
    auto pub = compressedPublicKey(pkey.get());
    if (!pub)
        return pub.error();
    OSSL_ENCODER_CTX* encoder =
        OSSL_ENCODER_CTX_new_for_pkey(pkey.get(), EVP_PKEY_KEYPAIR, "PEM", nullptr, "provider=tpm2");
    unsigned char* out = nullptr;
    size_t length = 0;
    const bool encoded = encoder != nullptr && OSSL_ENCODER_to_data(encoder, &out, &length) == 1;
    OSSL_ENCODER_CTX_free(encoder);
    if (!encoded)
        return classify(Text::tr("saving the key blob"), drainErrors());
    GeneratedKey key{QByteArray(reinterpret_cast<const char*>(out), qsizetype(length)), *pub};
    OPENSSL_free(out);
    return key;
}

Result<QByteArray> signDer(QByteArrayView pem, QByteArrayView expectedPublicKeyHex, QByteArrayView message) {
    if (!isKeyBlob(pem))
        return Error(ErrorCode::InvalidInput, Text::tr("the keychain entry does not hold a TPM key"));
    const std::lock_guard lock(tpmMutex());
    Connection tpm;
    if (auto opened = tpm.open(); !opened)
        return opened.error();
    EVP_PKEY* raw = nullptr;
    OSSL_DECODER_CTX* decoder = OSSL_DECODER_CTX_new_for_pkey(&raw, "PEM", nullptr, "EC", EVP_PKEY_KEYPAIR,
                                                              tpm.ctx(), "?provider=tpm2");
    const auto* data = reinterpret_cast<const unsigned char*>(pem.data());
    size_t length = size_t(pem.size());
    const bool decoded = decoder != nullptr && OSSL_DECODER_from_data(decoder, &data, &length) == 1;
    OSSL_DECODER_CTX_free(decoder);
    if (!decoded || raw == nullptr)
        return classify(Text::tr("loading the key"), drainErrors());
    ossl::Pkey pkey(raw);
    auto pub = compressedPublicKey(pkey.get());
    if (!pub)
        return pub.error();
    if (*pub != expectedPublicKeyHex.toByteArray().toLower())
        return Error(ErrorCode::InvalidInput,
                     Text::tr("the TPM key blob is for key %1, not %2")
                         .arg(QString::fromLatin1(pub->left(12)),
                              QString::fromLatin1(expectedPublicKeyHex.toByteArray().left(12))));
    ossl::MdCtx md(EVP_MD_CTX_new());
    if (!md ||
        EVP_DigestSignInit_ex(md.get(), nullptr, "SHA256", tpm.ctx(), nullptr, pkey.get(), nullptr) != 1)
        return classify(Text::tr("starting a signature"), drainErrors());
    const auto* bytes = reinterpret_cast<const unsigned char*>(message.data());
    size_t sigLength = 0;
    if (EVP_DigestSign(md.get(), nullptr, &sigLength, bytes, size_t(message.size())) != 1)
        return classify(Text::tr("signing"), drainErrors());
    QByteArray der(qsizetype(sigLength), Qt::Uninitialized);
    if (EVP_DigestSign(md.get(), reinterpret_cast<unsigned char*>(der.data()), &sigLength, bytes,
                       size_t(message.size())) != 1)
        return classify(Text::tr("signing"), drainErrors());
    der.truncate(qsizetype(sigLength));
    return der;
}

P256KeyPair signerFor(QByteArray pem, QByteArray publicKeyHex) {
    return P256KeyPair::external(publicKeyHex, [pem, publicKeyHex](QByteArrayView message) {
        return signDer(pem, publicKeyHex, message);
    });
}

} // namespace ws::tpm
