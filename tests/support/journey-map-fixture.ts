import type { Db } from "@/db/client";
import { feedback, touchpoints } from "@/db/schema";
import { insertHistory } from "./analytics-fixture";
import type { MapHistory } from "./reference/journey-map-reference";

/** Writes a MapHistory as a new organization: its stage history, then its touchpoints and feedback. */
export async function insertMapHistory(db: Db, history: MapHistory, ownerIds: readonly string[]): Promise<{ orgId: string }> {
  const { orgId } = await insertHistory(db, history, ownerIds);
  if (history.touchpoints.length) {
    await db.insert(touchpoints).values(history.touchpoints.map((t) => ({ orgId, customerId: t.customerId, channel: t.channel, kind: "message" as const, at: new Date(t.at) })));
  }
  if (history.feedback.length) {
    // stage_key is what the feedback form wrote; the map attributes by the history instead.
    await db.insert(feedback).values(history.feedback.map((f) => ({ orgId, id: f.id, customerId: f.customerId, score: f.score, comment: f.comment, at: new Date(f.at), stageKey: "awareness" })));
  }
  return { orgId };
}
