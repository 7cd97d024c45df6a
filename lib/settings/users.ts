import "server-only";
import { getDb } from "@/db";
import { changeUserRole, insertUser, setUserDisabled, setUserPassword } from "@/db/mutations/settings-users";
import { listOrgUsers } from "@/db/queries/settings-users";
import type { Role } from "@/core/constants";
import { hashPassword } from "@/core/auth/password";
import type { CurrentUser } from "@/lib/auth/session";
import { DomainError, invalid } from "@/core/errors";
import { assertOwner } from "./guard";
import { generatePassword, MIN_PASSWORD_LENGTH } from "./one-time-password";
import type { CreateUserInput } from "./schemas";

export async function listUsersFor(user: CurrentUser) {
  assertOwner(user);
  return listOrgUsers(await getDb(), { orgId: user.orgId });
}

/**
 * Creates a user with the password the owner typed, or a generated one. The password is returned
 * once, for the owner to hand over, and stored only as a hash.
 */
export async function createUserFor(user: CurrentUser, input: CreateUserInput) {
  assertOwner(user);
  if (input.password !== undefined && input.password.length < MIN_PASSWORD_LENGTH) throw invalid({ password: ["password_too_short"] });
  const password = input.password ?? generatePassword();
  const created = await insertUser(await getDb(), {
    orgId: user.orgId,
    email: input.email,
    name: input.name,
    role: input.role,
    passwordHash: await hashPassword(password),
  });
  return { id: created.id, password: input.password === undefined ? password : null };
}

/** Takes effect on the user's next request: the session re-reads the role every time. */
export async function changeRoleFor(user: CurrentUser, { userId, role }: { userId: string; role: Role }) {
  assertOwner(user);
  await changeUserRole(await getDb(), { orgId: user.orgId, userId, role });
}

export async function setDisabledFor(user: CurrentUser, { userId, disabled }: { userId: string; disabled: boolean }) {
  assertOwner(user);
  if (userId === user.id && disabled) throw new DomainError(409, "self_disable");
  await setUserDisabled(await getDb(), { orgId: user.orgId, userId, disabled });
}

/** A new generated password, returned once; the user's open sessions end. Not for one's own account (it would end this session). */
export async function resetPasswordFor(user: CurrentUser, { userId }: { userId: string }) {
  assertOwner(user);
  if (userId === user.id) throw new DomainError(409, "self_reset");
  const password = generatePassword();
  await setUserPassword(await getDb(), { orgId: user.orgId, userId, passwordHash: await hashPassword(password) });
  return { password };
}
