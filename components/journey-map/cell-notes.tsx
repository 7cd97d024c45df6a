import type { Locale } from "@/lib/journey-map/types";
import type { JourneyMapStage } from "@/lib/journey-map/types";
import type { Formats } from "./cells-journey-map";
import { DialogStageNote } from "./dialog-stage-note";

const fields = ["goal", "need", "opportunities"] as const;

/** The owner's notes on the stage (the qualitative half of the map), who last changed them and when. */
export function CellNotes({ stage, f, canEdit, locale }: { stage: JourneyMapStage; f: Formats; canEdit: boolean; locale: Locale }) {
  const { t } = f;
  const note = stage.notes;
  return (
    <div className="space-y-2 text-xs">
      {note ? (
        <>
          <dl className="space-y-1.5">
            {fields
              .filter((field) => note[field] !== "")
              .map((field) => (
                <div key={field}>
                  <dt className="font-medium text-slate-600">{t(`notes.${field}`)}</dt>
                  <dd className="whitespace-pre-line text-slate-800">{note[field]}</dd>
                </div>
              ))}
          </dl>
          <p className="text-slate-500">
            {note.updatedBy ? t("notes.editedBy", { name: note.updatedBy, date: f.date(note.updatedAt) }) : t("notes.editedAt", { date: f.date(note.updatedAt) })}
            {note.locale === null && <span className="ms-1 rounded bg-slate-100 px-1">{t("notes.sharedBadge")}</span>}
          </p>
        </>
      ) : (
        <p className="text-slate-500">{t("notes.empty")}</p>
      )}
      {canEdit && (
        <DialogStageNote
          stage={{ key: stage.key, label: stage.label }}
          values={{ goal: note?.goal ?? "", need: note?.need ?? "", opportunities: note?.opportunities ?? "", locale: note?.locale === locale ? locale : "shared" }}
          locale={locale}
        />
      )}
    </div>
  );
}
