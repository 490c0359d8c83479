#include "SecurityKey.h"

#include "Text.h"

#include <fido.h>
#include <memory>

namespace ws::fido {

namespace {

struct DeviceCloser {
    void operator()(fido_dev_t* device) const {
        fido_dev_close(device);
        fido_dev_free(&device);
    }
};
struct AssertFree {
    void operator()(fido_assert_t* assertion) const { fido_assert_free(&assertion); }
};
struct InfoFree {
    fido_dev_info_t* list;
    size_t count;
    ~InfoFree() { fido_dev_info_free(&list, count); }
};

Error failure(int code, const QString& doing) {
    switch (code) {
    case FIDO_ERR_PIN_REQUIRED:
        return Error(ErrorCode::PinRequired, Text::tr("The security key needs its PIN"));
    case FIDO_ERR_PIN_INVALID:
        return Error(ErrorCode::Unauthorized, Text::tr("The security key's PIN is not right"));
    case FIDO_ERR_PIN_AUTH_BLOCKED:
        return Error(
            ErrorCode::Unauthorized,
            Text::tr("The security key blocked PIN entry until it is unplugged and plugged in again"));
    case FIDO_ERR_PIN_BLOCKED:
        return Error(ErrorCode::Unauthorized,
                     Text::tr("The security key's PIN is blocked; reset the key with its maker's tool"));
    case FIDO_ERR_NO_CREDENTIALS:
        return Error(ErrorCode::NotFound,
                     Text::tr("This security key holds no passkey for this site; use the key you "
                              "registered there"));
    case FIDO_ERR_ACTION_TIMEOUT:
    case FIDO_ERR_USER_ACTION_TIMEOUT:
    case FIDO_ERR_RX:
        return Error(ErrorCode::Timeout, Text::tr("The security key was not touched in time"));
    case FIDO_ERR_KEEPALIVE_CANCEL:
    case FIDO_ERR_OPERATION_DENIED:
        return Error(ErrorCode::Cancelled, Text::tr("Signing with the security key was cancelled"));
    default:
        return Error(ErrorCode::KeychainUnavailable, Text::tr("The security key failed while %1 (%2)")
                                                         .arg(doing, QString::fromLatin1(fido_strerr(code))));
    }
}

// The first FIDO2 device on this computer, or NOT_FOUND.
Result<QByteArray> firstDevicePath() {
    constexpr size_t kMaxDevices = 16;
    InfoFree devices{fido_dev_info_new(kMaxDevices), kMaxDevices};
    size_t found = 0;
    if (!devices.list || fido_dev_info_manifest(devices.list, kMaxDevices, &found) != FIDO_OK || found == 0)
        return Error(ErrorCode::NotFound, Text::tr("No security key is plugged in; insert it and try again"));
    return QByteArray(fido_dev_info_path(fido_dev_info_ptr(devices.list, 0)));
}

// The name a person knows an account by: its user name, else its display name, else its user id.
QString accountName(const fido_assert_t* assertion, size_t at) {
    if (const char* name = fido_assert_user_name(assertion, at); name && *name)
        return QString::fromUtf8(name);
    if (const char* display = fido_assert_user_display_name(assertion, at); display && *display)
        return QString::fromUtf8(display);
    const auto* id = fido_assert_user_id_ptr(assertion, at);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(id), qsizetype(fido_assert_user_id_len(assertion, at)))
            .toHex());
}

// Which of the key's assertions (one per passkey it holds for the site) to use.
Result<size_t> chooseAccount(const fido_assert_t* assertion, const QString& wanted) {
    const size_t count = fido_assert_count(assertion);
    if (count == 1 && wanted.isEmpty())
        return size_t(0);
    QStringList accounts;
    for (size_t i = 0; i < count; ++i) {
        const QString name = accountName(assertion, i);
        const char* display = fido_assert_user_display_name(assertion, i);
        if (!wanted.isEmpty() && (name == wanted || (display && QString::fromUtf8(display) == wanted)))
            return i;
        accounts.append(name);
    }
    Error e(
        wanted.isEmpty() ? ErrorCode::AccountChoiceNeeded : ErrorCode::NotFound,
        wanted.isEmpty()
            ? Text::tr("This security key holds passkeys of several accounts for this site (%1): choose one")
                  .arg(accounts.join(QStringLiteral(", ")))
            : Text::tr("This security key holds no passkey of account %1 for this site (it has: %2)")
                  .arg(wanted, accounts.join(QStringLiteral(", "))));
    e.choices = accounts;
    return e;
}

} // namespace

void AssertionCancel::cancel() {
    std::lock_guard lock(m_mutex);
    m_cancelled = true;
    if (m_device)
        fido_dev_cancel(m_device);
}

bool AssertionCancel::cancelled() const {
    std::lock_guard lock(m_mutex);
    return m_cancelled;
}

bool AssertionCancel::attach(fido_dev_t* device) {
    std::lock_guard lock(m_mutex);
    if (m_cancelled)
        return false;
    m_device = device;
    return true;
}

