import "server-only";
import type { z } from "zod";
import { fieldErrors } from "@/lib/validation/fields";
import { isUnsafeMethod } from "./origin";
import { problem } from "./problem";

export const MAX_JSON_BYTES = 256 * 1024;

/** What a write's body may be, by media type ("" for none declared); JSON unless a route says otherwise. */
export const JSON_BODY: readonly string[] = ["application/json"];

/** Whether the request's body is of a type the route takes (reads carry none and always are). */
export function acceptsBodyType(request: Request, types: readonly string[]): boolean {
  if (!isUnsafeMethod(request)) return true;
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  return types.includes(type);
}

type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

/** Reads a JSON body: 413 when too large, 400 when not JSON, 422 with field errors when invalid. */
export async function parseJson<S extends z.ZodType>(request: Request, schema: S): Promise<Parsed<z.infer<S>>> {
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
