// HPKE as @turnkey/crypto does it: RFC 9180 A.3.1 (DHKEM(P-256, HKDF-SHA256), HKDF-SHA256) where the
// suite matches (the KEM and the key schedule; the RFC's AEAD there is AES-128-GCM), Turnkey's
// AES_KEY_INFO / IV_INFO constants rebuilt from info "turnkey_hpke", and seal/open round trips.
#include "crypto/Encoding.h"
#include "crypto/Hpke.h"
#include "crypto/P256KeyPair.h"

#include <QTest>

using namespace ws;

namespace {
QByteArray hex(const char* text) {
    return *encoding::fromHex(QByteArray(text));
}
// @turnkey/crypto 2.13.2 dist/constants.js, AES_KEY_INFO and IV_INFO, as bytes.
const unsigned char kAesKeyInfo[] = {
    0,  32,  72,  80,  75,  69, 45,  118, 49,  72,  80,  75,  69, 0,  16,  0,   1,   0,   2,   107, 101, 121,
    0,  143, 195, 174, 184, 50, 73,  10,  75,  90,  179, 228, 32, 35, 40,  125, 178, 154, 31,  75,  199, 194,
    34, 192, 223, 34,  135, 39, 183, 10,  64,  33,  18,  47,  63, 4,  233, 32,  108, 209, 36,  19,  80,  53,
    41, 180, 122, 198, 166, 48, 185, 46,  196, 207, 125, 35,  69, 8,  208, 175, 151, 113, 201, 158, 80};
const unsigned char kIvInfo[] = {
    0,   12,  72,  80,  75, 69,  45,  118, 49,  72,  80,  75,  69,  0,   16,  0,   1,   0,   2,
    98,  97,  115, 101, 95, 110, 111, 110, 99,  101, 0,   143, 195, 174, 184, 50,  73,  10,  75,
    90,  179, 228, 32,  35, 40,  125, 178, 154, 31,  75,  199, 194, 34,  192, 223, 34,  135, 39,
    183, 10,  64,  33,  18, 47,  63,  4,   233, 32,  108, 209, 36,  19,  80,  53,  41,  180, 122,
    198, 166, 48,  185, 46, 196, 207, 125, 35,  69,  8,   208, 175, 151, 113, 201, 158, 80};
} // namespace

class TestHpke : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rfc9180A31SharedSecretAndKeySchedule() {
        auto skEm = P256KeyPair::fromPrivateKeyHex(
            "4995788ef4b9d6132b249ce59a77281493eb39af373d236a1fe415cb0c2d7beb");
        QVERIFY(skEm.ok());
        const QByteArray pkEm =
            "04a92719c6195d5085104f469a8b9814d5838ff72b60501e2c4466e5e67b325ac98536d7b61a1af4b78e5b7f95"
            "1c0900be863c403ce65c9bfcb9382657222d18c4";
        QCOMPARE(skEm->uncompressedPublicKeyHex(), pkEm);
        const QByteArray pkRm =
            "04fe8c19ce0905191ebc298a9245792531f26f0cece2460639e8bc39cb7f706a826a779b4cf969b8a0e539c7f6"
            "2fb3d30ad6aa8f80e30f1d128aafd68a2ce72ea0";
        auto dh = skEm->ecdh(pkRm);
        QVERIFY(dh.ok());
        const QByteArray shared =
            hpke::kemSharedSecret(dh->view(), *encoding::fromHex(pkEm), *encoding::fromHex(pkRm));
        QCOMPARE(encoding::toHex(shared),
                 QByteArray("c0d26aeab536609a572b07695d933b589dcf363ff9d93c93adea537aeabb8cb8"));
        // Decap on the recipient's side gives the same secret.
        auto skRm = P256KeyPair::fromPrivateKeyHex(
            "f3ce7fdae57e1a310d87f1ebbde6f328be0a99cdbcadf4d6589cf29de4b8ffd2");
        QVERIFY(skRm.ok());
        QCOMPARE(skRm->ecdh(pkEm)->view(), dh->view());
        const hpke::KeySchedule ks =
            hpke::keySchedule(shared, hex("4f6465206f6e2061204772656369616e2055726e"), 0x0001, 16);
        QCOMPARE(encoding::toHex(ks.key.view()), QByteArray("868c066ef58aae6dc589b6cfdd18f97e"));
        QCOMPARE(encoding::toHex(ks.baseNonce), QByteArray("4e0bc5018beba4bf004cca59"));
    }

    void turnkeyConstantsAreTheKeyScheduleOfTurnkeyHpke() {
        QCOMPARE(hpke::turnkeyExpandInfo("key", 32),
                 QByteArray(reinterpret_cast<const char*>(kAesKeyInfo), sizeof kAesKeyInfo));
        QCOMPARE(hpke::turnkeyExpandInfo("base_nonce", 12),
                 QByteArray(reinterpret_cast<const char*>(kIvInfo), sizeof kIvInfo));
    }

    void sealsAndOpens() {
        auto recipient = P256KeyPair::generate();
        QVERIFY(recipient.ok());
        const QByteArray plain = R"({"otp_code":"123456","public_key":"02aa"})";
        auto sealed = hpke::seal(recipient->uncompressedPublicKeyHex(), plain);
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->encappedPublic.size(), 65);
        QCOMPARE(sealed->ciphertext.size(), plain.size() + 16);
        auto opened = hpke::open(*recipient, sealed->encappedPublic, sealed->ciphertext);
        QVERIFY(opened.ok());
        QCOMPARE(opened->view(), QByteArrayView(plain));
        // Compressed recipient keys are accepted too.
        QVERIFY(hpke::seal(recipient->publicKeyHex(), plain).ok());
    }

    void refusesTamperingAndTheWrongKey() {
        auto recipient = P256KeyPair::generate();
        auto other = P256KeyPair::generate();
        auto sealed = hpke::seal(recipient->uncompressedPublicKeyHex(), "secret");
        QVERIFY(sealed.ok());
        QByteArray flipped = sealed->ciphertext;
        flipped[0] = char(flipped[0] ^ 1);
        QVERIFY(!hpke::open(*recipient, sealed->encappedPublic, flipped).ok());
        QVERIFY(!hpke::open(*other, sealed->encappedPublic, sealed->ciphertext).ok());
        QVERIFY(!hpke::open(*recipient, sealed->encappedPublic, sealed->ciphertext.left(10)).ok());
        QVERIFY(!hpke::open(*recipient, sealed->encappedPublic.left(33), sealed->ciphertext).ok());
    }
};

QTEST_GUILESS_MAIN(TestHpke)
#include "tst_hpke.moc"
