// Benchmarks 1 and 2: our stamp and key-pair code against raw OpenSSL doing the irreducible part of
// the same work, in the same process. scripts/bench divides the rates.
#include "crypto/P256KeyPair.h"
#include "crypto/Stamp.h"
#include "crypto/TpmKeys.h"

#include <QByteArray>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstdlib>
#include <openssl/evp.h>

namespace {

// A stamp_login body of exactly 300 bytes, shaped like the ones TurnkeyClient sends.
QByteArray stampLoginBody() {
    QByteArray body = QByteArrayLiteral(
        "{\"type\":\"ACTIVITY_TYPE_STAMP_LOGIN\",\"timestampMs\":\"1763895000000\","
        "\"organizationId\":\"6f1c2f0e-9d1b-4c55-9a77-3c0f2e6d8a11\",\"parameters\":{\"publicKey\":"
        "\"02a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90\",\"expirationSeconds\":"
        "\"900\",\"invalidateExisting\":false,\"pad\":\"");
    while (body.size() < 300 - 3)
        body.append('x');
    body.append("\"}}");
    return body;
}

[[noreturn]] void die(const char* what) {
    std::fprintf(stderr, "bench_crypto: %s\n", what);
    std::abort();
}

void BM_StampMake(benchmark::State& state) {
    auto key = ws::P256KeyPair::generate();
    if (!key)
        die("key generation failed");
    const QByteArray body = stampLoginBody();
    for (auto _ : state) {
        auto header = ws::stamp::make(*key, body);
        if (!header)
            die("stamp failed");
        benchmark::DoNotOptimize(header->constData());
    }
    state.SetItemsProcessed(state.iterations());
}

// t1 (issue 19): the same stamp by a key inside the TPM that TPM2OPENSSL_TCTI names (scripts/bench starts
// a software TPM); each signature loads the key into the TPM and signs there. Skipped without a TPM.
void BM_StampMakeTpm(benchmark::State& state) {
    if (qEnvironmentVariableIsEmpty("TPM2OPENSSL_TCTI")) {
        state.SkipWithError("no TPM: TPM2OPENSSL_TCTI is not set");
        return;
    }
    const auto made = ws::tpm::generate();
    if (!made) {
        state.SkipWithError(qPrintable(made.error().message));
        return;
    }
    const ws::P256KeyPair key = ws::tpm::signerFor(made->pem, made->publicKeyHex);
    const QByteArray body = stampLoginBody();
    for (auto _ : state) {
        auto header = ws::stamp::make(key, body);
        if (!header)
            die("TPM stamp failed");
        benchmark::DoNotOptimize(header->constData());
    }
    state.SetItemsProcessed(state.iterations());
}

// The limit: one ECDSA P-256 / SHA-256 signature over the same bytes, DER out, nothing else.
void BM_OpenSslSign(benchmark::State& state) {
    EVP_PKEY* pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    if (pkey == nullptr)
        die("EVP_PKEY_Q_keygen failed");
    const QByteArray body = stampLoginBody();
    unsigned char sig[80];
    for (auto _ : state) {
        EVP_MD_CTX* ctx = EVP_MD_CTX_new();
        size_t sigLen = sizeof sig;
        if (ctx == nullptr || EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, pkey) != 1 ||
            EVP_DigestSign(ctx, sig, &sigLen, reinterpret_cast<const unsigned char*>(body.constData()),
                           static_cast<size_t>(body.size())) != 1)
            die("EVP_DigestSign failed");
        EVP_MD_CTX_free(ctx);
        benchmark::DoNotOptimize(sig);
    }
    EVP_PKEY_free(pkey);
    state.SetItemsProcessed(state.iterations());
}

void BM_KeyPairGenerate(benchmark::State& state) {
    for (auto _ : state) {
        auto key = ws::P256KeyPair::generate();
        if (!key)
            die("key generation failed");
        const QByteArray publicKey = key->publicKeyHex();
        benchmark::DoNotOptimize(publicKey.constData());
    }
    state.SetItemsProcessed(state.iterations());
}

// The limit: OpenSSL's own P-256 key generation (public point computed by it, nothing encoded).
void BM_OpenSslKeygen(benchmark::State& state) {
    for (auto _ : state) {
        EVP_PKEY* pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        if (pkey == nullptr)
            die("EVP_PKEY_Q_keygen failed");
        benchmark::DoNotOptimize(pkey);
        EVP_PKEY_free(pkey);
    }
    state.SetItemsProcessed(state.iterations());
}

} // namespace

// Interleaved so that frequency drift on a shared machine hits both sides of each ratio alike.
BENCHMARK(BM_StampMake);
BENCHMARK(BM_OpenSslSign);
BENCHMARK(BM_KeyPairGenerate);
BENCHMARK(BM_OpenSslKeygen);
BENCHMARK(BM_StampMakeTpm)->UseRealTime(); // the work is in the TPM, not in this process

BENCHMARK_MAIN();
