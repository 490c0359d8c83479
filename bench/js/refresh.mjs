// Benchmark 3's peer: per refresh, a new key pair (@turnkey/crypto), stamp_login stamped with the
// current session key (@turnkey/api-key-stamper through @turnkey/http), decode the JWT's claims.
//   node refresh.mjs URL ORGANIZATION_ID API_PUBLIC_KEY ITERATIONS   (API private key on stdin)
// Prints {"perRefreshMs": N}.
import { createInterface } from "node:readline";

import { TurnkeyClient } from "@turnkey/http";
import { ApiKeyStamper } from "@turnkey/api-key-stamper";
import { generateP256KeyPair } from "@turnkey/crypto";

const [url, organizationId, apiPublicKey, iterationsText] = process.argv.slice(2);
const iterations = Number.parseInt(iterationsText, 10);
const apiPrivateKey = await new Promise((resolve) => {
  createInterface({ input: process.stdin }).once("line", (line) => resolve(line.trim()));
});

function decodeJwtClaims(jwt) {
  const payload = jwt.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
  return JSON.parse(Buffer.from(payload, "base64").toString("utf8"));
}

let current = { publicKey: apiPublicKey, privateKey: apiPrivateKey };

async function refreshOnce() {
  const next = generateP256KeyPair();
  const client = new TurnkeyClient(
    { baseUrl: url },
    new ApiKeyStamper({ apiPublicKey: current.publicKey, apiPrivateKey: current.privateKey }),
  );
  const response = await client.stampLogin({
    type: "ACTIVITY_TYPE_STAMP_LOGIN",
    timestampMs: String(Date.now()),
    organizationId,
    parameters: { publicKey: next.publicKey, expirationSeconds: "900", invalidateExisting: false },
  });
  const claims = decodeJwtClaims(response.activity.result.stampLoginResult.session);
  if (claims.public_key !== next.publicKey) throw new Error("the JWT is for another key");
  current = next;
}

for (let i = 0; i < 20; i++) await refreshOnce(); // warm-up: JIT, connection pool
const start = process.hrtime.bigint();
for (let i = 0; i < iterations; i++) await refreshOnce();
const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
console.log(JSON.stringify({ perRefreshMs: elapsedMs / iterations }));
