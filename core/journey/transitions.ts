import { LOST, type RequirableField, type TransitionRule } from "@/core/constants";

export interface StageRule {
  key: string;
  position: number;
  transitionRule: TransitionRule;
  requiredFields: string[];
  archivedAt: Date | null;
}

export interface MoveRequest {
  /** Where the customer is: its stage, and whether it is lost (then `from` is the stage it was lost from). */
  from: { key: string; lost: boolean };
  to: string;
  reason?: string | null;
  note?: string | null;
  purchaseAmountMinor?: number | null;
  customer: { email: string | null; phone: string | null };
}

export type MoveIssue =
  | { field: "to"; code: "unknown_stage" | "archived_stage" | "same_stage" | "already_lost" }
  | { field: "reason"; code: "reason_required_lost" | "reason_required_backward" | "reason_required_skip" }
  | { field: RequirableField; code: "required_by_stage" };

export type MoveKind = "forward" | "skip" | "backward" | "lost" | "revive";

/** Classifies a move between two live stages by their positions among the non-archived stages. */
export function moveKind(stages: StageRule[], fromKey: string, toKey: string): MoveKind {
  const live = stages.filter((s) => !s.archivedAt || s.key === fromKey).sort((a, b) => a.position - b.position);
  const fromIndex = live.findIndex((s) => s.key === fromKey);
  const toIndex = live.findIndex((s) => s.key === toKey);
  if (toIndex < fromIndex) return "backward";
  return toIndex - fromIndex > 1 ? "skip" : "forward";
}

/**
 * The journey's transition rules (SPEC §2). Rules are opt-in per stage: the rule of the stage being
 * left decides whether a backward move or a skip needs a reason; the stage being entered lists the
 * fields it requires. Dropping to `lost` always needs a reason; coming back from `lost` does not.
 */
export function checkMove(stages: StageRule[], move: MoveRequest): MoveIssue[] {
  if (move.to === LOST) {
    if (move.from.lost) return [{ field: "to", code: "already_lost" }];
    return move.reason?.trim() ? [] : [{ field: "reason", code: "reason_required_lost" }];
  }
  const target = stages.find((s) => s.key === move.to);
  if (!target) return [{ field: "to", code: "unknown_stage" }];
  if (target.archivedAt) return [{ field: "to", code: "archived_stage" }];
  if (!move.from.lost && move.from.key === move.to) return [{ field: "to", code: "same_stage" }];

  const issues: MoveIssue[] = [];
  const source = stages.find((s) => s.key === move.from.key);
  if (!move.from.lost && source?.transitionRule === "forward_only" && !move.reason?.trim()) {
    const kind = moveKind(stages, move.from.key, move.to);
    if (kind === "backward") issues.push({ field: "reason", code: "reason_required_backward" });
    if (kind === "skip") issues.push({ field: "reason", code: "reason_required_skip" });
  }
  return [...issues, ...requiredFieldIssues(target, move)];
}

function requiredFieldIssues(target: StageRule, move: CreateRequest): MoveIssue[] {
  return target.requiredFields.filter((field) => !hasRequiredField(field, move)).map((field) => ({ field: field as RequirableField, code: "required_by_stage" }));
}

/** Where a customer created without a stage starts: the first live acquisition stage, or the first live one. */
export function defaultStartStage<S extends { journey: string; position: number; archivedAt: Date | null }>(stages: S[]): S | undefined {
  const live = stages.filter((s) => !s.archivedAt).sort((a, b) => a.position - b.position);
  return live.find((s) => s.journey === "acquisition") ?? live[0];
}

export type CreateRequest = Omit<MoveRequest, "from">;

/**
 * A customer created in a stage has entered it, so a create is checked as a move into that stage
 * from `start`, where customers created without a stage begin (see defaultStartStage): the
 * target's required fields apply, and skipping past a forward-only start needs a reason. Starting
 * in `start` itself is no move, but what that stage requires still applies.
 */
export function checkCreate(stages: StageRule[], start: string, create: CreateRequest): MoveIssue[] {
  const startStage = stages.find((s) => s.key === start);
  if (create.to === start && startStage) return requiredFieldIssues(startStage, create);
  return checkMove(stages, { ...create, from: { key: start, lost: false } });
}

function hasRequiredField(field: string, move: CreateRequest): boolean {
  switch (field) {
    case "purchaseAmount":
      return typeof move.purchaseAmountMinor === "number" && move.purchaseAmountMinor > 0;
    case "email":
      return Boolean(move.customer.email);
    case "phone":
      return Boolean(move.customer.phone);
    case "note":
      return Boolean(move.note?.trim());
    default:
      return true;
  }
}
