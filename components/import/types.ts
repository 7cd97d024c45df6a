import type { ImportMapping } from "@/db/schema/imports";
import type { ImportView } from "@/lib/import/present";

export type { ImportView };

/** The upload route's answer: the pending job and what the mapping step shows. */
export interface UploadResult {
  job: ImportView;
  headers: string[];
  preview: string[][];
  mapping: ImportMapping;
}
