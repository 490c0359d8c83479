// Stamps made by a key inside a TPM (issue 19: the compatibility tests run for TPM keys too): the C++
// stamp code signing through OpenSSL's tpm2 provider, with a key made in a software TPM (swtpm, started
// here on loopback), checked by Turnkey's own @turnkey/crypto, and accepted by the devserver.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { createInterface } from "node:readline";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { verifyStampSignature } from "@turnkey/crypto";

let swtpm;
let stateDir;
let tcti;
let server;
let info;

// A port the kernel just handed out whose neighbour (the control channel) is free too.
async function freePortPair() {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await new Promise((resolve, reject) => {
      const probe = net.createServer().listen(0, "127.0.0.1", () => {
        const { port: chosen } = probe.address();
        probe.close(() => resolve(chosen));
      });
      probe.on("error", reject);
    });
    if (port >= 65535) continue;
    const neighbourFree = await new Promise((resolve) => {
      const probe = net.createServer().listen(port + 1, "127.0.0.1", () => probe.close(() => resolve(true)));
      probe.on("error", () => resolve(false));
    });
    if (neighbourFree) return port;
  }
  throw new Error("no free pair of loopback ports");
}

async function accepts(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

before(async () => {
  stateDir = mkdtempSync(join(tmpdir(), "ws-swtpm-"));
  const port = await freePortPair();
  swtpm = spawn(
    "swtpm",
    [
      "socket", "--tpm2", "--tpmstate", `dir=${stateDir}`,
      "--server", `type=tcp,port=${port},bindaddr=127.0.0.1`,
      "--ctrl", `type=tcp,port=${port + 1},bindaddr=127.0.0.1`,
      "--flags", "not-need-init,startup-clear",
    ],
    { stdio: "ignore" },
  );
  swtpm.once("error", (error) => {
    throw new Error(`swtpm could not start (scripts/test installs it): ${error.message}`);
  });
  // Ready once its control channel accepts (the TPM port serves one client at a time: left alone).
  for (let waited = 0; !(await accepts(port + 1)); waited += 50) {
    if (waited > 10000) throw new Error("swtpm did not start within 10 s");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  tcti = `swtpm:host=127.0.0.1,port=${port}`;

  server = spawn(process.env.WS_DEVSERVER, ["--demo"], { stdio: ["ignore", "pipe", "inherit"] });
  const lines = createInterface({ input: server.stdout });
  info = await new Promise((resolve, reject) => {
    server.once("exit", (code) => reject(new Error(`devserver exited early with ${code}`)));
    lines.once("line", (line) => resolve(JSON.parse(line)));
  });
});

after(() => {
  server?.kill("SIGTERM");
  swtpm?.kill("SIGTERM");
  if (stateDir) rmSync(stateDir, { recursive: true, force: true });
});

// The C++ stamp of `body` by a fresh key inside the TPM (ws_stamp_tool --tpm; nothing secret is passed).
function tpmStamp(body) {
  const result = spawnSync(process.env.WS_STAMP_TOOL, ["--tpm"], {
    input: body,
    env: { ...process.env, TPM2OPENSSL_TCTI: tcti },
  });
  assert.equal(result.status, 0, `ws_stamp_tool --tpm failed: ${result.stderr}`);
  return JSON.parse(Buffer.from(result.stdout.toString("utf8").trim(), "base64url").toString("utf8"));
}

async function verifies(stamp, body) {
  try {
    return await verifyStampSignature(stamp.publicKey, stamp.signature, body);
  } catch {
    return false;
  }
}

test("a TPM key's stamp verifies with @turnkey/crypto over exactly its body", async () => {
  const body = JSON.stringify({ organizationId: "org", note: "signed inside the TPM" });
  const stamp = tpmStamp(body);
  assert.deepEqual(Object.keys(stamp), ["publicKey", "scheme", "signature"]);
  assert.equal(stamp.scheme, "SIGNATURE_SCHEME_TK_API_P256");
  assert.match(stamp.publicKey, /^0[23][0-9a-f]{64}$/);
  assert.match(stamp.signature, /^30[0-9a-f]+$/);
  assert.equal(await verifies(stamp, body), true);
  assert.equal(await verifies(stamp, `${body} `), false);
});

test("the devserver checks a TPM key's stamp as any other: it verifies, and the key is unknown", async () => {
  const body = JSON.stringify({ organizationId: info.organizationId });
  const stamp = tpmStamp(body);
  const header = Buffer.from(JSON.stringify(stamp)).toString("base64url");
  const response = await fetch(`${info.url}/public/v1/query/whoami`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Stamp": header },
    body,
  });
  // The signature is good (not "could not verify"); the key is no user's, so Turnkey's not-found answer.
  const reply = await response.json();
  assert.equal(response.status, 401, JSON.stringify(reply));
  assert.equal(reply.details?.[0]?.turnkeyErrorCode, "PUBLIC_KEY_NOT_FOUND", JSON.stringify(reply));
});
