import type { Locale } from "@/core/constants";
import type { RowCells } from "@/core/import/row-cells";
import type { ImportView, UploadResult } from "./types";

export type UploadOutcome = { ok: true; data: UploadResult } | { ok: false; code: string };

/** Sends the file as the raw request body: the server streams it to disk as it arrives. */
export async function uploadImportFile(file: File, locale: Locale): Promise<UploadOutcome> {
  const response = await fetch(`/api/v1/import/jobs?locale=${locale}`, {
    method: "POST",
    body: file,
    credentials: "same-origin",
    headers: { "content-type": "text/csv", "x-filename": encodeURIComponent(file.name), accept: "application/json" },
  }).catch(() => null);
  if (!response) return { ok: false, code: "server_error" };
  if (response.ok) return { ok: true, data: (await response.json()) as UploadResult };
  const body = (await response.json().catch(() => ({}))) as { errors?: Record<string, string[]>; code?: string };
  if (response.status === 413) return { ok: false, code: body.code ?? "too_large" };
  const first = Object.values(body.errors ?? {})[0]?.[0];
  return { ok: false, code: first ?? body.code ?? "server_error" };
}

export async function fetchImportJob(id: string): Promise<ImportView> {
  const response = await fetch(`/api/v1/import/jobs/${id}`, { credentials: "same-origin", headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`import status request failed with ${response.status}`);
  return (await response.json()) as ImportView;
}

export const errorReportUrl = (id: string, locale: Locale) => `/api/v1/import/jobs/${id}/errors.csv?locale=${locale}`;

export interface RejectedRow {
  /** The row's number in this import (what a retry names). */
  row: number;
  /** Its number in the file the owner uploaded. */
  sourceRow: number;
  errors: Record<string, string[]>;
  cells: RowCells;
}

export async function fetchRejections(id: string, after: number): Promise<{ items: RejectedRow[]; nextAfter: number | null }> {
  const response = await fetch(`/api/v1/import/jobs/${id}/rejections?after=${after}&limit=${REJECTIONS_PAGE}`, { credentials: "same-origin", headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`rejections request failed with ${response.status}`);
  return (await response.json()) as { items: RejectedRow[]; nextAfter: number | null };
}

export const REJECTIONS_PAGE = 20;
