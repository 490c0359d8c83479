// The devserver and this project's stamps, checked with Turnkey's own JavaScript SDK.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { createInterface } from "node:readline";
import crypto from "node:crypto";

import { TurnkeyClient, TurnkeyRequestError } from "@turnkey/http";
import { ApiKeyStamper } from "@turnkey/api-key-stamper";
import {
  computeActivityFingerprint,
  generateP256KeyPair,
  verifySessionJwtSignature,
  verifyStampSignature,
} from "@turnkey/crypto";

let server;
let info;

function decodeBase64Url(text) {
  return Buffer.from(text.replace(/-/g, "+").replace(/_/g, "/"), "base64");
}

function decodeJwtPayload(jwt) {
  return JSON.parse(decodeBase64Url(jwt.split(".")[1]).toString("utf8"));
}

function client(publicKey, privateKey) {
  return new TurnkeyClient(
    { baseUrl: info.url },
    new ApiKeyStamper({ apiPublicKey: publicKey, apiPrivateKey: privateKey }),
  );
}

function stampLoginBody(publicKey, expirationSeconds = "900") {
  return {
    type: "ACTIVITY_TYPE_STAMP_LOGIN",
    timestampMs: String(Date.now()),
    organizationId: info.organizationId,
    parameters: { publicKey, expirationSeconds, invalidateExisting: false },
  };
}

// The C++ stamp for `body`; the private key goes over stdin, never the command line.
function cppStamp(privateKey, body) {
  const result = spawnSync(process.env.WS_STAMP_TOOL, [], { input: `${privateKey}\n${body}` });
  assert.equal(result.status, 0, `ws_stamp_tool failed: ${result.stderr}`);
  return result.stdout.toString("utf8").trim();
}

// docs/protocol.md §2: plain Node crypto over the compressed key's SPKI.
function nodeVerify(publicKeyHex, signatureHex, body) {
  const spki = Buffer.concat([
    Buffer.from("3039301306072a8648ce3d020106082a8648ce3d030107032200", "hex"),
    Buffer.from(publicKeyHex, "hex"),
  ]);
  const key = crypto.createPublicKey({ key: spki, format: "der", type: "spki" });
  return crypto.verify("sha256", Buffer.from(body), { key, dsaEncoding: "der" }, Buffer.from(signatureHex, "hex"));
}

before(async () => {
  server = spawn(process.env.WS_DEVSERVER, ["--demo"], { stdio: ["ignore", "pipe", "inherit"] });
  const lines = createInterface({ input: server.stdout });
  info = await new Promise((resolve, reject) => {
    server.once("exit", (code) => reject(new Error(`devserver exited early with ${code}`)));
    lines.once("line", (line) => resolve(JSON.parse(line)));
  });
});

after(() => {
  server?.kill("SIGTERM");
});

describe("devserver through @turnkey/http", () => {
  test("getWhoami with the demo API key", async () => {
    const whoami = await client(info.apiPublicKey, info.apiPrivateKey).getWhoami({
      organizationId: info.organizationId,
    });
    assert.equal(whoami.organizationId, info.organizationId);
    assert.equal(whoami.userId, info.userId);
    assert.equal(typeof whoami.username, "string");
  });

  test("stampLogin returns a session Turnkey's verifier accepts, and the new key works", async () => {
    const sessionKey = generateP256KeyPair();
    const before = Math.floor(Date.now() / 1000);
    const response = await client(info.apiPublicKey, info.apiPrivateKey).stampLogin(
      stampLoginBody(sessionKey.publicKey, "1200"),
    );
    const activity = response.activity;
    assert.equal(activity.status, "ACTIVITY_STATUS_COMPLETED");
    assert.equal(activity.type, "ACTIVITY_TYPE_STAMP_LOGIN");
    const jwt = activity.result.stampLoginResult.session;

    const claims = decodeJwtPayload(jwt);
    assert.equal(claims.public_key, sessionKey.publicKey);
    assert.equal(claims.user_id, info.userId);
    assert.equal(claims.organization_id, info.organizationId);
    assert.equal(claims.session_type, "SESSION_TYPE_READ_WRITE");
    assert.ok(claims.exp >= before + 1200 && claims.exp <= Math.floor(Date.now() / 1000) + 1200);

    assert.equal(await verifySessionJwtSignature(jwt, info.notarizerPublicKey), true);
    // Against Turnkey's production notarizer the same token must not verify.
    const production = await verifySessionJwtSignature(jwt).catch(() => false);
    assert.equal(production, false);

    const whoami = await client(sessionKey.publicKey, sessionKey.privateKey).getWhoami({
      organizationId: info.organizationId,
    });
    assert.equal(whoami.userId, info.userId);
  });

  test("activity fingerprint is @turnkey/crypto's computeActivityFingerprint of the body", async () => {
    const sessionKey = generateP256KeyPair();
    const signed = await client(info.apiPublicKey, info.apiPrivateKey).stampStampLogin(
      stampLoginBody(sessionKey.publicKey),
    );
    const response = await fetch(signed.url, {
      method: "POST",
      headers: { "Content-Type": "application/json", [signed.stamp.stampHeaderName]: signed.stamp.stampHeaderValue },
      body: signed.body,
    });
    assert.equal(response.status, 200);
    const { activity } = await response.json();
    assert.equal(activity.fingerprint, computeActivityFingerprint(signed.body));
  });

  test("an unknown key gets Turnkey's error body", async () => {
    const stranger = generateP256KeyPair();
    await assert.rejects(
      client(stranger.publicKey, stranger.privateKey).getWhoami({ organizationId: info.organizationId }),
      (error) => {
        assert.ok(error instanceof TurnkeyRequestError);
        assert.equal(error.code, 16);
        assert.match(error.message, /could not find public key in organization or its parent organization/);
        assert.equal(error.details[0].turnkeyErrorCode, "PUBLIC_KEY_NOT_FOUND");
        return true;
      },
    );
  });

  test("a bad expirationSeconds is rejected", async () => {
    const sessionKey = generateP256KeyPair();
    await assert.rejects(
      client(info.apiPublicKey, info.apiPrivateKey).stampLogin(stampLoginBody(sessionKey.publicKey, "1.5")),
      /invalid api key expiration/,
    );
  });
});

