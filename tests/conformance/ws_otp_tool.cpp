// The one-time-code crypto of this project's core, for the Node conformance test to check against
// @turnkey/crypto. Secrets arrive on stdin only, one per line:
//   encrypt: <target bundle JSON>\n<code>\n<session public key hex>\n<OTP signer public key hex>
//            -> the encrypted bundle JSON (otpbundle::encryptOtpCode); exit 1 when a check refuses it
//   decrypt: <target private key hex>\n<encrypted bundle JSON>
//            -> the plaintext {"otp_code","public_key"} as the enclave would read it (hpke::open)
//   token:   <signer private key hex>\n<contact>\n<bound public key hex>
//            -> a verification token as the devserver's otp_verify_v2 signs it (vtoken::sign)
#include "crypto/Encoding.h"
#include "crypto/Hpke.h"
#include "crypto/OtpBundle.h"
#include "crypto/P256KeyPair.h"
#include "crypto/SecureBytes.h"
#include "crypto/VerificationToken.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <cstring>

namespace {

int fail(const QString& message, int code) {
    std::fprintf(stderr, "ws_otp_tool: %s\n", qPrintable(message));
    return code;
}

void print(const QByteArray& bytes) {
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
}

} // namespace

int main(int argc, char* argv[]) {
    QFile input;
    if (argc != 2 || !input.open(stdin, QIODevice::ReadOnly))
        return fail(QStringLiteral("usage: ws_otp_tool encrypt|decrypt < input"), 2);
    QByteArray all = input.readAll();
    const QList<QByteArray> lines = all.split('\n');
    ws::secureWipe(all);
    if (std::strcmp(argv[1], "encrypt") == 0) {
        if (lines.size() < 4)
            return fail(QStringLiteral("encrypt wants four lines"), 2);
        auto bundle =
            ws::otpbundle::encryptOtpCode(lines.at(1), lines.at(0), lines.at(2), lines.at(3).trimmed());
        if (!bundle)
            return fail(bundle.error().toString(), 1);
        print(*bundle);
        return 0;
    }
    if (std::strcmp(argv[1], "decrypt") == 0) {
        if (lines.size() < 2)
            return fail(QStringLiteral("decrypt wants two lines"), 2);
        auto key = ws::P256KeyPair::fromPrivateKeyHex(lines.at(0).trimmed());
        if (!key)
            return fail(key.error().toString(), 2);
        const QJsonObject bundle = QJsonDocument::fromJson(lines.at(1)).object();
        auto enc = ws::encoding::fromHex(bundle.value(QLatin1String("encappedPublic")).toString().toLatin1());
        auto ct = ws::encoding::fromHex(bundle.value(QLatin1String("ciphertext")).toString().toLatin1());
        if (!enc || !ct)
            return fail(QStringLiteral("the bundle's fields are not hex"), 2);
        auto plain = ws::hpke::open(*key, *enc, *ct);
        if (!plain)
            return fail(plain.error().toString(), 1);
        print(plain->view().toByteArray());
        return 0;
    }
    if (std::strcmp(argv[1], "token") == 0) {
        if (lines.size() < 3)
            return fail(QStringLiteral("token wants three lines"), 2);
        auto key = ws::P256KeyPair::fromPrivateKeyHex(lines.at(0).trimmed());
        if (!key)
            return fail(key.error().toString(), 2);
        ws::vtoken::Claims claims;
        claims.expMs = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
        claims.id = QStringLiteral("6b1d4c2e-0000-4000-8000-000000000001");
        claims.organizationId = QStringLiteral("7ff189fb-df7d-452e-8540-57632e380b77");
        claims.verificationType = QStringLiteral("OTP_TYPE_EMAIL");
        claims.contact = QString::fromUtf8(lines.at(1));
        claims.publicKey = lines.at(2).trimmed();
        auto token = ws::vtoken::sign(*key, claims);
        if (!token)
            return fail(token.error().toString(), 1);
        print(*token);
        return 0;
    }
    return fail(QStringLiteral("unknown mode '%1'").arg(QString::fromLatin1(argv[1])), 2);
}
