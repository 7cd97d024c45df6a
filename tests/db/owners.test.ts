import { count, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { createOwner, EmailTakenError } from "@/db/mutations/organizations";
import { bumpSessionVersion } from "@/db/mutations/users";
import { findUser, findUserByEmail } from "@/db/queries/users";
import { organizations, stages, users } from "@/db/schema";
import { describeOnEngines } from "../support/engines";

describeOnEngines("create-owner", (conn) => {
  it("creates an organization with the default stages and its owner", async () => {
    const { db } = conn();
    const result = await createOwner(db, { email: "Dana@Acme.test", name: "Dana", orgName: "Acme", passwordHash: "x" });
    expect(result.createdOrg).toBe(true);
    const orgStages = await db.select().from(stages).where(eq(stages.orgId, result.orgId)).orderBy(stages.position);
    expect(orgStages.map((s) => [s.key, s.journey])).toEqual([
      ["awareness", "acquisition"],
      ["engagement", "acquisition"],
      ["consideration", "acquisition"],
      ["conversion", "acquisition"],
      ["retention", "retention"],
      ["loyalty", "retention"],
    ]);
    expect(orgStages.every((s) => s.transitionRule === "any" && s.requiredFields.length === 0)).toBe(true);
    const owner = await findUserByEmail(db, "  dana@acme.TEST ");
    expect(owner).toMatchObject({ id: result.userId, role: "owner", orgId: result.orgId });
  });

  it("adds a second owner to an organization named again, and a new one for a new name", async () => {
    const { db } = conn();
    const again = await createOwner(db, { email: "omid@acme.test", name: "Omid", orgName: "Acme", passwordHash: "x" });
    expect(again.createdOrg).toBe(false);
    const other = await createOwner(db, { email: "lea@other.test", name: "Lea", orgName: "Other", passwordHash: "x" });
    expect(other.createdOrg).toBe(true);
    expect(other.orgId).not.toBe(again.orgId);
    const [orgs] = await db.select({ n: count() }).from(organizations);
    expect(orgs?.n).toBe(2);
  });

  it("refuses an email that exists in any organization, whatever its case, and writes nothing", async () => {
    const { db } = conn();
    await expect(
      createOwner(db, { email: "DANA@acme.test", name: "D", orgName: "Third", passwordHash: "x" }),
    ).rejects.toBeInstanceOf(EmailTakenError);
    const [orgs] = await db.select({ n: count() }).from(organizations);
    expect(orgs?.n).toBe(2);
  });

  it("ends older sessions by bumping the session version", async () => {
    const { db } = conn();
    const owner = await findUserByEmail(db, "dana@acme.test");
    if (!owner) throw new Error("owner missing");
    await bumpSessionVersion(db, { orgId: owner.orgId, userId: owner.id });
    const after = await findUser(db, { orgId: owner.orgId, userId: owner.id });
    expect(after?.sessionVersion).toBe(owner.sessionVersion + 1);
    const [n] = await db.select({ n: count() }).from(users);
    expect(typeof n?.n).toBe("number");
  });
});
