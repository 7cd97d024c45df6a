import "server-only";
import { DomainError } from "@/core/errors";
import type { Db } from "../client";
import { applyMove, loadStageRules, type MoveInput } from "./moves";

export interface BulkMoveInput extends Omit<MoveInput, "customerId" | "version" | "at" | "purchaseAmountMinor"> {
  items: { customerId: string; version: number }[];
}

export type BulkMoveResult =
  | { customerId: string; ok: true; version: number }
  | { customerId: string; ok: false; status: number; code: string; fieldErrors: Record<string, string[]> };

/**
 * Moves many customers with one reason, in one transaction. Each customer gets a savepoint, so a
 * conflict or a rule refusal is reported for that customer and the others still move.
 */
export async function bulkMove(db: Db, { items, ...move }: BulkMoveInput): Promise<BulkMoveResult[]> {
  return db.transaction(async (tx) => {
    const rules = await loadStageRules(tx, move.orgId);
    const results: BulkMoveResult[] = [];
    for (const item of items) {
      try {
        const { customer } = await tx.transaction((savepoint) => applyMove(savepoint, { ...move, ...item }, rules));
        results.push({ customerId: item.customerId, ok: true, version: customer.version });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        results.push({ customerId: item.customerId, ok: false, status: error.status, code: error.code, fieldErrors: error.fieldErrors });
      }
    }
    return results;
  });
}
