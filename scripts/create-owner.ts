// npm run create-owner -- --email owner@example.com --org "Acme" [--name "Dana"]
// The password comes from OWNER_PASSWORD or is asked for.
import { z } from "zod";
import { openFromEnv } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { createOwner, EmailTakenError } from "@/db/mutations/organizations";
import { hashPassword } from "@/core/auth/password";
import { fail, flags, promptHidden, refuseWhileServerHoldsPglite } from "./cli";

const input = z
  .object({
    email: z.string().trim().email(),
    org: z.string().trim().min(1).max(200),
    name: z.string().trim().min(1).max(200).optional(),
    password: z.string().min(12, "The password needs at least 12 characters.").max(1024),
  })
  .safeParse({
    ...flags({ email: { type: "string" }, org: { type: "string" }, name: { type: "string" } }),
    password: process.env.OWNER_PASSWORD ?? (await promptHidden("Password for the new owner: ")),
  });
if (!input.success) fail(input.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"));

refuseWhileServerHoldsPglite();
const conn = await openFromEnv();
try {
  await runMigrations(conn);
  const { email, org, name, password } = input.data;
  const result = await createOwner(conn.db, {
    email,
    orgName: org,
    name: name ?? email.split("@")[0] ?? email,
    passwordHash: await hashPassword(password),
  });
  console.log(`${result.createdOrg ? "Created" : "Joined"} organization "${org}"; owner ${email} (${result.userId}).`);
} catch (error) {
  if (error instanceof EmailTakenError) fail(error.message);
  throw error;
} finally {
  await conn.close();
}
