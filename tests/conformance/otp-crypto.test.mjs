// The one-time-code crypto of this project's core (ws_otp_tool) against @turnkey/crypto, both ways:
// our encrypted code bundle opens with Turnkey's hpkeDecrypt to the exact plaintext, Turnkey's
// encryptOtpCodeToBundle output opens with our HPKE, and a bundle whose signature or signer is wrong
// is refused before anything is encrypted.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";

import {
  encryptOtpCodeToBundle,
  generateP256KeyPair,
  hpkeDecrypt,
  verifyOtpVerificationToken,
} from "@turnkey/crypto";

function signerFromHex(privateKeyHex) {
  const der = Buffer.from(`30310201010420${privateKeyHex}a00a06082a8648ce3d030107`, "hex");
  return crypto.createPrivateKey({ key: der, format: "der", type: "sec1" });
}

// A target bundle as the OTP enclave makes it: data = hex(JSON {targetPublic}), signed by `signer`.
function targetBundle(signer, targetPublic, quorumPublic = signer.publicKeyUncompressed) {
  const data = Buffer.from(JSON.stringify({ targetPublic }));
  const dataSignature = crypto.sign("sha256", data, signerFromHex(signer.privateKey)).toString("hex");
  return JSON.stringify({ enclaveQuorumPublic: quorumPublic, dataSignature, data: data.toString("hex") });
}

function tool(mode, input) {
  return spawnSync(process.env.WS_OTP_TOOL, [mode], { input });
}

describe("one-time-code bundles", () => {
  const signer = generateP256KeyPair();
  const target = generateP256KeyPair();
  const session = generateP256KeyPair();

  test("our encrypted bundle decrypts with @turnkey/crypto's hpkeDecrypt to the exact plaintext", () => {
    const bundle = targetBundle(signer, target.publicKeyUncompressed);
    const r = tool("encrypt", `${bundle}\n123456\n${session.publicKey}\n${signer.publicKeyUncompressed}\n`);
    assert.equal(r.status, 0, r.stderr.toString());
    const encrypted = JSON.parse(r.stdout.toString());
    assert.equal(encrypted.encappedPublic.length, 130);
    const plain = hpkeDecrypt({
      ciphertextBuf: Buffer.from(encrypted.ciphertext, "hex"),
      encappedKeyBuf: Buffer.from(encrypted.encappedPublic, "hex"),
      receiverPriv: target.privateKey,
    });
    assert.equal(
      Buffer.from(plain).toString("utf8"),
      JSON.stringify({ otp_code: "123456", public_key: session.publicKey }),
    );
  });

  test("@turnkey/crypto's encryptOtpCodeToBundle output decrypts with our HPKE", async () => {
    const bundle = targetBundle(signer, target.publicKeyUncompressed);
    const encrypted = await encryptOtpCodeToBundle("A1B2C3", bundle, session.publicKey, signer.publicKeyUncompressed);
    const r = tool("decrypt", `${target.privateKey}\n${encrypted}\n`);
    assert.equal(r.status, 0, r.stderr.toString());
    assert.equal(r.stdout.toString().trim(), JSON.stringify({ otp_code: "A1B2C3", public_key: session.publicKey }));
  });

  test("a tampered bundle signature is refused and nothing is encrypted", () => {
    const bundle = JSON.parse(targetBundle(signer, target.publicKeyUncompressed));
    const sig = Buffer.from(bundle.dataSignature, "hex");
    sig[sig.length - 1] ^= 1;
    bundle.dataSignature = sig.toString("hex");
    const r = tool(
      "encrypt",
      `${JSON.stringify(bundle)}\n123456\n${session.publicKey}\n${signer.publicKeyUncompressed}\n`,
    );
    assert.equal(r.status, 1);
    assert.equal(r.stdout.length, 0);
    assert.match(r.stderr.toString(), /signature does not verify/);
  });

  test("a bundle from another enclave key is refused", () => {
    const other = generateP256KeyPair();
    const bundle = targetBundle(other, target.publicKeyUncompressed);
    const r = tool("encrypt", `${bundle}\n123456\n${session.publicKey}\n${signer.publicKeyUncompressed}\n`);
    assert.equal(r.status, 1);
    assert.equal(r.stdout.length, 0);
    assert.match(r.stderr.toString(), /not by the configured OTP signer key/);
  });

  test("the verification tokens the devserver signs pass verifyOtpVerificationToken", async () => {
    const r = tool("token", `${signer.privateKey}\nuser@example.com\n${session.publicKey}\n`);
    assert.equal(r.status, 0, r.stderr.toString());
    const token = r.stdout.toString().trim();
    const claims = await verifyOtpVerificationToken(token, signer.publicKeyUncompressed);
    assert.equal(claims.public_key, session.publicKey);
    assert.equal(claims.contact, "user@example.com");
    const other = generateP256KeyPair();
    const refused = await verifyOtpVerificationToken(token, other.publicKeyUncompressed).catch(() => false);
    assert.equal(refused, false);
  });
});
