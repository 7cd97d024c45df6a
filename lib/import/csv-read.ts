import Papa from "papaparse";

export interface CsvRecord {
  cells: string[];
  /** papaparse reported a quoting error in this record (an unclosed or stray quote). */
  malformed: boolean;
}

/** Enough text to see the first line whole when guessing the delimiter and line ending. */
const SNIFF_CHARS = 64 * 1024;

/**
 * Parses CSV text arriving in chunks with papaparse's own incremental parser: each chunk is parsed
 * up to its last complete record, and the unfinished rest (possibly inside a quoted field that
 * spans lines) is carried over to the next chunk, as papaparse's streamers do. The delimiter
 * (`,` `;` tab `|`) and the line ending are guessed from the first line. Records whose cells are
 * all blank are skipped.
 */
export async function* csvRecords(chunks: AsyncIterable<string>): AsyncGenerator<CsvRecord> {
  let parser: Papa.Parser | undefined;
  let pending = "";
  for await (const chunk of chunks) {
    pending += chunk;
    if (!parser) {
      if (pending.length < SNIFF_CHARS) continue;
      parser = createParser(pending);
    }
    const { records, rest } = parse(parser, pending, true);
    pending = rest;
    yield* records;
  }
  if (!parser) {
    if (!pending) return;
    parser = createParser(pending);
  }
  yield* parse(parser, pending, false).records;
}

function createParser(sample: string): Papa.Parser {
  const head = Papa.parse<string[]>(sample.slice(0, SNIFF_CHARS), { preview: 1, skipEmptyLines: true, delimitersToGuess: [",", ";", "\t", "|"] });
  const newline = head.meta.linebreak as "\r\n" | "\n" | "\r";
  return new Papa.Parser({ delimiter: head.meta.delimiter, newline: ["\r\n", "\n", "\r"].includes(newline) ? newline : "\n" });
}

interface ParserResult {
  data: string[][];
  errors: Papa.ParseError[];
  meta: { cursor: number };
}

function parse(parser: Papa.Parser, text: string, more: boolean): { records: CsvRecord[]; rest: string } {
  const result = parser.parse(text, 0, more) as ParserResult;
  const malformed = new Set(result.errors.filter((e) => e.type === "Quotes").map((e) => e.row));
  const records: CsvRecord[] = [];
  result.data.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === "")) return;
    records.push({ cells, malformed: malformed.has(index) });
  });
  return { records, rest: more ? text.slice(result.meta.cursor) : "" };
}
