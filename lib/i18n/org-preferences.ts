import "server-only";
import { cache } from "react";
import { getDb } from "@/db";
import { findOrganization } from "@/db/queries/organizations";
import { currentUser } from "@/lib/auth/session";

/** The signed-in user's organization's time zone and Hebrew calendar choice, once per request. */
export const orgPreferences = cache(async () => {
  const user = await currentUser();
  if (!user) return null;
  const org = await findOrganization(await getDb(), { orgId: user.orgId });
  return org ? { timeZone: org.timeZone, heCalendar: org.heCalendar } : null;
});