void AssertionCancel::detach() {
    std::lock_guard lock(m_mutex);
    m_device = nullptr;
}

Result<QByteArray> unwrapCborByteString(QByteArrayView cbor) {
    if (cbor.isEmpty() || (static_cast<unsigned char>(cbor.at(0)) >> 5) != 2)
        return Error(ErrorCode::InvalidInput, Text::tr("the authenticator data is not a CBOR byte string"));
    const unsigned char info = static_cast<unsigned char>(cbor.at(0)) & 0x1f;
    qsizetype header = 1;
    quint64 length = info;
    if (info >= 24 && info <= 27) {
        const int bytes = 1 << (info - 24);
        if (cbor.size() < 1 + bytes)
            return Error(ErrorCode::InvalidInput, Text::tr("the authenticator data is cut short"));
        length = 0;
        for (int i = 0; i < bytes; ++i)
            length = (length << 8) | static_cast<unsigned char>(cbor.at(1 + i));
        header += bytes;
    } else if (info > 27) {
        return Error(ErrorCode::InvalidInput, Text::tr("the authenticator data is not a CBOR byte string"));
    }
    if (quint64(cbor.size() - header) != length)
        return Error(ErrorCode::InvalidInput, Text::tr("the authenticator data is cut short"));
    return cbor.sliced(header).toByteArray();
}

Result<webauthn::Assertion> getAssertion(const AssertionRequest& request, const DeviceSeam& seam) {
    fido_init(0);
    QByteArray path = seam.path;
    if (!seam.io) {
        Result<QByteArray> found = firstDevicePath();
        if (!found)
            return found.error();
        path = *found;
    }
    std::unique_ptr<fido_dev_t, DeviceCloser> device(fido_dev_new());
    if (!device)
        return Error(ErrorCode::Internal, Text::tr("libfido2 is out of memory"));
    if (seam.io && fido_dev_set_io_functions(device.get(), seam.io) != FIDO_OK)
        return Error(ErrorCode::Internal, Text::tr("libfido2 refused the device's I/O functions"));
    if (int r = fido_dev_open(device.get(), path.constData()); r != FIDO_OK)
        return failure(r, Text::tr("opening it"));
    fido_dev_set_timeout(device.get(), request.timeoutMs);

    std::unique_ptr<fido_assert_t, AssertFree> assertion(fido_assert_new());
    const QByteArray rpId = request.rpId.toUtf8();
    if (!assertion || fido_assert_set_rp(assertion.get(), rpId.constData()) != FIDO_OK ||
        fido_assert_set_clientdata(assertion.get(),
                                   reinterpret_cast<const unsigned char*>(request.clientDataJson.constData()),
                                   static_cast<size_t>(request.clientDataJson.size())) != FIDO_OK ||
        fido_assert_set_up(assertion.get(), FIDO_OPT_TRUE) != FIDO_OK ||
        (request.userVerification && fido_assert_set_uv(assertion.get(), FIDO_OPT_TRUE) != FIDO_OK))
        return Error(ErrorCode::Internal, Text::tr("libfido2 refused the assertion's parameters"));
    // The PIN goes to libfido2 straight from its wiped buffer (NUL-terminated, as QByteArray keeps it).
    if (request.cancel && !request.cancel->attach(device.get()))
        return failure(FIDO_ERR_KEEPALIVE_CANCEL, Text::tr("signing"));
    const int r = fido_dev_get_assert(device.get(), assertion.get(),
                                      request.pin.isEmpty() ? nullptr : request.pin.constData());
    if (request.cancel) {
        request.cancel->detach();
        if (request.cancel->cancelled() && r != FIDO_OK)
            return failure(FIDO_ERR_KEEPALIVE_CANCEL, Text::tr("signing"));
    }
    if (r != FIDO_OK)
        return failure(r, Text::tr("signing"));
    if (fido_assert_count(assertion.get()) == 0)
        return failure(FIDO_ERR_NO_CREDENTIALS, Text::tr("signing"));
    Result<size_t> chosen = chooseAccount(assertion.get(), request.account);
    if (!chosen)
        return chosen.error();
    const size_t at = *chosen;

    const auto bytes = [](const unsigned char* data, size_t length) {
        return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(length));
    };
    Result<QByteArray> authenticatorData = unwrapCborByteString(
        bytes(fido_assert_authdata_ptr(assertion.get(), at), fido_assert_authdata_len(assertion.get(), at)));
    if (!authenticatorData)
        return authenticatorData.error();
    webauthn::Assertion out;
    out.authenticatorData = std::move(*authenticatorData);
    out.clientDataJson = request.clientDataJson;
    out.credentialId =
        bytes(fido_assert_id_ptr(assertion.get(), at), fido_assert_id_len(assertion.get(), at));
    out.signature = bytes(fido_assert_sig_ptr(assertion.get(), at), fido_assert_sig_len(assertion.get(), at));
    if (out.credentialId.isEmpty() || out.signature.isEmpty())
        return Error(ErrorCode::BadResponse,
                     Text::tr("The security key answered without a credential or signature"));
    return out;
}

} // namespace ws::fido
