import "server-only";
import type { Db } from "@/db/client";
import { exportCustomersPage, type ExportCursor } from "@/db/queries/customers-export";
import type { CustomerFilters } from "@/db/queries/customers";
import { customerColumns } from "@/db/schema/imports";
import { csvLine, UTF8_BOM } from "./csv-write";

const PAGE_ROWS = 2000;

/**
 * The customers matching the list's filters as a CSV stream: UTF-8 with a BOM, the import's
 * columns (so an export imports back unchanged; `extra` as a JSON object), formula-like cells neutralised, RFC 4180 quoting.
 * Pages are read only as fast as the client downloads them.
 */
export function exportCustomersCsv(db: Db, filters: CustomerFilters): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: ExportCursor | undefined;
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(UTF8_BOM + csvLine(customerColumns)));
        }
        const page = await exportCustomersPage(db, { filters, after, limit: PAGE_ROWS });
        if (page.length > 0) {
          const text = page
            .map((c) => csvLine(customerColumns.map((column) => exportCell(c, column))))
            .join("");
          controller.enqueue(encoder.encode(text));
        }
        const last = page.at(-1);
        if (!last || page.length < PAGE_ROWS) controller.close();
        else after = { createdAt: last.cursor, id: last.id };
      },
    },
    { highWaterMark: 1 },
  );
}

type ExportRow = Awaited<ReturnType<typeof exportCustomersPage>>[number];

function exportCell(row: ExportRow, column: (typeof customerColumns)[number]): string | null {
  if (column === "createdAt") return row.createdAt.toISOString();
  if (column === "extra") return row.extra && Object.keys(row.extra).length > 0 ? JSON.stringify(row.extra) : null;
  return row[column];
}
