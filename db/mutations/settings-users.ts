import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { DomainError, invalid } from "@/core/errors";
import type { Db } from "../client";
import { uniqueViolation } from "../pg-errors";
import { users } from "../schema";
import type { Role } from "@/core/constants";
import { lockOrganization } from "./settings-lock";

const userNotFound = () => new DomainError(404, "user_not_found");

/** Emails are unique across every organization (users_email_key on lower(email)): sign-in finds the organization from it. */
export async function insertUser(db: Db, input: { orgId: string; email: string; name: string; role: Role; passwordHash: string }) {
  try {
    const [row] = await db.insert(users).values(input).returning({ id: users.id });
    if (!row) throw new Error("user insert returned nothing");
    return row;
  } catch (error) {
    if (uniqueViolation(error) === "users_email_key") throw invalid({ email: ["email_taken"] });
    throw error;
  }
}

/**
 * The target user, and whether it is the organization's last active owner, read with the
 * organization's settings lock held: of two concurrent demotions of the last two owners, the second
 * waits for the first to commit, then sees a single owner left and is refused.
 */
async function lockForOwnerRule(tx: Db, orgId: string, userId: string) {
  await lockOrganization(tx, orgId);
  const owners = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.role, "owner"), isNull(users.disabledAt)));
  const [target] = await tx
    .select({ id: users.id, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.id, userId)))
    .for("no key update");
  if (!target) throw userNotFound();
  const isLastOwner = owners.length === 1 && owners[0]?.id === userId;
  return { target, isLastOwner };
}

export async function changeUserRole(db: Db, { orgId, userId, role }: { orgId: string; userId: string; role: Role }) {
  return db.transaction(async (tx) => {
    const { target, isLastOwner } = await lockForOwnerRule(tx, orgId, userId);
    if (target.role === role) return;
    if (isLastOwner) throw new DomainError(409, "last_owner");
    await tx.update(users).set({ role }).where(and(eq(users.orgId, orgId), eq(users.id, userId)));
  });
}

/** Disabling also bumps the session version, so the user's open sessions end on their next request. */
export async function setUserDisabled(db: Db, { orgId, userId, disabled }: { orgId: string; userId: string; disabled: boolean }) {
  return db.transaction(async (tx) => {
    const { target, isLastOwner } = await lockForOwnerRule(tx, orgId, userId);
    if (Boolean(target.disabledAt) === disabled) return;
    if (disabled && isLastOwner) throw new DomainError(409, "last_owner");
    await tx
      .update(users)
      .set(disabled ? { disabledAt: new Date(), sessionVersion: sql`${users.sessionVersion} + 1` } : { disabledAt: null })
      .where(and(eq(users.orgId, orgId), eq(users.id, userId)));
  });
}

/** A new password ends every open session of the user. */
export async function setUserPassword(db: Db, { orgId, userId, passwordHash }: { orgId: string; userId: string; passwordHash: string }) {
  const [row] = await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(and(eq(users.orgId, orgId), eq(users.id, userId)))
    .returning({ id: users.id });
  if (!row) throw userNotFound();
}
