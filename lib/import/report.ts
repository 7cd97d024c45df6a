import "server-only";
import type { Db } from "@/db/client";
import { listRejections } from "@/db/queries/imports";
import { csvLine, UTF8_BOM } from "@/core/import/csv-write";
import type { ImportField } from "@/core/import/fields";

/** Translates keys of the SettingsData namespace (`errors.*`, `fields.*`, `report.*`). */
export type ReportTranslator = { (key: string): string; has(key: string): boolean };

const PAGE_ROWS = 2000;

/**
 * The error report of an import as CSV (UTF-8 with a BOM, for Excel): one line per rejected
 * field and reason, with the row number, the field's name, the value as read, the stable code
 * and its message in the reader's language.
 */
export function rejectionReportCsv(db: Db, job: { orgId: string; id: string }, t: ReportTranslator): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const message = (code: string) => (t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.invalid"));
  const fieldName = (field: string) => (t.has(`fields.${field}`) ? t(`fields.${field}`) : field);
  let afterRow = -1;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (afterRow < 0) {
          afterRow = 0;
          controller.enqueue(encoder.encode(UTF8_BOM + csvLine(["row", "field", "value", "code", "message"].map((k) => t(`report.${k}`)))));
        }
        const page = await listRejections(db, { orgId: job.orgId, importId: job.id, afterRow, limit: PAGE_ROWS });
        let text = "";
        for (const { row, errors, cells } of page) {
          for (const [field, codes] of Object.entries(errors)) {
            for (const code of codes) text += csvLine([String(row), fieldName(field), cells[field as ImportField] ?? "", code, message(code)]);
          }
        }
        if (text) controller.enqueue(encoder.encode(text));
        const last = page.at(-1);
        if (!last || page.length < PAGE_ROWS) controller.close();
        else afterRow = last.row;
      },
    },
    { highWaterMark: 1 },
  );
}
