import "server-only";
import { getDb, readDb } from "@/db";
import { addStageNoteVersion } from "@/db/mutations/journey-notes";
import { loadAnalyticsContext } from "@/db/queries/analytics-funnel-context";
import { listCurrentStageNotes, listStageNoteVersions } from "@/db/queries/journey-notes";
import { listStages } from "@/db/queries/stages";
import type { Locale } from "@/core/constants";
import { localDate } from "@/core/analytics/dates";
import { funnelStages } from "@/core/analytics/funnel-math";
import { can, customerScope } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { forbidden } from "@/core/errors";
import { stageLabel } from "@/lib/journey/labels";
import { buildStage } from "./build";
import { loadStageFigures } from "./figures";
import { presentNote, pickNote } from "./notes";
import { resolveRange, type JourneyMapParams, type StageNoteInput } from "./params";
import type { JourneyMap } from "./types";

/*
 * The journey map for the page and `GET /api/v1/analytics/journey-map`: owners and managers see the
 * whole organization, sales users the same map of their own customers. The owner's notes are the
 * same for everyone who may see the map.
 */

/** The range a view covers and today, both in the organization's time zone (the filters' presets end today). */
export async function journeyMapRangeFor(user: CurrentUser, params: JourneyMapParams, now = new Date()) {
  const ctx = await loadAnalyticsContext(await readDb(), { orgId: user.orgId });
  const today = localDate(now.getTime(), ctx.timeZone);
  return { ...resolveRange(params, today), today };
}

export async function getJourneyMapFor(user: CurrentUser, input: JourneyMapParams & { locale: Locale; now?: Date }): Promise<JourneyMap> {
  const db = await readDb();
  const ctx = await loadAnalyticsContext(db, { orgId: user.orgId });
  const today = localDate((input.now ?? new Date()).getTime(), ctx.timeZone);
  const { from, to } = resolveRange(input, today);
  const query = { journey: input.journey, from, to, ownerId: customerScope(user).ownerId, today };
  const [figures, stageRows, notes] = await Promise.all([
    loadStageFigures(db, ctx, query),
    listStages(db, { orgId: user.orgId }),
    // The owner's notes from the primary: the map shown after saving one must show it.
    listCurrentStageNotes(await getDb(), { orgId: user.orgId, locale: input.locale }),
  ]);
  const labels = new Map(stageRows.map((s) => [s.key, stageLabel(s, input.locale)]));
  const keys = funnelStages(ctx.stages, input.journey).map((s) => s.key);
  return {
    journey: input.journey,
    from,
    to,
    stages: keys.map((key, i) => {
      const figure = figures.get(key);
      if (!figure) throw new Error(`no figures for stage ${key}`);
      return buildStage({ key, label: labels.get(key) ?? key, isLast: i === keys.length - 1 }, figure, pickNote(notes, key, input.locale));
    }),
  };
}

/** Only the owner writes the map's notes; every save is a new version. */
export async function saveStageNoteFor(user: CurrentUser, input: StageNoteInput) {
  if (!can.editJourneyNotes(user.role)) throw forbidden();
  return addStageNoteVersion(await getDb(), { ...input, orgId: user.orgId, authorId: user.id });
}

export const NOTE_VERSIONS_SHOWN = 10;

/** Who changed a stage's note and when, newest first (owners and managers). */
export async function listStageNoteVersionsFor(user: CurrentUser, stageKey: string) {
  if (!can.viewAnalytics(user.role)) throw forbidden();
  const rows = await listStageNoteVersions(await getDb(), { orgId: user.orgId, stageKey, limit: NOTE_VERSIONS_SHOWN });
  return rows.map(presentNote);
}
