import "server-only";
import type { z } from "zod";
import { fieldErrors } from "@/core/validation/fields";
import { problem } from "./problem";

export const MAX_JSON_BYTES = 256 * 1024;

const mediaType = (request: Request) => (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();

type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

/**
 * Reads a JSON body: 415 unless declared `application/json` (which a form or a no-cors fetch from
 * another page cannot declare), 413 when too large, 400 when not JSON, 422 with field errors when
 * invalid.
 */
export async function parseJson<S extends z.ZodType>(request: Request, schema: S): Promise<Parsed<z.infer<S>>> {
  if (mediaType(request) !== "application/json") return { ok: false, response: problem(415, { detail: "Send the body as application/json." }) };
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_JSON_BYTES) return { ok: false, response: problem(413, { detail: `Bodies are limited to ${MAX_JSON_BYTES} bytes.` }) };
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BYTES) return { ok: false, response: problem(413, { detail: `Bodies are limited to ${MAX_JSON_BYTES} bytes.` }) };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, response: problem(400, { detail: "The body is not valid JSON." }) };
  }
  return parseValue(json, schema);
}

/** Validates query parameters (repeated keys keep their last value). */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): Parsed<z.infer<S>> {
  return parseValue(Object.fromEntries(new URL(request.url).searchParams), schema);
}

function parseValue<S extends z.ZodType>(value: unknown, schema: S): Parsed<z.infer<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, response: problem(422, { detail: "Some fields are invalid.", errors: fieldErrors(result.error) }) };
}
