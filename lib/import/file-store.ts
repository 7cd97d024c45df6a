import "server-only";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Readable, Transform } from "node:stream";
import { MAX_IMPORT_BYTES } from "./limits";

export { MAX_IMPORT_BYTES };

export class UploadTooLarge extends Error {
  constructor() {
    super("upload too large");
  }
}

/** Where uploaded files wait until their import is done: `<dir>/<org>/<id>.csv` (IMPORTS_DIR, default .data/imports). */
export function importsDir(): string {
  return process.env.IMPORTS_DIR ?? path.join(process.cwd(), ".data", "imports");
}

export function importPath(dir: string, orgId: string, id: string): string {
  return path.join(dir, orgId, `${id}.csv`);
}

/**
 * Streams bytes to the job's file without holding them: written under a temporary name and
 * renamed when complete, so a file on disk is always a whole upload. Refuses more than `limit`.
 */
export async function saveUpload(
  source: AsyncIterable<Uint8Array>,
  target: string,
  limit = MAX_IMPORT_BYTES,
): Promise<number> {
  await mkdir(path.dirname(target), { recursive: true });
  const partial = `${target}.part`;
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(bytes > limit ? new UploadTooLarge() : null, chunk);
    },
  });
  const file = createWriteStream(partial);
  try {
    await pipeline(Readable.from(source), counter, file);
    await rename(partial, target);
    return bytes;
  } catch (error) {
    // The file may still be opening when the pipeline fails: removed before then, it would appear after.
    if (!file.closed) await new Promise<void>((closed) => file.once("close", () => closed()));
    await rm(partial, { force: true });
    throw error;
  }
}

export function readChunks(file: string): AsyncIterable<Uint8Array> {
  return createReadStream(file, { highWaterMark: 256 * 1024 });
}

export async function removeUpload(file: string): Promise<void> {
  await rm(file, { force: true });
}
