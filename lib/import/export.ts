import "server-only";
import { readDb } from "@/db";
import type { Db } from "@/db/client";
import { exportCustomersPage, type ExportCursor } from "@/db/queries/customers-export";
import type { CustomerFilters } from "@/db/queries/customers";
import { customerColumns } from "@/core/import/columns";
import { csvLine, UTF8_BOM } from "@/core/import/csv-write";
import { forbidden } from "@/core/errors";
import { can } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import type { ListQuery } from "@/lib/customers/schemas";
import { searchTermsFor } from "@/lib/customers/search";

const PAGE_ROWS = 2000;

/** The organization's customers matching the list's filters, for owners and managers (`GET /api/v1/export/customers.csv`). */
export async function exportCustomersFor(user: CurrentUser, { q, stage, journey, channel, owner, stale, lost }: ListQuery) {
  if (!can.export(user.role)) throw forbidden();
  const search = await searchTermsFor(user.orgId, q);
  return exportCustomersCsv(await readDb(), { orgId: user.orgId, search, stage, journey, channel, owner, stale, lost });
}

/**
 * The customers matching the list's filters as a CSV stream: UTF-8 with a BOM, the import's
 * columns (so an export imports back unchanged; `extra` as a JSON object), formula-like cells
 * neutralised, RFC 4180 quoting. Pages are read only as fast as the client downloads them. The first
 * page is read before the stream exists, so a query that fails does so while a problem response can
 * still be sent, not after the headers (when all the server could do is close the connection).
 */
export async function exportCustomersCsv(db: Db, filters: CustomerFilters): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  const nextPage = (after?: ExportCursor) => exportCustomersPage(db, { filters, after, limit: PAGE_ROWS });
  let page: Awaited<ReturnType<typeof nextPage>> | null = await nextPage();
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(UTF8_BOM + csvLine(customerColumns)));
      },
      async pull(controller) {
        if (!page) return;
        const text = page.map((c) => csvLine(customerColumns.map((column) => exportCell(c, column)))).join("");
        if (text) controller.enqueue(encoder.encode(text));
        const last = page.at(-1);
        if (!last || page.length < PAGE_ROWS) {
          page = null;
          controller.close();
        } else {
          page = await nextPage({ createdAt: last.cursor, id: last.id });
        }
      },
    },
    { highWaterMark: 1 },
  );
}

type ExportRow = Awaited<ReturnType<typeof exportCustomersPage>>[number];

function exportCell(row: ExportRow, column: (typeof customerColumns)[number]): string | null {
  if (column === "createdAt") return row.createdAt.toISOString();
  if (column === "extra") return row.extra && Object.keys(row.extra).length > 0 ? JSON.stringify(row.extra) : null;
  if (column === "doNotContact") return row.doNotContact ? "true" : null;
  return row[column];
}
