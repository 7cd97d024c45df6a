import "server-only";
import { cache } from "react";
import type { z } from "zod";
import { getDb } from "@/db";
import { getLoyalty } from "@/lib/analytics/loyalty";
import { analyticsMonths, getRetention } from "@/lib/analytics/retention";
import type { RetentionMode } from "@/lib/analytics/retention-params";
import { getTeam } from "@/lib/analytics/team";

/*
 * Per-request memoised loaders: the widgets of one page each stream in their own Suspense
 * boundary but share one query. Arguments are primitives so React's cache can key on them.
 */
export const loadRetention = cache(async (orgId: string, from: string | undefined, to: string | undefined, mode: RetentionMode) =>
  getRetention(await getDb(), { orgId }, { from, to, mode }),
);

export const loadLoyalty = cache(async (orgId: string, from: string | undefined, to: string | undefined) =>
  getLoyalty(await getDb(), { orgId }, { from, to }),
);

export const loadTeam = cache(async (orgId: string, from: string | undefined, to: string | undefined) =>
  getTeam(await getDb(), { orgId }, { from, to }),
);

export const loadMonths = cache(async (orgId: string, from: string | undefined, to: string | undefined) =>
  analyticsMonths(await getDb(), { orgId }, { from, to }),
);

type SearchParams = Record<string, string | string[] | undefined>;

/** The page's query from its URL; an invalid one falls back to the defaults and says so. */
export function parseSearch<S extends z.ZodType>(raw: SearchParams, schema: S): { query: z.infer<S>; invalid: boolean } {
  const single = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = schema.safeParse(single);
  return parsed.success ? { query: parsed.data, invalid: false } : { query: schema.parse({}), invalid: true };
}
