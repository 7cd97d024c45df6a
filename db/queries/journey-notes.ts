import "server-only";
import { sql } from "drizzle-orm";
import type { Locale } from "../../core/constants";
import type { Db } from "../client";
import { queryRows } from "../sql";

export interface StageNoteRow {
  stageKey: string;
  locale: Locale | null;
  goal: string;
  need: string;
  opportunities: string;
  createdAt: Date | string;
  authorName: string | null;
}

const columns = sql`n.stage_key as "stageKey", n.locale, n.goal, n.need, n.opportunities, n.created_at as "createdAt", u.name as "authorName"`;

/** The newest version of each stage's note for `locale` and of its shared note (locale null). */
export async function listCurrentStageNotes(db: Db, { orgId, locale }: { orgId: string; locale: Locale }): Promise<StageNoteRow[]> {
  return queryRows<StageNoteRow>(
    db,
    sql`select distinct on (n.stage_key, n.locale) ${columns}
      from journey_stage_notes n left join users u on u.org_id = n.org_id and u.id = n.author_id
      where n.org_id = ${orgId} and (n.locale = ${locale} or n.locale is null)
      order by n.stage_key, n.locale, n.created_at desc, n.id desc`,
  );
}

/** A stage's note versions, newest first, every locale. */
export async function listStageNoteVersions(db: Db, { orgId, stageKey, limit }: { orgId: string; stageKey: string; limit: number }): Promise<StageNoteRow[]> {
  return queryRows<StageNoteRow>(
    db,
    sql`select ${columns}
      from journey_stage_notes n left join users u on u.org_id = n.org_id and u.id = n.author_id
      where n.org_id = ${orgId} and n.stage_key = ${stageKey}
      order by n.created_at desc, n.id desc limit ${limit}`,
  );
}