describe("this project's C++ stamps through @turnkey/crypto", () => {
  // The request body of the `stamp` vector in tests/data/turnkey-vectors.json.
  const body =
    '{"type":"ACTIVITY_TYPE_STAMP_LOGIN","timestampMs":"1767225600000","organizationId":"c75ecb07-c84a-4dd5-932c-539dfafc6864",' +
    '"parameters":{"publicKey":"02aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","expirationSeconds":"900","invalidateExisting":false}}';

  test("verifyStampSignature accepts the C++ stamp over the exact bytes", async () => {
    const key = generateP256KeyPair();
    const header = cppStamp(key.privateKey, body);
    assert.doesNotMatch(header, /[=+/]/);
    const decoded = JSON.parse(decodeBase64Url(header).toString("utf8"));
    assert.deepEqual(Object.keys(decoded), ["publicKey", "scheme", "signature"]);
    assert.equal(decoded.publicKey, key.publicKey);
    assert.equal(decoded.scheme, "SIGNATURE_SCHEME_TK_API_P256");
    assert.equal(await verifyStamp(decoded, body), true);
    assert.equal(nodeVerify(decoded.publicKey, decoded.signature, body), true);
  });

  test("the C++ stamp does not verify over one more byte", async () => {
    const key = generateP256KeyPair();
    const decoded = JSON.parse(decodeBase64Url(cppStamp(key.privateKey, body)).toString("utf8"));
    assert.equal(await verifyStamp(decoded, body + " "), false);
    assert.equal(nodeVerify(decoded.publicKey, decoded.signature, body + " "), false);
  });

  test("the C++ stamp has the JS stamper's shape", async () => {
    const key = generateP256KeyPair();
    const js = await new ApiKeyStamper({ apiPublicKey: key.publicKey, apiPrivateKey: key.privateKey }).stamp(body);
    assert.equal(js.stampHeaderName, "X-Stamp");
    const fromJs = JSON.parse(decodeBase64Url(js.stampHeaderValue).toString("utf8"));
    const fromCpp = JSON.parse(decodeBase64Url(cppStamp(key.privateKey, body)).toString("utf8"));
    assert.deepEqual(Object.keys(fromCpp), Object.keys(fromJs));
    assert.equal(fromCpp.publicKey, fromJs.publicKey);
    assert.equal(fromCpp.scheme, fromJs.scheme);
    assert.match(fromCpp.signature, /^30[0-9a-f]+$/);
  });

  test("the devserver accepts a C++ stamp on a request sent from Node", async () => {
    const whoamiBody = JSON.stringify({ organizationId: info.organizationId });
    const response = await fetch(`${info.url}/public/v1/query/whoami`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Stamp": cppStamp(info.apiPrivateKey, whoamiBody) },
      body: whoamiBody,
    });
    assert.equal(response.status, 200);
    assert.equal((await response.json()).userId, info.userId);
  });
});

// @turnkey/crypto's verifyStampSignature returns true or throws; normalise to a boolean.
async function verifyStamp(stamp, signedData) {
  try {
    return await verifyStampSignature(stamp.publicKey, stamp.signature, signedData);
  } catch {
    return false;
  }
}
