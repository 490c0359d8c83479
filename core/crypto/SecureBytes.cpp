#include "SecureBytes.h"

#include <openssl/crypto.h>

namespace ws {

SecureBytes::SecureBytes(QByteArrayView bytes)
    // An explicit (data, size) copy: QByteArray(QByteArrayView) could share a buffer we do not own.
    : m_bytes(bytes.constData(), bytes.size()) {}

SecureBytes SecureBytes::takeAndWipe(QByteArray& source) {
    SecureBytes result(QByteArrayView(source.constData(), source.size()));
    secureWipe(source);
    return result;
}

SecureBytes::~SecureBytes() {
    clear();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_bytes(std::move(other.m_bytes)) {
    other.m_bytes = QByteArray();
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept {
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

void SecureBytes::clear() {
    secureWipe(m_bytes);
    m_bytes = QByteArray();
}

void secureWipe(QByteArray& bytes) {
    // Static or raw data (QByteArrayLiteral, fromRawData) has no allocated block and may live in
    // read-only memory: nothing of ours to wipe, just drop the reference.
    if (bytes.isEmpty() || bytes.data_ptr().d_ptr() == nullptr) {
        bytes = QByteArray();
        return;
    }
    // data() would detach (copy) a shared buffer and leave the original unwiped; every sharer holds
    // the same secret, so wipe the one block that exists.
    OPENSSL_cleanse(const_cast<char*>(bytes.constData()), static_cast<size_t>(bytes.size()));
    bytes = QByteArray();
}

} // namespace ws
