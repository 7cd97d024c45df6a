import "server-only";
import { cache } from "react";
import { readDb } from "@/db";
import { forbidden } from "@/core/errors";
import { can } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { analyticsMonths, getRetention } from "./cohorts";
import type { LoyaltyQuery, RetentionQuery } from "./params";

/*
 * What the retention and loyalty pages and their API routes call: owners and managers only, the
 * organization from the caller's session. Memoised per request on primitives, so the widgets of one
 * page, each streaming in its own Suspense boundary, share one query. Read from the read path (a replica when there is one).
 */

const retention = cache(async (orgId: string, from: string | undefined, to: string | undefined, mode: RetentionQuery["mode"]) =>
  getRetention(await readDb(), { orgId }, { from, to, mode }),
);
const months = cache(async (orgId: string, from: string | undefined, to: string | undefined) => analyticsMonths(await readDb(), { orgId }, { from, to }));

/** The organization of a user who may see analytics (owners and managers); 403 for others. */
export function analyticsOrgOf(user: CurrentUser): string {
  if (!can.viewAnalytics(user.role)) throw forbidden();
  return user.orgId;
}

export async function getRetentionFor(user: CurrentUser, { from, to, mode }: RetentionQuery) {
  return retention(analyticsOrgOf(user), from, to, mode);
}

/** The organization's time zone and currency, its current month and the months a query asks for. */
export async function getAnalyticsMonthsFor(user: CurrentUser, { from, to }: LoyaltyQuery) {
  return months(analyticsOrgOf(user), from, to);
}
