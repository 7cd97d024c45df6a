import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "@/db";
import { createImport, queueImport } from "@/db/mutations/imports";
import { getImport, listImports, listRejections, loadImportContext } from "@/db/queries/imports";
import { findOrganization } from "@/db/queries/organizations";
import type { ImportJob, ImportMapping, ImportOptions, Locale } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { DomainError, forbidden, invalid, notFound } from "@/core/errors";
import { isSafeText } from "@/core/validation/fields";
import { mappingErrors, suggestMapping } from "@/core/import/fields";
import { importPath, importsDir, removeUpload } from "./file-store";
import { fieldLabels } from "@/core/import/labels";
import { presentImport } from "./present";
import { rejectionReportCsv, type ReportTranslator } from "./report";
import { resumeImport, startNextImport, waitForImport } from "./queue";
import { inspectUpload } from "./source";
import { valueTargetErrors } from "@/core/import/value-resolve";

function assertOwner(user: CurrentUser) {
  if (!can.manageSettings(user.role)) throw forbidden();
}

/** Where a new upload of this user's organization goes, before any byte is read. */
export function newUploadTarget(user: CurrentUser): { id: string; file: string } {
  assertOwner(user);
  const id = randomUUID();
  return { id, file: importPath(importsDir(), user.orgId, id) };
}

/** The locale whose date formats and labels apply when the caller names none. */
export async function defaultImportLocale(user: CurrentUser): Promise<Locale> {
  return (await findOrganization(await getDb(), { orgId: user.orgId }))?.defaultLocale ?? "he";
}

export interface StoredUpload {
  id: string;
  file: string;
  filename: string;
  bytes: number;
  locale: Locale;
}

const prefixed = (errors: Record<string, string[]>) => Object.fromEntries(Object.entries(errors).map(([k, v]) => [`mapping.${k}`, v]));

/**
 * Registers a stored upload as a pending job: its encoding, header, first rows, row count and each
 * column's distinct values (for the value step). A mapping given here (the API) is checked against
 * the header first; a refused upload is deleted.
 */
export async function acceptUpload(user: CurrentUser, input: StoredUpload, mapping?: ImportMapping) {
  assertOwner(user);
  const summary = await inspectUpload(input.file, input.locale);
  const errors = !summary ? { file: ["empty_file"] } : !summary.headers.every(isSafeText) ? { file: ["invalid_characters"] } : mapping ? prefixed(mappingErrors(mapping, summary.headers)) : {};
  if (!summary || Object.keys(errors).length > 0) {
    await removeUpload(input.file);
    throw invalid(errors);
  }
  const job = await createImport(await getDb(), {
    orgId: user.orgId,
    id: input.id,
    createdBy: user.id,
    filename: input.filename.slice(0, 200) || "import.csv",
    encoding: summary.encoding,
    byteSize: input.bytes,
    headers: summary.headers,
    totalRows: summary.totalRows,
    locale: input.locale,
    mapping: mapping ?? suggestMapping(summary.headers, fieldLabels()),
  });
  return { job: presentImport(job), headers: summary.headers, preview: summary.preview, mapping: job.mapping, values: summary.values };
}

/** One of the caller's organization's imports; owners only, 404 for anything else. */
export async function ownImport(user: CurrentUser, id: string): Promise<ImportJob> {
  assertOwner(user);
  const job = await getImport(await getDb(), { orgId: user.orgId, id });
  if (!job) throw notFound();
  return job;
}

/**
 * Starts a pending job with the column mapping, time zone and value mapping the owner confirmed: it
 * joins the organization's queue (`waiting`) and runs in the background when its turn comes, at once
 * if no other runs. `finished` waits for it to end (the synchronous API import).
 */
export async function startImportFor(user: CurrentUser, id: string, input: { mapping: ImportMapping; locale: Locale; options?: ImportOptions }) {
  const job = await ownImport(user, id);
  if (job.status !== "pending") throw new DomainError(409, "import_started");
  const db = await getDb();
  const errors = { ...prefixed(mappingErrors(input.mapping, job.headers)), ...valueTargetErrors(input.options ?? {}, await loadImportContext(db, { orgId: user.orgId })) };
  if (Object.keys(errors).length > 0) throw invalid(errors);
  const queued = await queueImport(db, { orgId: user.orgId, id, ...input });
  if (!queued) throw new DomainError(409, "import_started");
  await startNextImport(user.orgId);
  return { job: presentImport(await ownImport(user, id)), finished: () => waitForImport(user.orgId, id) };
}

/** A job's progress; an interrupted job is resumed by this very request. */
export async function importStatusFor(user: CurrentUser, id: string) {
  return presentImport(await resumeImport(await ownImport(user, id), { failed: false }));
}

/** The owner's resume button: interrupted and failed jobs both. */
export async function resumeImportFor(user: CurrentUser, id: string) {
  return presentImport(await resumeImport(await ownImport(user, id), { failed: true }));
}

export async function listImportsFor(user: CurrentUser) {
  assertOwner(user);
  return (await listImports(await getDb(), { orgId: user.orgId })).map(presentImport);
}

/** Every rejected row of a job, in order: the API's `rejected` list. */
export async function allRejections(orgId: string, importId: string) {
  const db = await getDb();
  const out: { row: number; errors: Record<string, string[]> }[] = [];
  for (let afterRow = 0; ; ) {
    const page = await listRejections(db, { orgId, importId, afterRow, limit: 5000 });
    out.push(...page.map(({ row, errors }) => ({ row, errors })));
    const last = page.at(-1);
    if (!last || page.length < 5000) return out;
    afterRow = last.row;
  }
}

/**
 * The synchronous API import: starts the stored upload with the given (or suggested) mapping and
 * answers when every row is in. A client that hangs up does not stop the job.
 */
export async function importNowFor(user: CurrentUser, upload: StoredUpload, mapping: ImportMapping | undefined, options: ImportOptions = {}) {
  const accepted = await acceptUpload(user, upload, mapping);
  const { finished } = await startImportFor(user, upload.id, { mapping: accepted.mapping, locale: upload.locale, options });
  const job = await finished();
  if (job.status !== "done") throw new DomainError(409, "import_not_finished", {}, { id: job.id, jobStatus: job.status, error: job.error });
  return { id: job.id, status: job.status, created: job.createdCount, updated: job.updatedCount, unchanged: job.unchangedCount, rejected: await allRejections(user.orgId, job.id) };
}

/** The error report of one of the organization's imports, its messages in the locale `translator` picks. */
export async function rejectionReportFor(user: CurrentUser, id: string, translator: (jobLocale: Locale) => Promise<ReportTranslator>) {
  const job = await ownImport(user, id);
  return { job, stream: rejectionReportCsv(await getDb(), job, await translator(job.locale)) };
}
