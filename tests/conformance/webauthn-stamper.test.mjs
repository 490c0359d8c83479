// Turnkey's own passkey stamper (@turnkey/webauthn-stamper 0.6.0, the one @turnkey/http 6.6.0 uses)
// against the devserver's X-Stamp-WebAuthn check, over HTTP. The browser's navigator.credentials.get is
// played by a software authenticator (a P-256 key registered in the devserver's seed): it signs
// whatever challenge Turnkey's stamper asks for. The devserver accepting the stamp means our challenge
// for a body (core/crypto/WebAuthnStamp: the hex SHA-256 of the body) and our reading of the header are
// Turnkey's.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import crypto from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { TurnkeyClient, TurnkeyRequestError } from "@turnkey/http";
import { WebauthnStamper } from "@turnkey/webauthn-stamper";
import { generateP256KeyPair } from "@turnkey/crypto";

const rpId = "wallet.example";
const organizationId = "webauthn-org";
const userId = "webauthn-user";
const passkey = crypto.generateKeyPairSync("ec", { namedCurve: "P-256" });
const credentialId = crypto.randomBytes(16);
const sha256 = (bytes) => crypto.createHash("sha256").update(bytes).digest();
const arrayBuffer = (bytes) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);

// What a security key holding the credential answers, for the rp id and challenge it is asked for.
const challenges = [];
const softwareAuthenticator = {
  async get({ publicKey }) {
    const challenge = Buffer.from(publicKey.challenge);
    challenges.push(challenge.toString("utf8"));
    const clientDataJSON = Buffer.from(
      JSON.stringify({
        type: "webauthn.get",
        challenge: challenge.toString("base64url"),
        origin: `https://${rpId}`,
        crossOrigin: false,
      }),
    );
    const authenticatorData = Buffer.concat([sha256(publicKey.rpId), Buffer.from([0x05, 0, 0, 0, 1])]);
    const signature = crypto.sign("sha256", Buffer.concat([authenticatorData, sha256(clientDataJSON)]), {
      key: passkey.privateKey,
      dsaEncoding: "der",
    });
    return {
      type: "public-key",
      id: credentialId.toString("base64url"),
      rawId: arrayBuffer(credentialId),
      response: {
        clientDataJSON: arrayBuffer(clientDataJSON),
        authenticatorData: arrayBuffer(authenticatorData),
        signature: arrayBuffer(signature),
        userHandle: arrayBuffer(Buffer.from(userId)),
      },
      getClientExtensionResults: () => ({}),
    };
  },
};
Object.defineProperty(globalThis, "navigator", {
  value: { credentials: softwareAuthenticator },
  configurable: true,
  writable: true,
});

let server;
let info;
let seedDir;

before(async () => {
  const publicKeyHex = passkey.publicKey.export({ type: "spki", format: "der" }).subarray(-65).toString("hex");
  seedDir = mkdtempSync(join(tmpdir(), "ws-webauthn-"));
  const seed = join(seedDir, "seed.json");
  writeFileSync(
    seed,
    JSON.stringify({
      organizations: [{ organizationId, name: "Passkey Organization" }],
      users: [{ userId, organizationId, username: "passkey-user" }],
      apiKeys: [],
      authenticators: [{ userId, credentialId: credentialId.toString("base64url"), publicKey: publicKeyHex, rpId }],
    }),
  );
  server = spawn(process.env.WS_DEVSERVER, ["--demo", "--seed", seed], { stdio: ["ignore", "pipe", "inherit"] });
  const lines = createInterface({ input: server.stdout });
  info = await new Promise((resolve, reject) => {
    server.once("exit", (code) => reject(new Error(`devserver exited early with ${code}`)));
    lines.once("line", (line) => resolve(JSON.parse(line)));
  });
});

after(() => {
  server?.kill("SIGTERM");
  if (seedDir) rmSync(seedDir, { recursive: true, force: true });
});

function stampLoginBody(publicKey) {
  return {
    type: "ACTIVITY_TYPE_STAMP_LOGIN",
    timestampMs: String(Date.now()),
    organizationId,
    parameters: { publicKey, expirationSeconds: "900", invalidateExisting: false },
  };
}

test("stampLogin stamped by Turnkey's WebauthnStamper signs the passkey's user in", async () => {
  const client = new TurnkeyClient({ baseUrl: info.url }, new WebauthnStamper({ rpId }));
  const session = generateP256KeyPair();
  const response = await client.stampLogin(stampLoginBody(session.publicKey));
  assert.equal(response.activity.status, "ACTIVITY_STATUS_COMPLETED");
  const jwt = response.activity.result.stampLoginResult.session;
  const claims = JSON.parse(Buffer.from(jwt.split(".")[1], "base64url").toString());
  assert.equal(claims.user_id, userId);
  assert.equal(claims.public_key, session.publicKey);
  // The challenge Turnkey's stamper asked for: 64 lowercase hex characters (the SHA-256 of the body).
  assert.match(challenges.at(-1), /^[0-9a-f]{64}$/);
  // The devserver's stamp log names the passkey's key as the one that stamped.
  const state = await (await fetch(`${info.url}/admin/state`)).json();
  const logged = state.stamps.at(-1);
  assert.equal(logged.path, "/public/v1/submit/stamp_login");
  assert.equal(logged.status, 200);
  const uncompressed = passkey.publicKey.export({ type: "spki", format: "der" }).subarray(-65);
  assert.equal(logged.publicKey, crypto.ECDH.convertKey(uncompressed, "prime256v1", undefined, "hex", "compressed"));
});

test("a stamp Turnkey's stamper made for another relying party is refused", async () => {
  const client = new TurnkeyClient({ baseUrl: info.url }, new WebauthnStamper({ rpId: "evil.example" }));
  await assert.rejects(
    client.stampLogin(stampLoginBody(generateP256KeyPair().publicKey)),
    (error) => error instanceof TurnkeyRequestError && /relying party/.test(error.message),
  );
});
