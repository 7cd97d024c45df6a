import "server-only";
import { randomUUID } from "node:crypto";
import { access } from "node:fs/promises";
import { connection, getDb } from "@/db";
import { claimImport, createImport, reviveImport, startImport } from "@/db/mutations/imports";
import { getImport, listImports, listRejections, listStalledImports, loadImportContext } from "@/db/queries/imports";
import { findOrganization } from "@/db/queries/organizations";
import type { ImportJob, ImportMapping, ImportOptions, Locale } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { DomainError, forbidden, invalid, notFound } from "@/lib/errors";
import { mappingErrors, suggestMapping } from "./fields";
import { importPath, importsDir, removeUpload } from "./file-store";
import { fieldLabels } from "./labels";
import { presentImport } from "./present";
import { rejectionReportCsv, type ReportTranslator } from "./report";
import { runImportInBackground } from "./runner";
import { inspectUpload } from "./source";
import { valueTargetErrors } from "./value-resolve";
import { isWorkerGone, workerState } from "./worker";

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
  const errors = summary && mapping ? mappingErrors(mapping, summary.headers) : {};
  if (!summary || Object.keys(errors).length > 0) {
    await removeUpload(input.file);
    throw invalid(summary ? prefixed(errors) : { file: ["empty_file"] });
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

/** Long enough for a page or a progress poll (a few queries) to run between two batches on PGlite. */
const PGLITE_PAUSE_MS = 60;

/** Runs the job in this process; the promise never rejects (the runner records failures on the job). */
async function run(job: ImportJob) {
  try {
    const { db, engine } = await connection();
    return await runImportInBackground(db, job, { dir: importsDir(), worker: workerState().id, pauseMs: engine === "pglite" ? PGLITE_PAUSE_MS : 0 });
  } catch (error) {
    console.error(error);
    return null;
  }
}

/**
 * Starts a pending job with the column mapping, time zone and value mapping the owner confirmed;
 * the rows are imported in the background.
 */
export async function startImportFor(user: CurrentUser, id: string, input: { mapping: ImportMapping; locale: Locale; options?: ImportOptions }) {
  const job = await ownImport(user, id);
  if (job.status !== "pending") throw new DomainError(409, "import_started");
  const db = await getDb();
  const errors = { ...prefixed(mappingErrors(input.mapping, job.headers)), ...valueTargetErrors(input.options ?? {}, await loadImportContext(db, { orgId: user.orgId })) };
  if (Object.keys(errors).length > 0) throw invalid(errors);
  const started = await startImport(db, { orgId: user.orgId, id, worker: workerState().id, ...input });
  if (!started) throw new DomainError(409, "import_started");
  return { job: presentImport(started), done: run(started) };
}

/**
 * Takes over an interrupted job (running, its worker gone) or, when `failed` is allowed, a failed
 * one whose file is still there, and runs it here. Anything else is left as it is.
 */
async function resume(job: ImportJob, { failed }: { failed: boolean }): Promise<ImportJob> {
  const db = await getDb();
  const worker = workerState().id;
  let claimed: ImportJob | null = null;
  if (job.status === "running" && isWorkerGone(job)) {
    claimed = await claimImport(db, { orgId: job.orgId, id: job.id, worker, seenWorker: job.worker });
  } else if (failed && job.status === "failed" && (await exists(importPath(importsDir(), job.orgId, job.id)))) {
    claimed = await reviveImport(db, { orgId: job.orgId, id: job.id, worker });
  }
  if (!claimed) return job;
  void run(claimed);
  return claimed;
}

const exists = (file: string) => access(file).then(() => true, () => false);

/** A job's progress; an interrupted job is resumed by this very request. */
export async function importStatusFor(user: CurrentUser, id: string) {
  return presentImport(await resume(await ownImport(user, id), { failed: false }));
}

/** The owner's resume button: interrupted and failed jobs both. */
export async function resumeImportFor(user: CurrentUser, id: string) {
  return presentImport(await resume(await ownImport(user, id), { failed: true }));
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
  const { done } = await startImportFor(user, upload.id, { mapping: accepted.mapping, locale: upload.locale, options });
  await done;
  const job = await ownImport(user, upload.id);
  if (job.status !== "done") throw new DomainError(409, "import_not_finished", {}, { id: job.id, status: job.status, error: job.error });
  return { id: job.id, status: job.status, created: job.createdCount, updated: job.updatedCount, unchanged: job.unchangedCount, rejected: await allRejections(user.orgId, job.id) };
}

/** Server start: resumes every job whose worker is gone (a crash or a restart mid-import). */
export async function resumeStalledImports() {
  const db = await getDb();
  for (const job of await listStalledImports(db, { before: new Date() })) {
    if (isWorkerGone(job)) await resume(job, { failed: false });
  }
}

/** The error report of one of the organization's imports, its messages in the locale `translator` picks. */
export async function rejectionReportFor(user: CurrentUser, id: string, translator: (jobLocale: Locale) => Promise<ReportTranslator>) {
  const job = await ownImport(user, id);
  return { job, stream: rejectionReportCsv(await getDb(), job, await translator(job.locale)) };
}
