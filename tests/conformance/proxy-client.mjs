// Run by `wallet-sessions-cli exec -- node proxy-client.mjs` (proxy-exec.test.mjs): a plain Turnkey
// script, as a user writes one, that knows only what `exec` put in its environment. It holds no key:
// its stamper sends the proxy's bearer token, and the proxy stamps each request with the session's key.
import { TurnkeyClient } from "@turnkey/http";
import { generateP256KeyPair } from "@turnkey/crypto";

const baseUrl = process.env.TURNKEY_API_BASE_URL;
const token = process.env.WALLET_SESSIONS_PROXY_TOKEN;
const organizationId = process.env.TURNKEY_ORGANIZATION_ID;
if (!baseUrl || !token || !organizationId) {
  console.error("proxy-client: TURNKEY_API_BASE_URL, WALLET_SESSIONS_PROXY_TOKEN or TURNKEY_ORGANIZATION_ID missing");
  process.exit(2);
}
const client = new TurnkeyClient(
  { baseUrl },
  { stamp: async () => ({ stampHeaderName: "Authorization", stampHeaderValue: `Bearer ${token}` }) },
);

const whoami = await client.getWhoami({ organizationId });
const apiKeys = await client.getApiKeys({ organizationId, userId: whoami.userId });
// One activity: a session for a throwaway key, then its key deleted again (a second activity).
const throwaway = generateP256KeyPair();
const login = await client.stampLogin({
  type: "ACTIVITY_TYPE_STAMP_LOGIN",
  timestampMs: String(Date.now()),
  organizationId,
  parameters: { publicKey: throwaway.publicKey, expirationSeconds: "60", invalidateExisting: false },
});
const after = await client.getApiKeys({ organizationId, userId: whoami.userId });
const created = after.apiKeys.find((k) => k.credential.publicKey === throwaway.publicKey);
if (created) {
  await client.deleteApiKeys({
    type: "ACTIVITY_TYPE_DELETE_API_KEYS",
    timestampMs: String(Date.now()),
    organizationId,
    parameters: { userId: whoami.userId, apiKeyIds: [created.apiKeyId] },
  });
}
// A request without the token is refused by the proxy, whatever the client.
const bare = await fetch(`${baseUrl}/public/v1/query/whoami`, {
  method: "POST",
  body: JSON.stringify({ organizationId }),
});
console.log(
  JSON.stringify({
    whoami,
    apiKeyCount: apiKeys.apiKeys.length,
    activityStatus: login.activity.status,
    session: login.activity.result?.stampLoginResult?.session ?? null,
    createdKeyFound: Boolean(created),
    withoutTokenStatus: bare.status,
  }),
);
