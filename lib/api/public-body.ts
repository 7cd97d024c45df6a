import "server-only";
import { problem } from "./problem";

const mediaType = (request: Request) => (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();

/** The body's text, read no further than `max` bytes: a larger body is refused without being held in memory whole. */
async function readCapped(request: Request, max: number): Promise<string | null> {
  if (Number(request.headers.get("content-length") ?? 0) > max) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

type Fields = { ok: true; fields: Record<string, unknown> } | { ok: false; response: Response };

/**
 * A public form's fields, sent as JSON (an object) or form-encoded (what a plain HTML form on any
 * site posts): 415 for anything else, 413 past `max` bytes, 400 for JSON that is not an object.
 */
export async function readPublicFields(request: Request, max: number): Promise<Fields> {
  const type = mediaType(request);
  if (type !== "application/json" && type !== "application/x-www-form-urlencoded") {
    return { ok: false, response: problem(415, { detail: "Send the fields as application/json or application/x-www-form-urlencoded." }) };
  }
  const text = await readCapped(request, max);
  if (text === null) return { ok: false, response: problem(413, { detail: `Bodies are limited to ${max} bytes.` }) };
  if (type === "application/x-www-form-urlencoded") return { ok: true, fields: Object.fromEntries(new URLSearchParams(text)) };
  try {
    const json: unknown = JSON.parse(text);
    if (json && typeof json === "object" && !Array.isArray(json)) return { ok: true, fields: json as Record<string, unknown> };
  } catch {
    // Answered below, like any body that is not an object.
  }
  return { ok: false, response: problem(400, { detail: "The body is not a JSON object." }) };
}
