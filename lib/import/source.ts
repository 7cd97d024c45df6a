import "server-only";
import type { Locale } from "@/core/constants";
import { ColumnValuesCollector, type ColumnValues } from "./column-values";
import { csvRecords, type CsvRecord } from "./csv-read";
import { decodeChunks, EncodingSniffer, type ImportEncoding } from "./encoding";
import { readChunks } from "./file-store";

export const PREVIEW_ROWS = 5;

/** The records of a stored upload, streamed from disk, decoded and parsed. */
export function fileRecords(file: string, encoding: ImportEncoding): AsyncGenerator<CsvRecord> {
  return csvRecords(decodeChunks(readChunks(file), encoding));
}

export interface UploadSummary {
  encoding: ImportEncoding;
  headers: string[];
  /** The first data rows, for the mapping step. */
  preview: string[][];
  totalRows: number;
  /** Each column's distinct values (see ColumnValuesCollector), for the value step. */
  values: ColumnValues;
}

/** Two streaming passes over a stored upload: its encoding, then its header, first rows, row count and distinct values. */
export async function inspectUpload(file: string, hint: Locale): Promise<UploadSummary | null> {
  const sniffer = new EncodingSniffer();
  for await (const chunk of readChunks(file)) sniffer.push(chunk);
  const encoding = sniffer.result(hint);
  let headers: string[] | null = null;
  const preview: string[][] = [];
  let totalRows = 0;
  const values = new ColumnValuesCollector();
  for await (const record of fileRecords(file, encoding)) {
    if (!headers) {
      headers = record.cells.map((cell) => cell.trim());
      continue;
    }
    totalRows++;
    if (preview.length < PREVIEW_ROWS) preview.push(record.cells);
    values.add(record.cells);
  }
  return headers ? { encoding, headers, preview, totalRows, values: values.result(headers.length) } : null;
}
