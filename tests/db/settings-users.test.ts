import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { changeUserRole, insertUser, setUserDisabled, setUserPassword } from "@/db/mutations/settings-users";
import { listOrgUsers } from "@/db/queries/settings-users";
import { findUser } from "@/db/queries/users";
import { users } from "@/db/schema";
import { DomainError } from "@/core/errors";
import { describeOnEngines } from "../support/engines";
import { createTestOrg } from "../support/factories";

const code = (error: unknown) => (error instanceof DomainError ? { code: error.code, fieldErrors: error.fieldErrors } : error);

describeOnEngines("settings: users and roles", (conn) => {
  const activeOwners = async (orgId: string) =>
    conn()
      .db.select({ id: users.id })
      .from(users)
      .where(and(eq(users.orgId, orgId), eq(users.role, "owner"), isNull(users.disabledAt)));

  async function twoOwners() {
    const { db } = conn();
    const org = await createTestOrg(db);
    const second = await insertUser(db, { orgId: org.orgId, email: `second-${org.orgId}@test.test`, name: "Second", role: "owner", passwordHash: "x" });
    return { ...org, secondOwnerId: second.id };
  }

  describe("creating users", () => {
    it("creates a user listed with its role, and refuses an email taken in any organization, whatever its case", async () => {
      const { db } = conn();
      const a = await createTestOrg(db);
      const b = await createTestOrg(db);
      const { id } = await insertUser(db, { orgId: a.orgId, email: "Rana@Example.test", name: "Rana", role: "sales", passwordHash: "h" });
      expect((await listOrgUsers(db, { orgId: a.orgId })).find((u) => u.id === id)).toMatchObject({ name: "Rana", role: "sales", disabledAt: null });
      const taken = await insertUser(db, { orgId: b.orgId, email: "rana@example.TEST", name: "Other", role: "manager", passwordHash: "h" }).catch(code);
      expect(taken).toEqual({ code: "validation", fieldErrors: { email: ["email_taken"] } });
      expect((await listOrgUsers(db, { orgId: b.orgId })).map((u) => u.name)).not.toContain("Other");
    });

    it("answers an email of another organization exactly as one of its own, telling nothing of where it is", async () => {
      const { db } = conn();
      const a = await createTestOrg(db);
      const b = await createTestOrg(db);
      const email = `taken-${a.orgId}@example.test`;
      await insertUser(db, { orgId: a.orgId, email, name: "First", role: "sales", passwordHash: "h" });
      const sameOrg = await insertUser(db, { orgId: a.orgId, email, name: "Again", role: "sales", passwordHash: "h" }).catch(code);
      const otherOrg = await insertUser(db, { orgId: b.orgId, email, name: "Other", role: "sales", passwordHash: "h" }).catch(code);
      expect(otherOrg).toEqual(sameOrg);
      expect(JSON.stringify(otherOrg)).not.toContain(a.orgId);
    });
  });

  describe("the last active owner", () => {
    it("cannot be demoted or disabled, and nothing changes", async () => {
      const { db } = conn();
      const { orgId, ownerId } = await createTestOrg(db);
      expect(await changeUserRole(db, { orgId, userId: ownerId, role: "manager" }).catch(code)).toEqual({ code: "last_owner", fieldErrors: {} });
      expect(await setUserDisabled(db, { orgId, userId: ownerId, disabled: true }).catch(code)).toEqual({ code: "last_owner", fieldErrors: {} });
      expect(await findUser(db, { orgId, userId: ownerId })).toMatchObject({ role: "owner", disabledAt: null, sessionVersion: 1 });
    });

    it("may be demoted while another owner is active, and then the other one is the last", async () => {
      const { db } = conn();
      const { orgId, ownerId, secondOwnerId } = await twoOwners();
      await changeUserRole(db, { orgId, userId: ownerId, role: "manager" });
      expect((await findUser(db, { orgId, userId: ownerId }))?.role).toBe("manager");
      expect(await changeUserRole(db, { orgId, userId: secondOwnerId, role: "sales" }).catch(code)).toMatchObject({ code: "last_owner" });
    });

    it("does not count a disabled owner as an owner", async () => {
      const { db } = conn();
      const { orgId, ownerId, secondOwnerId } = await twoOwners();
      await setUserDisabled(db, { orgId, userId: secondOwnerId, disabled: true });
      expect(await changeUserRole(db, { orgId, userId: ownerId, role: "manager" }).catch(code)).toMatchObject({ code: "last_owner" });
      await setUserDisabled(db, { orgId, userId: secondOwnerId, disabled: false });
      await changeUserRole(db, { orgId, userId: ownerId, role: "manager" });
      expect((await activeOwners(orgId)).map((o) => o.id)).toEqual([secondOwnerId]);
    });

    it("survives concurrent demotions: with two owners, demoting both at once leaves exactly one", async () => {
      const { db } = conn();
      for (let round = 0; round < 5; round++) {
        const { orgId, ownerId, secondOwnerId } = await twoOwners();
        const results = await Promise.allSettled([
          changeUserRole(db, { orgId, userId: ownerId, role: "manager" }),
          changeUserRole(db, { orgId, userId: secondOwnerId, role: "sales" }),
        ]);
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
        const refused = results.find((r) => r.status === "rejected");
        expect(code(refused?.status === "rejected" ? refused.reason : null)).toMatchObject({ code: "last_owner" });
        expect(await activeOwners(orgId)).toHaveLength(1);
      }
    });

    it("survives a concurrent demotion and disable of the two owners", async () => {
      const { db } = conn();
      const { orgId, ownerId, secondOwnerId } = await twoOwners();
      const results = await Promise.allSettled([
        setUserDisabled(db, { orgId, userId: ownerId, disabled: true }),
        changeUserRole(db, { orgId, userId: secondOwnerId, role: "manager" }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await activeOwners(orgId)).toHaveLength(1);
    });
  });

  describe("ending sessions", () => {
    it("bumps the session version on disable (not on enable) and refuses nothing else", async () => {
      const { db } = conn();
      const { orgId, salesId } = await createTestOrg(db);
      await setUserDisabled(db, { orgId, userId: salesId, disabled: true });
      const disabled = await findUser(db, { orgId, userId: salesId });
      expect(disabled?.sessionVersion).toBe(2);
      expect(disabled?.disabledAt).toBeInstanceOf(Date);
      await setUserDisabled(db, { orgId, userId: salesId, disabled: true });
      expect((await findUser(db, { orgId, userId: salesId }))?.sessionVersion).toBe(2);
      await setUserDisabled(db, { orgId, userId: salesId, disabled: false });
      expect(await findUser(db, { orgId, userId: salesId })).toMatchObject({ sessionVersion: 2, disabledAt: null });
    });

    it("bumps the session version when a password is reset, and stores the new hash", async () => {
      const { db } = conn();
      const { orgId, managerId } = await createTestOrg(db);
      await setUserPassword(db, { orgId, userId: managerId, passwordHash: "new-hash" });
      expect(await findUser(db, { orgId, userId: managerId })).toMatchObject({ sessionVersion: 2, passwordHash: "new-hash" });
    });

    it("changes the role in place: the session re-reads it, so no version bump is needed", async () => {
      const { db } = conn();
      const { orgId, salesId } = await createTestOrg(db);
      await changeUserRole(db, { orgId, userId: salesId, role: "manager" });
      expect(await findUser(db, { orgId, userId: salesId })).toMatchObject({ role: "manager", sessionVersion: 1 });
    });
  });

  it("never reaches a user of another organization", async () => {
    const { db } = conn();
    const a = await createTestOrg(db);
    const b = await createTestOrg(db);
    expect(await changeUserRole(db, { orgId: a.orgId, userId: b.salesId, role: "owner" }).catch(code)).toMatchObject({ code: "user_not_found" });
    expect(await setUserDisabled(db, { orgId: a.orgId, userId: b.salesId, disabled: true }).catch(code)).toMatchObject({ code: "user_not_found" });
    expect(await setUserPassword(db, { orgId: a.orgId, userId: b.salesId, passwordHash: "x" }).catch(code)).toMatchObject({ code: "user_not_found" });
    expect(await findUser(db, { orgId: b.orgId, userId: b.salesId })).toMatchObject({ role: "sales", disabledAt: null, sessionVersion: 1, passwordHash: "not-a-real-hash" });
  });
});
