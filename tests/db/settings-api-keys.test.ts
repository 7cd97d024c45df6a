import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Db } from "@/db/client";
import { insertApiKey, spendApiKeyRequest } from "@/db/mutations/api-keys";
import { revokeApiKey } from "@/db/mutations/settings-api-keys";
import { updateOrganization } from "@/db/mutations/settings-organization";
import { findApiKeyUser } from "@/db/queries/api-keys";
import { findOrganization } from "@/db/queries/organizations";
import { listApiKeys } from "@/db/queries/settings-api-keys";
import { apiKeys } from "@/db/schema";
import { generateApiKey, hashApiKey } from "@/lib/auth/api-key";
import { DomainError } from "@/core/errors";
import { describeOnEngines } from "../support/engines";
import { createTestOrg } from "../support/factories";

const code = (error: unknown) => (error instanceof DomainError ? error.code : error);
const now = new Date("2026-05-01T10:00:00Z");

async function newKey(db: Db) {
  const { orgId, ownerId } = await createTestOrg(db);
  const { prefix, hash } = generateApiKey();
  const key = await insertApiKey(db, { orgId, userId: ownerId, name: "Integration", prefix, hash });
  const stored = async () => (await db.select().from(apiKeys).where(and(eq(apiKeys.orgId, orgId), eq(apiKeys.id, key.id))))[0];
  return { orgId, keyId: key.id, stored };
}

describeOnEngines("settings: API keys and organization", (conn) => {
  it("stores a new key's hash and prefix, never the key, and the key finds the owner who created it", async () => {
    const { db } = conn();
    const { orgId, ownerId } = await createTestOrg(db);
    const { key, prefix, hash } = generateApiKey();
    const row = await insertApiKey(db, { orgId, userId: ownerId, name: "Website", prefix, hash });
    const [stored] = await db.select().from(apiKeys).where(eq(apiKeys.id, row.id));
    expect(stored?.hash).toBe(hashApiKey(key));
    expect(stored?.prefix).toBe(key.slice(0, 10));
    expect(Object.values(stored ?? {}).some((value) => typeof value === "string" && value.includes(key))).toBe(false);
    expect((await findApiKeyUser(db, hashApiKey(key)))?.user).toMatchObject({ id: ownerId, orgId, role: "owner" });
    const listed = await listApiKeys(db, { orgId });
    expect(listed).toEqual([expect.objectContaining({ id: row.id, name: "Website", prefix, userName: "Owner", lastUsedAt: null, revokedAt: null })]);
    expect(listed[0]).not.toHaveProperty("hash");
  });

  it("revokes a key for good: it no longer authenticates, and revoking again changes nothing", async () => {
    const { db } = conn();
    const { orgId, ownerId } = await createTestOrg(db);
    const { key, prefix, hash } = generateApiKey();
    const row = await insertApiKey(db, { orgId, userId: ownerId, name: "Zapier", prefix, hash });
    await revokeApiKey(db, { orgId, keyId: row.id });
    expect(await findApiKeyUser(db, hashApiKey(key))).toBeUndefined();
    const [revoked] = await listApiKeys(db, { orgId });
    expect(revoked?.revokedAt).toBeInstanceOf(Date);
    await revokeApiKey(db, { orgId, keyId: row.id });
    expect((await listApiKeys(db, { orgId }))[0]?.revokedAt?.getTime()).toBe(revoked?.revokedAt?.getTime());
  });

  it("cannot revoke, or list, another organization's key", async () => {
    const { db } = conn();
    const a = await createTestOrg(db);
    const b = await createTestOrg(db);
    const { key, prefix, hash } = generateApiKey();
    const row = await insertApiKey(db, { orgId: b.orgId, userId: b.ownerId, name: "B's key", prefix, hash });
    expect(await revokeApiKey(db, { orgId: a.orgId, keyId: row.id }).catch(code)).toBe("api_key_not_found");
    expect(await listApiKeys(db, { orgId: a.orgId })).toEqual([]);
    expect((await findApiKeyUser(db, hashApiKey(key)))?.user.id).toBe(b.ownerId);
  });

  it("saves the organization's name, time zone, currency, default locale and Hebrew calendar", async () => {
    const { db } = conn();
    const a = await createTestOrg(db);
    const b = await createTestOrg(db);
    const settings = { name: "Tehran Books", timeZone: "Asia/Tehran", currency: "IRR", country: "IR", defaultLocale: "fa", heCalendar: "hebrew" } as const;
    await updateOrganization(db, { orgId: a.orgId, settings });
    expect(await findOrganization(db, { orgId: a.orgId })).toMatchObject(settings);
    expect(await findOrganization(db, { orgId: b.orgId })).toMatchObject({ timeZone: "Asia/Jerusalem", currency: "ILS", defaultLocale: "he", heCalendar: "gregory" });
  });

  it("spends the key's budget, records each allowed use, and leaves the key as it was when refusing", async () => {
    const { db } = conn();
    const key = await newKey(db);
    const spends = [];
    for (let i = 0; i < 4; i++) spends.push(await spendApiKeyRequest(db, { ...key, perMinute: 3, now }));
    expect(spends.map((s) => s.ok)).toEqual([true, true, true, false]);
    expect(spends[3]).toEqual({ ok: false, retryAfterSeconds: 20 });
    expect(await key.stored()).toMatchObject({ lastUsedAt: now, rateRefilledAt: new Date(now.getTime() + 60_000) });
    const later = new Date(now.getTime() + 20_000);
    expect(await spendApiKeyRequest(db, { ...key, perMinute: 3, now: later })).toMatchObject({ ok: true });
    expect((await key.stored())?.lastUsedAt).toEqual(later);
  });

  it("lets exactly the budget through when requests race, and keeps keys apart", async () => {
    const { db } = conn();
    const [a, b] = [await newKey(db), await newKey(db)];
    const race = await Promise.all(Array.from({ length: 12 }, () => spendApiKeyRequest(db, { ...a, perMinute: 5, now })));
    expect(race.filter((s) => s.ok)).toHaveLength(5);
    expect(await spendApiKeyRequest(db, { ...b, perMinute: 5, now })).toMatchObject({ ok: true });
  });
});
