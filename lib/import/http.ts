import "server-only";
import { z } from "zod";
import { problem } from "@/lib/api/problem";
import { isLocale } from "@/lib/i18n/locale";
import type { CurrentUser } from "@/lib/auth/session";
import type { ImportMapping, Locale } from "@/db/schema";
import { mappingSchema } from "./fields";
import { MAX_IMPORT_BYTES, removeUpload, saveUpload, UploadTooLarge } from "./file-store";
import { boundaryOf, MultipartError, readMultipart } from "./multipart";
import { defaultImportLocale, newUploadTarget, type StoredUpload } from "./service";

type Received = { ok: true; upload: StoredUpload; mapping?: ImportMapping } | { ok: false; response: Response };

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
const invalid = (errors: Record<string, string[]>) => problem(422, { detail: "Some fields are invalid.", errors });

/**
 * Streams an upload to disk: the body as CSV (`text/csv`, `text/plain`, `application/octet-stream`)
 * with `locale`, `mapping` (JSON) and `filename` in the query string, or `multipart/form-data` with
 * a `file` part and optional `locale` and `mapping` fields. The caller must be an owner (403 before
 * a byte is read); more than 50 MB is 413, declared or counted.
 */
export async function receiveUpload(request: Request, user: CurrentUser): Promise<Received> {
  const target = newUploadTarget(user);
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES) return { ok: false, response: tooLarge() };
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
        bytes = await saveUpload(data, target.file);
      });
    } else if (/^(text\/csv|text\/plain|application\/octet-stream|application\/vnd\.ms-excel)\b/.test(type) || type === "") {
      bytes = await saveUpload(chunksOf(request.body), target.file);
    } else {
      return { ok: false, response: problem(415, { detail: "Send the CSV as text/csv or as multipart/form-data with a `file` part." }) };
    }
  } catch (error) {
    if (error instanceof UploadTooLarge) return { ok: false, response: tooLarge() };
    if (error instanceof MultipartError) return { ok: false, response: problem(400, { detail: error.message }) };
    throw error;
  }
  if (bytes < 0) return { ok: false, response: invalid({ file: ["required"] }) };
  const locale = fields.locale ?? query.get("locale") ?? undefined;
  const mappingText = fields.mapping ?? query.get("mapping") ?? undefined;
  const mapping = mappingText === undefined ? undefined : parseMapping(mappingText);
  const localeOk = locale === undefined || isLocale(locale);
  if (!localeOk || mapping === null) {
    await removeUpload(target.file);
    return { ok: false, response: invalid({ ...(localeOk ? {} : { locale: ["invalid_choice"] }), ...(mapping === null ? { mapping: ["invalid"] } : {}) }) };
  }
  const chosen: Locale = locale ?? (await defaultImportLocale(user));
  return { ok: true, upload: { ...target, filename, bytes, locale: chosen }, mapping };
}

function parseMapping(text: string): ImportMapping | null {
  try {
    const parsed = mappingSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
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
