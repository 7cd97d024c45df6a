/**
 * A streaming reader of `multipart/form-data` (RFC 7578) for the import API: the file part is
 * handed on chunk by chunk as it arrives (to be written to disk), so an upload is never held in
 * memory as `request.formData()` would. Text fields are small and collected.
 */

export class MultipartError extends Error {
  constructor(message = "malformed multipart body") {
    super(message);
  }
}

const MAX_HEADER_BYTES = 16 * 1024;
const MAX_FIELD_BYTES = 64 * 1024;

export function boundaryOf(contentType: string | null): string | null {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? "");
  return match ? (match[1] ?? match[2] ?? null) : null;
}

class ByteReader {
  private buffer: Buffer = Buffer.alloc(0);
  private ended = false;

  constructor(private readonly source: AsyncIterator<Uint8Array>) {}

  private async fill(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.source.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    this.buffer = this.buffer.length > 0 ? Buffer.concat([this.buffer, next.value]) : Buffer.from(next.value);
    return true;
  }

  /** Yields the bytes before `delimiter` as they come, then consumes the delimiter. */
  async *until(delimiter: Buffer): AsyncGenerator<Uint8Array> {
    for (;;) {
      const at = this.buffer.indexOf(delimiter);
      if (at >= 0) {
        if (at > 0) yield this.buffer.subarray(0, at);
        this.buffer = this.buffer.subarray(at + delimiter.length);
        return;
      }
      // Keep what could be the start of a delimiter cut by the chunk boundary.
      const safe = this.buffer.length - (delimiter.length - 1);
      if (safe > 0) {
        const out = this.buffer.subarray(0, safe);
        this.buffer = this.buffer.subarray(safe);
        yield out;
      }
      if (!(await this.fill())) throw new MultipartError();
    }
  }

  async take(count: number): Promise<string> {
    while (this.buffer.length < count) if (!(await this.fill())) break;
    const out = this.buffer.subarray(0, count);
    this.buffer = this.buffer.subarray(count);
    return out.toString("latin1");
  }
}

async function collect(chunks: AsyncIterable<Uint8Array>, limit: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > limit) throw new MultipartError("multipart field too large");
    parts.push(Buffer.from(chunk));
  }
  return Buffer.concat(parts);
}

export interface FilePart {
  field: string;
  filename: string;
  contentType: string | null;
}

/**
 * Reads a multipart body: `onFile` receives each file part's bytes and must consume them; the
 * text fields are returned by name (UTF-8).
 */
export async function readMultipart(
  body: AsyncIterable<Uint8Array>,
  boundary: string,
  onFile: (part: FilePart, data: AsyncIterable<Uint8Array>) => Promise<void>,
): Promise<Record<string, string>> {
  const reader = new ByteReader(body[Symbol.asyncIterator]());
  const fields: Record<string, string> = {};
  for await (const preamble of reader.until(Buffer.from(`--${boundary}`))) void preamble;
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  for (;;) {
    const after = await reader.take(2);
    if (after === "--") return fields;
    if (after !== "\r\n") throw new MultipartError();
    const head = (await collect(reader.until(Buffer.from("\r\n\r\n")), MAX_HEADER_BYTES)).toString("utf8");
    const part = partHeaders(head);
    const data = reader.until(delimiter);
    if (part.filename !== undefined) {
      await onFile({ field: part.name, filename: part.filename, contentType: part.contentType }, data);
      for await (const rest of data) void rest;
    } else {
      fields[part.name] = (await collect(data, MAX_FIELD_BYTES)).toString("utf8");
    }
  }
}

function partHeaders(head: string): { name: string; filename?: string; contentType: string | null } {
  const lines = head.split("\r\n");
  const disposition = lines.find((line) => /^content-disposition:/i.test(line));
  const contentType = lines.find((line) => /^content-type:/i.test(line))?.replace(/^content-type:\s*/i, "") ?? null;
  if (!disposition) throw new MultipartError();
  const name = /;\s*name="([^"]*)"/i.exec(disposition)?.[1];
  if (name === undefined) throw new MultipartError();
  const star = /;\s*filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition)?.[1];
  const plain = /;\s*filename="([^"]*)"/i.exec(disposition)?.[1];
  const filename = star ? decodeURIComponent(star.trim()) : plain;
  return { name, filename, contentType };
}
