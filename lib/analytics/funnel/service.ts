import "server-only";
import { cache } from "react";
import { readDb } from "@/db";
import { funnelFor } from "@/db/queries/analytics-funnel";
import { listStaffNames, loadAnalyticsContext } from "@/db/queries/analytics-funnel-context";
import { funnelKpis } from "@/db/queries/analytics-funnel-kpis";
import { flow, snapshot } from "@/db/queries/analytics-funnel-snapshot";
import { timeInStage } from "@/db/queries/analytics-funnel-times";
import { listStages } from "@/db/queries/stages";
import type { Locale } from "@/core/constants";
import { forbidden } from "@/core/errors";
import { can } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { stageLabel } from "@/lib/journey/labels";
import { addDays, localDate } from "@/core/analytics/dates";
import { toFunnelQuery, type FunnelParams } from "./params";

/*
 * What the funnel page and the funnel API call: owners and managers only; the organization comes
 * from the caller's session (never from the request), the parameters from lib/analytics/funnel/params.ts.
 */

/** The organization's stages and time zone, loaded once per request, from the read path (a replica when there is one). */
const orgContext = cache(async (orgId: string) => {
  const db = await readDb();
  const ctx = await loadAnalyticsContext(db, { orgId });
  return { db, ctx, today: localDate(Date.now(), ctx.timeZone) };
});

function context(user: CurrentUser) {
  if (!can.viewAnalytics(user.role)) throw forbidden();
  return orgContext(user.orgId);
}

export async function funnelViewFor(user: CurrentUser, params: FunnelParams) {
  const { db, ctx, today } = await context(user);
  const query = toFunnelQuery(params, today);
  return { query, result: await funnelFor(db, ctx, query), stages: ctx.stages };
}

export async function funnelKpisViewFor(user: CurrentUser, params: FunnelParams) {
  const { db, ctx, today } = await context(user);
  return funnelKpis(db, ctx, toFunnelQuery(params, today), today);
}

/** As of `asOf`, or the range's last day (today at the latest). */
export async function snapshotViewFor(user: CurrentUser, params: FunnelParams) {
  const { db, ctx, today } = await context(user);
  const query = toFunnelQuery(params, today);
  const lastDay = addDays(query.to, -1);
  const asOf = query.asOf ?? (lastDay < today ? lastDay : today);
  return { asOf, rows: await snapshot(db, ctx, { asOf, channel: query.channel, ownerId: query.ownerId }), stages: ctx.stages };
}

export async function timeInStageViewFor(user: CurrentUser, params: FunnelParams) {
  const { db, ctx, today } = await context(user);
  return timeInStage(db, ctx, toFunnelQuery(params, today));
}

export async function flowViewFor(user: CurrentUser, params: FunnelParams) {
  const { db, ctx, today } = await context(user);
  return { rows: await flow(db, ctx, toFunnelQuery(params, today)), stages: ctx.stages };
}

export async function listStaffNamesFor(user: CurrentUser) {
  const { db } = await context(user);
  return listStaffNames(db, { orgId: user.orgId });
}

/** Stage labels in the page's locale, archived stages included (history may name them). */
export async function stageLabelsFor(user: CurrentUser, locale: Locale): Promise<Map<string, string>> {
  const { db } = await context(user);
  const rows = await listStages(db, { orgId: user.orgId, includeArchived: true });
  return new Map(rows.map((s) => [s.key, stageLabel(s, locale)]));
}

/** Today in the organization's time zone: where presets and default ranges end. */
export async function organizationTodayFor(user: CurrentUser) {
  return (await context(user)).today;
}
