import "server-only";
import { getDb } from "@/db";
import { findRejections, listRejections } from "@/db/queries/imports";
import { importFields, type ImportJob, type ImportMapping } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { DomainError, invalid } from "@/core/errors";
import { csvLine, UTF8_BOM } from "@/core/import/csv-write";
import { saveUpload } from "./file-store";
import type { RowCells } from "@/core/import/row";
import { acceptUpload, newUploadTarget, ownImport, startImportFor } from "./service";
import { MAX_ORG_UPLOAD_BYTES, sweepOrgUploads } from "./upload-sweep";

/** A row's number in the file the owner uploaded: a retry's rows carry the numbers they had there. */
const sourceRow = (job: ImportJob, row: number) => job.options.sourceRows?.[row - 1] ?? row;

/** One page of an import's rejected rows for the screen: each with its number in the uploaded file, its reasons and cells. */
export async function rejectedRowsFor(user: CurrentUser, id: string, page: { afterRow: number; limit: number }) {
  const job = await ownImport(user, id);
  const rows = await listRejections(await getDb(), { orgId: user.orgId, importId: job.id, ...page });
  const last = rows.at(-1);
  return {
    items: rows.map((r) => ({ ...r, sourceRow: sourceRow(job, r.row) })),
    nextAfter: last && rows.length === page.limit ? last.row : null,
  };
}

async function* once(bytes: Uint8Array) {
  yield bytes;
}

/**
 * Fix-and-retry: imports some rejected rows of a finished import again, with the owner's
 * corrections over the cells as read (a blank correction removes the value), as a new import of
 * the same locale, time zone and value mapping. Its rows keep their numbers in the first file.
 */
export async function retryRejectedRowsFor(user: CurrentUser, id: string, edits: { row: number; cells: RowCells }[]) {
  const job = await ownImport(user, id);
  if (job.status !== "done") throw new DomainError(409, "import_not_finished");
  const stored = new Map((await findRejections(await getDb(), { orgId: user.orgId, importId: job.id, rows: edits.map((e) => e.row) })).map((r) => [r.row, r]));
  if (edits.some((e) => !stored.has(e.row))) throw invalid({ rows: ["unknown_row"] });
  const rows = edits.map((edit) => {
    const cells: RowCells = { ...stored.get(edit.row)?.cells, ...edit.cells };
    return { row: sourceRow(job, edit.row), cells: Object.fromEntries(Object.entries(cells).filter(([, v]) => v?.trim())) as RowCells };
  });
  const fields = importFields.filter((field) => rows.some((r) => r.cells[field] !== undefined));
  const csv = new TextEncoder().encode(UTF8_BOM + csvLine(fields) + rows.map((r) => csvLine(fields.map((f) => r.cells[f]))).join(""));
  // Its file takes room among the organization's uploads like any other.
  if (csv.length > MAX_ORG_UPLOAD_BYTES - (await sweepOrgUploads(user.orgId))) throw new DomainError(413, "storage_full");
  const target = newUploadTarget(user);
  const bytes = await saveUpload(once(csv), target.file);
  const mapping: ImportMapping = Object.fromEntries(fields.map((f) => [f, f]));
  await acceptUpload(user, { ...target, filename: job.filename, bytes, locale: job.locale }, mapping);
  const options = { ...job.options, sourceRows: rows.map((r) => r.row) };
  return (await startImportFor(user, target.id, { mapping, locale: job.locale, options })).job;
}
