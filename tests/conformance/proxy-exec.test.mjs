// @turnkey/http's TurnkeyClient through `wallet-sessions-cli exec` (issue 17): a session logged in by
// the CLI, the key in the real keyring, a Node script that holds only the proxy's token.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { createInterface } from "node:readline";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
let server;
let info;
let dataDir;
const service = `wallet-sessions-conformance-proxy-${process.pid}`;

function cli(args, input) {
  return spawnSync(process.env.WS_CLI, ["--data-dir", dataDir, "--api-url", info.url, ...args], {
    input,
    env: {
      ...process.env,
      WALLET_SESSIONS_KEYCHAIN_SERVICE: service,
      WALLET_SESSIONS_NOTARIZER_KEY: info.notarizerPublicKey,
    },
    encoding: "utf8",
    timeout: 60000,
  });
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "ws-proxy-conformance-"));
  server = spawn(process.env.WS_DEVSERVER, ["--demo"], { stdio: ["ignore", "pipe", "inherit"] });
  const lines = createInterface({ input: server.stdout });
  info = await new Promise((resolve, reject) => {
    server.once("exit", (code) => reject(new Error(`devserver exited early with ${code}`)));
    lines.once("line", (line) => resolve(JSON.parse(line)));
  });
  const login = cli(
    ["login", "--organization-id", info.organizationId, "--api-public-key", info.apiPublicKey,
     "--api-private-key-file", "-", "--session-key", "node"],
    `${info.apiPrivateKey}\n`,
  );
  assert.equal(login.status, 0, `login failed: ${login.stderr}`);
});

after(() => {
  server?.kill("SIGTERM");
  cli(["clear-all", "--yes"]);
  spawnSync("secret-tool", ["clear", "server", service]);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test("TurnkeyClient runs getWhoami, getApiKeys and activities through exec, with no key on disk", () => {
  const run = cli(["exec", "--", process.execPath, join(here, "proxy-client.mjs")]);
  assert.equal(run.status, 0, `exec failed (${run.status}): ${run.stderr}`);
  const result = JSON.parse(run.stdout.trim().split("\n").pop());
  assert.equal(result.whoami.organizationId, info.organizationId);
  assert.equal(result.whoami.userId, info.userId);
  assert.ok(result.apiKeyCount >= 1);
  assert.equal(result.activityStatus, "ACTIVITY_STATUS_COMPLETED");
  assert.ok(result.session, "stamp_login through the proxy yields a session");
  assert.ok(result.createdKeyFound);
  assert.equal(result.withoutTokenStatus, 401);
  // Nothing the proxy or the CLI wrote holds a private key: the data directory has the index only.
  for (const file of filesUnder(dataDir)) {
    assert.ok((statSync(file).mode & 0o077) === 0, `${file} is readable by others`);
    assert.ok(!readFileSync(file, "utf8").includes(info.apiPrivateKey), `${file} holds the API key`);
  }
});

test("exec returns the command's exit status", () => {
  const run = cli(["exec", "--", process.execPath, "-e", "process.exit(42)"]);
  assert.equal(run.status, 42, run.stderr);
});
