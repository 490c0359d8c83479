// Turnkey's own one-time-code client crypto against the running devserver's Auth Proxy, over HTTP:
// the code encrypted by @turnkey/crypto's encryptOtpCodeToBundle to the target bundle the devserver's
// otp_init_v2 made (and its enclave signature checked by Turnkey's code against the OTP signer key) is
// accepted by otp_verify_v2, and the verification token it answers passes Turnkey's
// verifyOtpVerificationToken, bound to the session key Turnkey's code put in the bundle.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

import { encryptOtpCodeToBundle, generateP256KeyPair, verifyOtpVerificationToken } from "@turnkey/crypto";

let server;
let info;

async function proxy(path, body) {
  const reply = await fetch(`${info.authProxyUrl}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Auth-Proxy-Config-ID": info.authProxyConfigId },
    body: JSON.stringify(body),
  });
  return { status: reply.status, json: await reply.json() };
}

async function sentCode(contact) {
  const reply = await fetch(`${info.url}/admin/otp-codes`);
  const { codes } = await reply.json();
  return codes.filter((c) => c.contact === contact).at(-1)?.code;
}

before(async () => {
  server = spawn(process.env.WS_DEVSERVER, ["--demo"], { stdio: ["ignore", "pipe", "inherit"] });
  const lines = createInterface({ input: server.stdout });
  info = await new Promise((resolve, reject) => {
    server.once("exit", (code) => reject(new Error(`devserver exited early with ${code}`)));
    lines.once("line", (line) => resolve(JSON.parse(line)));
  });
});

after(() => server?.kill("SIGTERM"));

test("Turnkey's encryptOtpCodeToBundle is accepted by the devserver, whose token Turnkey verifies", async () => {
  const contact = "conformance@example.com";
  const init = await proxy("/v1/otp_init_v2", { otpType: "OTP_TYPE_EMAIL", contact });
  assert.equal(init.status, 200, JSON.stringify(init.json));
  const session = generateP256KeyPair();
  const code = await sentCode(contact);
  assert.ok(code, "the devserver sent no code");
  const encrypted = await encryptOtpCodeToBundle(
    code,
    init.json.otpEncryptionTargetBundle,
    session.publicKey,
    info.otpSignerPublicKey,
  );
  const verified = await proxy("/v1/otp_verify_v2", { otpId: init.json.otpId, encryptedOtpBundle: encrypted });
  assert.equal(verified.status, 200, JSON.stringify(verified.json));
  const claims = await verifyOtpVerificationToken(verified.json.verificationToken, info.otpSignerPublicKey);
  assert.equal(claims.public_key, session.publicKey);
  assert.equal(claims.contact, contact);
});

test("a wrong code encrypted by Turnkey's code is refused by the devserver", async () => {
  const contact = "conformance-wrong@example.com";
  const init = await proxy("/v1/otp_init_v2", { otpType: "OTP_TYPE_EMAIL", contact });
  const session = generateP256KeyPair();
  const code = await sentCode(contact);
  const wrong = code === "000000" ? "111111" : "000000";
  const encrypted = await encryptOtpCodeToBundle(
    wrong,
    init.json.otpEncryptionTargetBundle,
    session.publicKey,
    info.otpSignerPublicKey,
  );
  const verified = await proxy("/v1/otp_verify_v2", { otpId: init.json.otpId, encryptedOtpBundle: encrypted });
  assert.notEqual(verified.status, 200);
  assert.equal(verified.json.verificationToken, undefined);
});
