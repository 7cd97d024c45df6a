import "server-only";
import { cookies } from "next/headers";
import { forbidden } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { findUser } from "@/db/queries/users";
import type { Locale, Role } from "@/core/constants";
import { redirect } from "@/lib/i18n/navigation";
import { authSecret } from "./secret";
import { sessionClaims } from "./session-token";

export interface CurrentUser {
  id: string;
  orgId: string;
  role: Role;
  email: string;
  name: string;
}

/**
 * The signed-in user, re-read from the database on every request so a role change, a disable or a
 * sign-out elsewhere takes effect on the next request. Null when there is no valid session. Cached
 * for the request: the layout, the page and the i18n config each ask.
 */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const jar = await cookies();
  const session = await sessionClaims(Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])), authSecret());
  if (!session?.orgId || !session.userId) return null;
  const user = await findUser(await getDb(), { orgId: session.orgId, userId: session.userId });
  if (!user || user.disabledAt || user.sessionVersion !== session.sessionVersion) return null;
  return asCurrentUser(user);
});

/** What the rest of the app knows of a signed-in user (session or API key). */
export function asCurrentUser(user: CurrentUser): CurrentUser {
  return { id: user.id, orgId: user.orgId, role: user.role, email: user.email, name: user.name };
}

/** For pages: the user, or a redirect to the sign-in page. */
export async function requireUser(locale: Locale): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) return redirect({ href: "/login", locale });
  return user;
}

/** For pages reserved to some roles: others get the localised 403 page (app/[locale]/(app)/forbidden.tsx) with a way back. */
export async function requireRole(locale: Locale, allowed: (role: Role) => boolean): Promise<CurrentUser> {
  const user = await requireUser(locale);
  if (!allowed(user.role)) forbidden();
  return user;
}
