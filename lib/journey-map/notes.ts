import type { StageNoteRow as NoteRow } from "@/db/queries/journey-notes";
import type { Locale } from "@/core/constants";
import type { StageNote } from "./types";


export function presentNote(row: NoteRow): StageNote {
  return { locale: row.locale, goal: row.goal, need: row.need, opportunities: row.opportunities, updatedAt: new Date(row.createdAt).toISOString(), updatedBy: row.authorName };
}

/** A stage's note in `locale`: the one written for that locale, else the shared one, else none. */
export function pickNote(rows: readonly NoteRow[], stageKey: string, locale: Locale): StageNote | null {
  const own = rows.find((r) => r.stageKey === stageKey && r.locale === locale) ?? rows.find((r) => r.stageKey === stageKey && r.locale === null);
  return own ? presentNote(own) : null;
}
