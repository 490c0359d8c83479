#include "TpmImport.h"

#include "Encoding.h"
#include "P256KeyPair.h"
#include "SecureBytes.h"
#include "Text.h"
#include "TpmAccess.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <tss2/tss2_esys.h>
#include <tss2/tss2_mu.h>
#include <tss2/tss2_rc.h>
#include <tss2/tss2_tctildr.h>

namespace ws::tpm {

namespace {

using detail::tpmError;

// The owner hierarchy's storage key that tpm2-openssl recreates to load a blob whose parent is
// TPM2_RH_OWNER: the TCG's ECC P-256 storage template (AES-128-CFB, SHA-256, no auth). A blob imported
// under any other parent would not load there.
TPM2B_PUBLIC storagePrimaryTemplate() {
    TPM2B_PUBLIC t{};
    t.publicArea.type = TPM2_ALG_ECC;
    t.publicArea.nameAlg = TPM2_ALG_SHA256;
    t.publicArea.objectAttributes = TPMA_OBJECT_USERWITHAUTH | TPMA_OBJECT_RESTRICTED | TPMA_OBJECT_DECRYPT |
                                    TPMA_OBJECT_NODA | TPMA_OBJECT_FIXEDTPM | TPMA_OBJECT_FIXEDPARENT |
                                    TPMA_OBJECT_SENSITIVEDATAORIGIN;
    TPMS_ECC_PARMS& ecc = t.publicArea.parameters.eccDetail;
    ecc.symmetric.algorithm = TPM2_ALG_AES;
    ecc.symmetric.keyBits.aes = 128;
    ecc.symmetric.mode.aes = TPM2_ALG_CFB;
    ecc.scheme.scheme = TPM2_ALG_NULL;
    ecc.curveID = TPM2_ECC_NIST_P256;
    ecc.kdf.scheme = TPM2_ALG_NULL;
    return t;
}

// A signing key with the given public point: no scheme of its own (the signer asks for ECDSA-SHA256),
// no auth value, no policy (so no TPM2_Duplicate can take it out again).
TPM2B_PUBLIC signingKeyPublic(QByteArrayView x, QByteArrayView y) {
    TPM2B_PUBLIC t{};
    t.publicArea.type = TPM2_ALG_ECC;
    t.publicArea.nameAlg = TPM2_ALG_SHA256;
    t.publicArea.objectAttributes = TPMA_OBJECT_USERWITHAUTH | TPMA_OBJECT_SIGN_ENCRYPT | TPMA_OBJECT_NODA;
    TPMS_ECC_PARMS& ecc = t.publicArea.parameters.eccDetail;
    ecc.symmetric.algorithm = TPM2_ALG_NULL;
    ecc.scheme.scheme = TPM2_ALG_NULL;
    ecc.curveID = TPM2_ECC_NIST_P256;
    ecc.kdf.scheme = TPM2_ALG_NULL;
    t.publicArea.unique.ecc.x.size = 32;
    std::copy(x.begin(), x.end(), t.publicArea.unique.ecc.x.buffer);
    t.publicArea.unique.ecc.y.size = 32;
    std::copy(y.begin(), y.end(), t.publicArea.unique.ecc.y.buffer);
    return t;
}

QString rcText(TSS2_RC rc) {
    return QString::fromLatin1(Tss2_RC_Decode(rc));
}

Error tssError(const QString& doing, TSS2_RC rc) {
    const QString text = rcText(rc).toLower();
    if (text.contains(QLatin1String("lockout")))
        return tpmError(
            Text::tr("the TPM is in dictionary-attack lockout while %1").arg(doing),
            Text::tr("wait for the lockout to end or clear it with tpm2_dictionarylockout, then retry"));
    return tpmError(
        Text::tr("%1 failed (%2)").arg(doing, rcText(rc)),
        Text::tr("check that the TPM (or the simulator TPM2OPENSSL_TCTI names) is running and that "
                 "you may use it"));
}

// DER: a definite length, then the content.
QByteArray der(quint8 tag, const QByteArray& content) {
    QByteArray out(1, char(tag));
    const qsizetype n = content.size();
    if (n < 0x80) {
        out.append(char(n));
    } else if (n < 0x100) {
        out.append(char(0x81)).append(char(n));
    } else {
        out.append(char(0x82)).append(char(n >> 8)).append(char(n & 0xff));
    }
    return out + content;
}

// The TSS2 PRIVATE KEY PEM (the TCG's "TPM 2.0 key files" ASN.1, as tpm2-openssl reads it):
// SEQUENCE { OID loadableKey, [0] emptyAuth TRUE, parent TPM2_RH_OWNER, TPM2B_PUBLIC, TPM2B_PRIVATE }.
QByteArray tss2Pem(const QByteArray& publicBlob, const QByteArray& privateBlob) {
    static const QByteArray loadableKey = QByteArray::fromHex("0606678105"
                                                              "0a0103");
    static const QByteArray emptyAuth = QByteArray::fromHex("a003"
                                                            "0101ff");
    static const QByteArray ownerParent = QByteArray::fromHex("0204"
                                                              "40000001");
    const QByteArray body =
        der(0x30, loadableKey + emptyAuth + ownerParent + der(0x04, publicBlob) + der(0x04, privateBlob));
    const QByteArray base64 = body.toBase64();
    QByteArray pem = "-----BEGIN TSS2 PRIVATE KEY-----\n";
    for (qsizetype at = 0; at < base64.size(); at += 64)
        pem += base64.mid(at, 64) + '\n';
    return pem + "-----END TSS2 PRIVATE KEY-----\n";
}

// One ESYS connection for one operation (the TCTI from TPM2OPENSSL_TCTI, as the provider uses, else the
// TSS default), closed when it goes.
class Esys {
public:
    ~Esys() {
        if (m_parent != ESYS_TR_NONE)
            Esys_FlushContext(m_ctx, m_parent);
        if (m_ctx)
            Esys_Finalize(&m_ctx);
        if (m_tcti)
            Tss2_TctiLdr_Finalize(&m_tcti);
    }
    Result<void> open() {
        const QByteArray conf = qgetenv("TPM2OPENSSL_TCTI");
        if (Tss2_TctiLdr_Initialize(conf.isEmpty() ? nullptr : conf.constData(), &m_tcti) != TSS2_RC_SUCCESS)
            return tpmError(
                Text::tr("cannot connect to the TPM"),
                Text::tr("check that the TPM (or the simulator TPM2OPENSSL_TCTI names) is running "
                         "and that you may use it"));
        if (TSS2_RC rc = Esys_Initialize(&m_ctx, m_tcti, nullptr); rc != TSS2_RC_SUCCESS)
            return tssError(Text::tr("connecting"), rc);
        return {};
    }
    Result<void> createStorageParent() {
        const TPM2B_PUBLIC inPublic = storagePrimaryTemplate();
        const TPM2B_SENSITIVE_CREATE sensitive{};
        const TPM2B_DATA outsideInfo{};
        const TPML_PCR_SELECTION pcrs{};
        if (TSS2_RC rc = Esys_CreatePrimary(m_ctx, ESYS_TR_RH_OWNER, ESYS_TR_PASSWORD, ESYS_TR_NONE,
                                            ESYS_TR_NONE, &sensitive, &inPublic, &outsideInfo, &pcrs,
                                            &m_parent, nullptr, nullptr, nullptr, nullptr);
            rc != TSS2_RC_SUCCESS)
            return tssError(Text::tr("making the storage key"), rc);
        return {};
    }
    ESYS_CONTEXT* ctx() const { return m_ctx; }
    ESYS_TR parent() const { return m_parent; }

private:
    TSS2_TCTI_CONTEXT* m_tcti = nullptr;
    ESYS_CONTEXT* m_ctx = nullptr;
    ESYS_TR m_parent = ESYS_TR_NONE;
};

// Wipes a TSS structure that held the scalar.
template <typename T>
struct Wiped {
    T value{};
    ~Wiped() { OPENSSL_cleanse(&value, sizeof value); }
};

} // namespace

Result<GeneratedKey> importKey(QByteArrayView privateKeyHex) {
    // The scalar is checked (and its public key computed) by the same code as every API key.
    Result<P256KeyPair> key = P256KeyPair::fromPrivateKeyHex(privateKeyHex);
    if (!key)
        return key.error();
    const QByteArray point = QByteArray::fromHex(key->uncompressedPublicKeyHex()); // 04 ‖ x ‖ y
    SecureBytes scalar = [&] {
        const SecureBytes hex = key->privateKeyHex();
        QByteArray raw = QByteArray::fromHex(hex.view().toByteArray());
        return SecureBytes::takeAndWipe(raw);
    }();
    if (point.size() != 65 || scalar.size() != 32)
        return Error(ErrorCode::InvalidInput, Text::tr("the key is not a P-256 private key"));

    const TPM2B_PUBLIC inPublic =
        signingKeyPublic(QByteArrayView(point).sliced(1, 32), QByteArrayView(point).sliced(33, 32));
    Wiped<TPM2B_SENSITIVE> sensitive;
    TPMT_SENSITIVE& area = sensitive.value.sensitiveArea;
    area.sensitiveType = TPM2_ALG_ECC;
    area.seedValue.size = 32; // the obfuscation value of an imported object: random, nameAlg's size
    if (RAND_bytes(area.seedValue.buffer, 32) != 1)
        return Error(ErrorCode::Crypto, Text::tr("no random bytes for the key's TPM seed"));
    area.sensitive.ecc.size = 32;
    std::copy(scalar.view().begin(), scalar.view().end(), area.sensitive.ecc.buffer);
    scalar.clear();
    // No inner or outer wrapper: the duplicate is the marshalled TPM2B_SENSITIVE, handed to our own TPM
    // over its local connection (a resource manager or the simulator's loopback socket).
    Wiped<TPM2B_PRIVATE> duplicate;
    size_t marshalled = 0;
    if (Tss2_MU_TPM2B_SENSITIVE_Marshal(&sensitive.value, duplicate.value.buffer,
                                        sizeof duplicate.value.buffer, &marshalled) != TSS2_RC_SUCCESS)
        return Error(ErrorCode::Internal, Text::tr("the key could not be prepared for the TPM"));
    duplicate.value.size = UINT16(marshalled);

    QByteArray publicBlob;
    QByteArray privateBlob;
    {
        const std::lock_guard lock(detail::tpmMutex());
        if (Result<void> device = detail::checkDevice(); !device)
            return device.error();
        Esys tpm;
        if (Result<void> opened = tpm.open(); !opened)
            return opened.error();
        if (Result<void> parent = tpm.createStorageParent(); !parent)
            return parent.error();
        const TPM2B_DATA noInnerKey{};
        const TPM2B_ENCRYPTED_SECRET noSeed{};
        TPMT_SYM_DEF_OBJECT noInnerWrapper{};
        noInnerWrapper.algorithm = TPM2_ALG_NULL;
        TPM2B_PRIVATE* wrapped = nullptr;
        if (TSS2_RC rc =
                Esys_Import(tpm.ctx(), tpm.parent(), ESYS_TR_PASSWORD, ESYS_TR_NONE, ESYS_TR_NONE,
                            &noInnerKey, &inPublic, &duplicate.value, &noSeed, &noInnerWrapper, &wrapped);
            rc != TSS2_RC_SUCCESS)
            return tssError(Text::tr("importing the key"), rc);
        privateBlob.resize(sizeof(TPM2B_PRIVATE));
        size_t privateLength = 0;
        const TSS2_RC privateRc =
            Tss2_MU_TPM2B_PRIVATE_Marshal(wrapped, reinterpret_cast<uint8_t*>(privateBlob.data()),
                                          size_t(privateBlob.size()), &privateLength);
        Esys_Free(wrapped);
        publicBlob.resize(sizeof(TPM2B_PUBLIC));
        size_t publicLength = 0;
        if (privateRc != TSS2_RC_SUCCESS ||
            Tss2_MU_TPM2B_PUBLIC_Marshal(&inPublic, reinterpret_cast<uint8_t*>(publicBlob.data()),
                                         size_t(publicBlob.size()), &publicLength) != TSS2_RC_SUCCESS)
            return Error(ErrorCode::Internal, Text::tr("the TPM's key blob could not be written"));
        privateBlob.truncate(qsizetype(privateLength));
        publicBlob.truncate(qsizetype(publicLength));
    }
    return GeneratedKey{tss2Pem(publicBlob, privateBlob), key->publicKeyHex()};
}

} // namespace ws::tpm
