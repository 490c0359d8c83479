#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace ws {

// Owns secret bytes (a private scalar, its hex) and wipes them with OPENSSL_cleanse when destroyed
// or cleared. Move-only: copies of secrets are exactly what we want to avoid. The buffer is never
// shared with another QByteArray (implicit sharing would leave unwiped copies behind).
class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(QByteArrayView bytes);
    static SecureBytes takeAndWipe(QByteArray& source); // copies, then wipes `source`
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    QByteArrayView view() const { return QByteArrayView(m_bytes); }
    const char* constData() const { return m_bytes.constData(); }
    qsizetype size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    void clear(); // wipe and empty

private:
    QByteArray m_bytes;
};

// Wipes the bytes of a QByteArray in place (detaching first would copy; callers pass arrays they own).
void secureWipe(QByteArray& bytes);

} // namespace ws
