import type { Locale } from "@/core/constants";
import type { ImportEncoding } from "@/core/import/columns";

export type { ImportEncoding };
type Legacy = Exclude<ImportEncoding, "utf-8">;

const HEBREW_LETTER = /[\u05d0-\u05ea]/;
/** Arabic letters and the Persian additions (پ چ ژ ک گ ی), without diacritics or punctuation. */
const ARABIC_LETTER = /[\u0621-\u064a\u0671-\u06d3]/;

/** What each single-byte code page makes of the bytes 0x80–0xFF (undecodable bytes become U+FFFD). */
const upperHalf = (encoding: Legacy) =>
  Array.from(new TextDecoder(encoding).decode(Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i)));

let letterTables: Record<Legacy, boolean[]> | undefined;
function letters(): Record<Legacy, boolean[]> {
  letterTables ??= {
    "windows-1255": upperHalf("windows-1255").map((c) => HEBREW_LETTER.test(c)),
    "windows-1256": upperHalf("windows-1256").map((c) => ARABIC_LETTER.test(c)),
  };
  return letterTables;
}

/**
 * Decides a file's encoding from all of its bytes, fed in chunks (the file is never held whole):
 * a UTF-8 BOM, or bytes that are valid UTF-8, mean UTF-8; otherwise the legacy code page whose
 * reading turns more of the non-ASCII bytes into letters of its script wins — Hebrew letters for
 * Windows-1255, Arabic and Persian ones for Windows-1256. Hebrew read as 1256 gives Latin accented
 * letters and diacritics, Persian read as 1255 gives vowel points and holes, so the margin is wide.
 * A tie (no letters either way) follows the import's locale.
 */
export class EncodingSniffer {
  private readonly histogram = new Float64Array(128);
  private readonly utf8 = new TextDecoder("utf-8", { fatal: true });
  private validUtf8 = true;
  private bom: boolean | undefined;
  private nonAscii = 0;

  push(chunk: Uint8Array): void {
    if (this.bom === undefined && chunk.length > 0) this.bom = chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
    for (const byte of chunk) {
      if (byte >= 0x80) {
        this.histogram[byte - 0x80] = (this.histogram[byte - 0x80] ?? 0) + 1;
        this.nonAscii++;
      }
    }
    if (this.validUtf8) {
      try {
        this.utf8.decode(chunk, { stream: true });
      } catch {
        this.validUtf8 = false;
      }
    }
  }

  result(hint?: Locale): ImportEncoding {
    if (this.bom || this.nonAscii === 0) return "utf-8";
    if (this.validUtf8) {
      try {
        this.utf8.decode();
        return "utf-8";
      } catch {
        // A multi-byte sequence cut off at the end of the file: not UTF-8.
      }
    }
    const hebrew = this.letterShare("windows-1255");
    const arabic = this.letterShare("windows-1256");
    if (hebrew === arabic) return hint === "fa" ? "windows-1256" : "windows-1255";
    return hebrew > arabic ? "windows-1255" : "windows-1256";
  }

  private letterShare(encoding: Legacy): number {
    const table = letters()[encoding];
    let hits = 0;
    this.histogram.forEach((count, i) => {
      if (table[i]) hits += count;
    });
    return hits / this.nonAscii;
  }
}

export function detectEncoding(bytes: Uint8Array, hint?: Locale): ImportEncoding {
  const sniffer = new EncodingSniffer();
  sniffer.push(bytes);
  return sniffer.result(hint);
}

/** Decodes byte chunks as they arrive; a UTF-8 BOM is dropped. */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array>, encoding: ImportEncoding): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
