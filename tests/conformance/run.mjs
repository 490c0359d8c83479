// CTest entry point: checks the pinned npm packages are installed, then runs the node:test suite.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const required = ["@turnkey/http", "@turnkey/api-key-stamper", "@turnkey/crypto", "@turnkey/webauthn-stamper"];
const missing = required.filter((name) => !existsSync(join(here, "node_modules", name, "package.json")));
if (missing.length > 0) {
  const strict = process.env.WS_REQUIRE_KEYRING === "1" || (process.env.CI && process.env.CI !== "false");
  console.error(
    `conformance: ${missing.join(", ")} not installed; run \`npm ci\` in ${here}` +
      (strict ? " (required under scripts/test and CI)" : " (skipping)"),
  );
  process.exit(strict ? 1 : 77);
}
for (const variable of ["WS_DEVSERVER", "WS_STAMP_TOOL", "WS_CLI", "WS_OTP_TOOL"]) {
  if (!process.env[variable] || !existsSync(process.env[variable])) {
    console.error(`conformance: ${variable} must name the built executable (got '${process.env[variable] ?? ""}')`);
    process.exit(1);
  }
}
const suites = ["turnkey-sdk.test.mjs", "proxy-exec.test.mjs", "otp-crypto.test.mjs", "otp-devserver.test.mjs", "webauthn-stamper.test.mjs", "tpm-stamp.test.mjs"].map((name) => join(here, name));
const result = spawnSync(process.execPath, ["--test", ...suites], {
  stdio: "inherit",
  cwd: here,
});
process.exit(result.status ?? 1);
