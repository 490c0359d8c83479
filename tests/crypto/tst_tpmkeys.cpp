// TPM 2.0 keys through the OpenSSL tpm2 provider, against a real software TPM (swtpm) on loopback.
#include "SwtpmFixture.h"
#include "crypto/Ecdsa.h"
#include "crypto/Stamp.h"
#include "crypto/TpmImport.h"
#include "crypto/TpmKeys.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace ws;
using namespace ws::test;

class TestTpmKeys : public QObject {
    Q_OBJECT

    SwtpmFixture tpm;

private Q_SLOTS:
    void initTestCase() {
        const auto started = tpm.start();
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
        tpm.use();
    }
    void init() { tpm.use(); }

    void generatesAKeyInsideTheTpm() {
        const auto key = tpm::generate();
        QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().message));
        QVERIFY(key->pem.startsWith("-----BEGIN TSS2 PRIVATE KEY-----"));
        QVERIFY(tpm::isKeyBlob(key->pem));
        QCOMPARE(key->publicKeyHex.size(), 66);
        QVERIFY(key->publicKeyHex.startsWith("02") || key->publicKeyHex.startsWith("03"));
        // The blob is not a private key: nothing in it loads as a software key.
        QVERIFY(!P256KeyPair::fromPrivateKeyHex(key->pem).ok());
        QCOMPARE(tpm::connectionName(), tpm.tcti());
    }

    void signsWhatPlainOpenSslVerifies() {
        const auto key = tpm::generate();
        QVERIFY(key.ok());
        const QByteArray body = R"({"type":"ACTIVITY_TYPE_STAMP_LOGIN"})";
        const auto der = tpm::signDer(key->pem, key->publicKeyHex, body);
        QVERIFY2(der.ok(), der.ok() ? "" : qPrintable(der.error().message));
        QVERIFY(der->size() >= 8 && der->size() <= 72);
        QVERIFY(ecdsa::verifyDer(key->publicKeyHex, body, *der).ok());
        QVERIFY(!ecdsa::verifyDer(key->publicKeyHex, QByteArray(body + " "), *der).ok());
    }

    void stampsThroughTheSamePathAsSoftwareKeys() {
        const auto key = tpm::generate();
        QVERIFY(key.ok());
        const P256KeyPair signer = tpm::signerFor(key->pem, key->publicKeyHex);
        QVERIFY(signer.isExternal());
        QVERIFY(signer.privateKeyHex().isEmpty());
        QCOMPARE(signer.publicKeyHex(), key->publicKeyHex);
        QCOMPARE(signer.uncompressedPublicKeyHex().size(), 130);
        const QByteArray body = R"({"organizationId":"x"})";
        const auto header = stamp::make(signer, body);
        QVERIFY2(header.ok(), header.ok() ? "" : qPrintable(header.error().message));
        const auto verified = stamp::verify(*header, body);
        QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.error().message));
        QCOMPARE(verified->publicKey, key->publicKeyHex);
        QCOMPARE(verified->scheme, QByteArray(stamp::kScheme));
        QCOMPARE(signer.signDigestRaw(QByteArray(32, 'a')).error().code, ErrorCode::NotSupported);
    }

    // An existing API key moved into the TPM: a blob the tpm2 provider loads like one it made, for the
    // same public key, whose signatures plain OpenSSL verifies; the scalar is not in the blob.
    void importsAnExistingKey() {
        const auto software = P256KeyPair::generate();
        QVERIFY(software.ok());
        const SecureBytes scalar = software->privateKeyHex();
        const auto imported = tpm::importKey(scalar.view());
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
        QVERIFY(tpm::isKeyBlob(imported->pem));
        QCOMPARE(imported->publicKeyHex, software->publicKeyHex());
        QVERIFY(!imported->pem.contains(scalar.view().toByteArray()));
        const QList<QByteArray> lines = imported->pem.trimmed().split('\n');
        QVERIFY(lines.size() > 2);
        const QByteArray blob = QByteArray::fromBase64(lines.mid(1, lines.size() - 2).join());
        QVERIFY(blob.startsWith('\x30')); // the DER the provider loaded above
        QVERIFY(!blob.contains(QByteArray::fromHex(scalar.view().toByteArray())));
        const QByteArray body = R"({"type":"ACTIVITY_TYPE_STAMP_LOGIN"})";
        const auto der = tpm::signDer(imported->pem, imported->publicKeyHex, body);
        QVERIFY2(der.ok(), der.ok() ? "" : qPrintable(der.error().message));
        QVERIFY(ecdsa::verifyDer(software->publicKeyHex(), body, *der).ok());
        // Not a key at all: refused before the TPM is asked.
        const auto bad = tpm::importKey(QByteArray(64, 'z'));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
    }

    void refusesABlobForAnotherPublicKey() {
        const auto a = tpm::generate();
        const auto b = tpm::generate();
        QVERIFY(a.ok() && b.ok());
        const auto der = tpm::signDer(a->pem, b->publicKeyHex, "body");
        QVERIFY(!der.ok());
        QCOMPARE(der.error().code, ErrorCode::InvalidInput);
        QVERIFY(!tpm::signDer("not a blob", a->publicKeyHex, "body").ok());
    }

    void aBlobFromAnotherTpmExitsAsKeyStoreUnavailable() {
        const auto key = tpm::generate();
        QVERIFY(key.ok());
        SwtpmFixture other;
        const auto started = other.start();
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
        other.use();
        const auto der = tpm::signDer(key->pem, key->publicKeyHex, "body");
        QVERIFY(!der.ok());
        QCOMPARE(der.error().code, ErrorCode::KeychainUnavailable);
        QVERIFY2(der.error().message.contains(QLatin1String("another TPM")), qPrintable(der.error().message));
        QVERIFY(der.error().message.startsWith(QLatin1String("TPM 2.0 (") + other.tcti()));
        QVERIFY(!der.error().message.contains(QLatin1Char('\n')));
    }

    void noTpmIsOneClearLine() {
        const QByteArray unreachable = unreachableTpmTcti().toLatin1();
        qputenv("TPM2OPENSSL_TCTI", unreachable);
        const auto key = tpm::generate();
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, ErrorCode::KeychainUnavailable);
        QVERIFY2(key.error().message.contains(QLatin1String("cannot connect to the TPM")),
                 qPrintable(key.error().message));
        QVERIFY(key.error().message.contains(QString::fromLatin1(unreachable)));
        QVERIFY(!key.error().message.contains(QLatin1Char('\n')));
    }

    void noTpmDeviceAndNoTctiSaysSo() {
        if (QFile::exists(QStringLiteral("/dev/tpmrm0")) || QFile::exists(QStringLiteral("/dev/tpm0")))
            QSKIP("this machine has a TPM device; the no-device message cannot be produced here");
        qunsetenv("TPM2OPENSSL_TCTI");
        const auto key = tpm::generate();
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, ErrorCode::KeychainUnavailable);
        QVERIFY2(key.error().message.contains(QLatin1String("no TPM was found")),
                 qPrintable(key.error().message));
        QCOMPARE(tpm::connectionName(), QStringLiteral("/dev/tpmrm0"));
    }

    void noConnectionStaysOpenBetweenOperations() {
        // The simulator serves one client at a time: a second client only gets in if ours closed.
        const auto key = tpm::generate();
        QVERIFY(key.ok());
        QVERIFY(tpm::signDer(key->pem, key->publicKeyHex, "one").ok());
        QProcess tool;
        tool.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TPM2TOOLS_TCTI"), tpm.tcti());
        tool.setProcessEnvironment(env);
        tool.start(QStringLiteral("tpm2_getrandom"), {QStringLiteral("--hex"), QStringLiteral("8")});
        QVERIFY(tool.waitForFinished(5000));
        QCOMPARE(tool.exitCode(), 0);
        QCOMPARE(tool.readAllStandardOutput().trimmed().size(), 16);
    }
};

QTEST_GUILESS_MAIN(TestTpmKeys)
#include "tst_tpmkeys.moc"
