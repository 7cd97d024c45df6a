// npm run api-key -- --email owner@example.com --name "CRM sync"
// Prints the new key once, as the last line; only its hash is stored.
import { openFromEnv } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { insertApiKey } from "@/db/mutations/api-keys";
import { findUserByEmail } from "@/db/queries/users";
import { generateApiKey } from "@/lib/auth/api-key";
import { fail, flags, refuseWhileServerHoldsPglite } from "./cli";

const { email, name } = flags({ email: { type: "string" }, name: { type: "string" } });
if (!email || !name?.trim()) fail("Usage: npm run api-key -- --email <owner email> --name <label>");

refuseWhileServerHoldsPglite();
const conn = await openFromEnv();
try {
  await runMigrations(conn);
  const user = await findUserByEmail(conn.db, email);
  if (!user || user.disabledAt) fail(`No active user with the email ${email}.`);
  if (user.role !== "owner") fail(`${email} is not an owner; only owners create API keys.`);
  const { key, prefix, hash } = generateApiKey();
  await insertApiKey(conn.db, { orgId: user.orgId, userId: user.id, name: name.trim(), prefix, hash });
  console.log(`API key "${name.trim()}" for ${email} (shown once, store it now):`);
  console.log(key);
} finally {
  await conn.close();
}
