import "server-only";
import { z } from "zod";
import { problem } from "@/lib/api/problem";
import { fieldErrors, isSafeText } from "@/core/validation/fields";
import { isLocale } from "@/lib/i18n/locale";
import type { CurrentUser } from "@/lib/auth/session";
import type { ImportMapping, ImportOptions, Locale } from "@/db/schema";
import { importOptionsOf, mappingSchema, optionsSchema } from "./schemas";
import { MAX_IMPORT_BYTES, removeUpload, saveUpload, UploadTooLarge } from "./file-store";
import { boundaryOf, MultipartError, readMultipart } from "./multipart";
import { MAX_ORG_UPLOAD_BYTES, sweepOrgUploads } from "./upload-sweep";
import { defaultImportLocale, newUploadTarget, type StoredUpload } from "./service";

type Received = { ok: true; upload: StoredUpload; mapping?: ImportMapping; options: ImportOptions } | { ok: false; response: Response };

async function* chunksOf(stream: ReadableStream<Uint8Array> | null): AsyncGenerator<Uint8Array> {
  if (!stream) return;
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

const tooLarge = () => problem(413, { detail: `Uploads are limited to ${MAX_IMPORT_BYTES / 1024 / 1024} MB.` });
const storageFull = () =>
  problem(413, { code: "storage_full", detail: `The organization's unfinished uploads may take ${MAX_ORG_UPLOAD_BYTES / 1024 / 1024} MB together; start or resume them, or wait a day for them to expire.` });
const invalid = (errors: Record<string, string[]>) => problem(422, { detail: "Some fields are invalid.", errors });

/**
 * Streams an upload to disk: the body as CSV (`text/csv`, `text/plain`, `application/octet-stream`)
 * with `locale`, `mapping` (JSON), `timeZone`, `values` (JSON, see ImportOptions) and `filename` in
 * the query string, or `multipart/form-data` with a `file` part and the same optional fields. The
 * caller must be an owner (403 before a byte is read); more than 50 MB is 413, declared or counted,
 * and so is more than the room left of the organization's upload space (`storage_full`), after
 * expired uploads are swept.
 */
export async function receiveUpload(request: Request, user: CurrentUser): Promise<Received> {
  const target = newUploadTarget(user);
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES) return { ok: false, response: tooLarge() };
  const room = MAX_ORG_UPLOAD_BYTES - (await sweepOrgUploads(user.orgId));
  if (room <= 0) return { ok: false, response: storageFull() };
  const limit = Math.min(MAX_IMPORT_BYTES, room);
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  const query = new URL(request.url).searchParams;
  let fields: Record<string, string> = {};
  let filename = query.get("filename") ?? decodeHeader(request.headers.get("x-filename")) ?? "import.csv";
  let bytes = -1;
  try {
    if (type.startsWith("multipart/form-data")) {
      const boundary = boundaryOf(request.headers.get("content-type"));
      if (!boundary) return { ok: false, response: problem(400, { detail: "The multipart body has no boundary." }) };
      fields = await readMultipart(chunksOf(request.body), boundary, async (part, data) => {
        if (part.field !== "file" || bytes >= 0) return;
        filename = part.filename || filename;
        bytes = await saveUpload(data, target.file, limit);
      });
    } else if (/^(text\/csv|text\/plain|application\/octet-stream|application\/vnd\.ms-excel)\b/.test(type) || type === "") {
      bytes = await saveUpload(chunksOf(request.body), target.file, limit);
    } else {
      return { ok: false, response: problem(415, { detail: "Send the CSV as text/csv or as multipart/form-data with a `file` part." }) };
    }
  } catch (error) {
    if (error instanceof UploadTooLarge) return { ok: false, response: limit < MAX_IMPORT_BYTES ? storageFull() : tooLarge() };
    if (error instanceof MultipartError) return { ok: false, response: problem(400, { detail: error.message }) };
    throw error;
  }
  if (bytes < 0) return { ok: false, response: invalid({ file: ["required"] }) };
  const field = (name: string) => fields[name] ?? query.get(name) ?? undefined;
  const locale = field("locale");
  const mappingText = field("mapping");
  const mapping = mappingText === undefined ? undefined : parseJson(mappingText, mappingSchema);
  const valuesText = field("values");
  const options = optionsSchema.safeParse({ timeZone: field("timeZone"), values: valuesText === undefined ? undefined : jsonOrNull(valuesText) });
  const errors = {
    ...(locale === undefined || isLocale(locale) ? {} : { locale: ["invalid_choice"] }),
    ...(mapping === null ? { mapping: ["invalid"] } : {}),
    ...(isSafeText(filename) ? {} : { filename: ["invalid_characters"] }),
    ...(options.success ? {} : fieldErrors(options.error)),
  };
  if (Object.keys(errors).length > 0 || !options.success) {
    await removeUpload(target.file);
    return { ok: false, response: invalid(errors) };
  }
  const chosen: Locale = (locale as Locale | undefined) ?? (await defaultImportLocale(user));
  return { ok: true, upload: { ...target, filename, bytes, locale: chosen }, mapping: mapping ?? undefined, options: importOptionsOf(options.data) };
}

function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function parseJson<T>(text: string, schema: z.ZodType<T>): T | null {
  const parsed = schema.safeParse(jsonOrNull(text));
  return parsed.success ? parsed.data : null;
}

function decodeHeader(value: string | null): string | null {
  if (!value) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export const uuidParam = z.string().uuid();
