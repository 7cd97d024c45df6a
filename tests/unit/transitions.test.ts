import { describe, expect, it } from "vitest";
import { checkCreate, checkMove, defaultStartStage, moveKind, type StageRule } from "@/core/journey/transitions";

const stage = (key: string, position: number, extra: Partial<StageRule> = {}): StageRule => ({
  key,
  position,
  transitionRule: "any",
  requiredFields: [],
  archivedAt: null,
  ...extra,
});
const template = ["awareness", "engagement", "consideration", "conversion", "retention", "loyalty"].map((k, i) => stage(k, i + 1));
const strict = template.map((s) => ({ ...s, transitionRule: "forward_only" as const }));
const customer = { email: null, phone: null };
const from = (key: string, lost = false) => ({ key, lost });

describe("moveKind", () => {
  it("tells forward, skip and backward moves apart by position", () => {
    expect(moveKind(template, "awareness", "engagement")).toBe("forward");
    expect(moveKind(template, "awareness", "conversion")).toBe("skip");
    expect(moveKind(template, "conversion", "engagement")).toBe("backward");
  });

  it("ignores archived stages between two live ones", () => {
    const withArchived = template.map((s) => (s.key === "engagement" ? { ...s, archivedAt: new Date() } : s));
    expect(moveKind(withArchived, "awareness", "consideration")).toBe("forward");
  });
});

describe("checkMove", () => {
  it("allows any move under the default template, without a reason", () => {
    expect(checkMove(template, { from: from("loyalty"), to: "awareness", customer })).toEqual([]);
    expect(checkMove(template, { from: from("awareness"), to: "loyalty", customer })).toEqual([]);
  });

  it("asks for a reason for backward moves and skips out of a forward-only stage", () => {
    expect(checkMove(strict, { from: from("conversion"), to: "engagement", customer })).toEqual([
      { field: "reason", code: "reason_required_backward" },
    ]);
    expect(checkMove(strict, { from: from("awareness"), to: "consideration", customer })).toEqual([
      { field: "reason", code: "reason_required_skip" },
    ]);
    expect(checkMove(strict, { from: from("awareness"), to: "engagement", customer })).toEqual([]);
    expect(checkMove(strict, { from: from("conversion"), to: "engagement", reason: "wrong click", customer })).toEqual([]);
    expect(checkMove(strict, { from: from("awareness"), to: "consideration", reason: "   ", customer })).toHaveLength(1);
  });

  it("refuses unknown, archived and same-stage targets", () => {
    expect(checkMove(template, { from: from("awareness"), to: "nope", customer })).toEqual([{ field: "to", code: "unknown_stage" }]);
    const archived = template.map((s) => (s.key === "loyalty" ? { ...s, archivedAt: new Date() } : s));
    expect(checkMove(archived, { from: from("awareness"), to: "loyalty", customer })).toEqual([{ field: "to", code: "archived_stage" }]);
    expect(checkMove(template, { from: from("awareness"), to: "awareness", customer })).toEqual([{ field: "to", code: "same_stage" }]);
  });

  it("needs a reason to drop to lost, none to come back, and cannot lose twice", () => {
    expect(checkMove(template, { from: from("engagement"), to: "lost", customer })).toEqual([{ field: "reason", code: "reason_required_lost" }]);
    expect(checkMove(template, { from: from("engagement"), to: "lost", reason: "price", customer })).toEqual([]);
    expect(checkMove(strict, { from: from("engagement", true), to: "awareness", customer })).toEqual([]);
    expect(checkMove(template, { from: from("engagement", true), to: "engagement", customer })).toEqual([]);
    expect(checkMove(template, { from: from("engagement", true), to: "lost", reason: "x", customer })).toEqual([{ field: "to", code: "already_lost" }]);
  });

  it("enforces the fields the target stage requires", () => {
    const rules = template.map((s) => (s.key === "conversion" ? { ...s, requiredFields: ["purchaseAmount", "email"] } : s));
    expect(checkMove(rules, { from: from("consideration"), to: "conversion", customer })).toEqual([
      { field: "purchaseAmount", code: "required_by_stage" },
      { field: "email", code: "required_by_stage" },
    ]);
    expect(
      checkMove(rules, {
        from: from("consideration"),
        to: "conversion",
        purchaseAmountMinor: 12000,
        customer: { email: "a@b.c", phone: null },
      }),
    ).toEqual([]);
    expect(checkMove(rules, { from: from("consideration"), to: "conversion", purchaseAmountMinor: 0, customer: { email: "a@b.c", phone: null } })).toEqual([
      { field: "purchaseAmount", code: "required_by_stage" },
    ]);
  });
});

describe("checkCreate", () => {
  const journeys = template.map((s, i) => ({ ...s, journey: i < 4 ? "acquisition" : "retention" }));

  it("starts customers in the first live acquisition stage", () => {
    expect(defaultStartStage(journeys)?.key).toBe("awareness");
    expect(defaultStartStage(journeys.map((s) => (s.key === "awareness" ? { ...s, archivedAt: new Date() } : s)))?.key).toBe("engagement");
    expect(defaultStartStage([])).toBeUndefined();
  });

  it("checks a starting stage as a move into it from the start: its required fields, and a reason to skip a forward-only start", () => {
    const rules = strict.map((s) => (s.key === "conversion" ? { ...s, requiredFields: ["email"] } : s));
    expect(checkCreate(rules, "awareness", { to: "engagement", customer })).toEqual([]);
    expect(checkCreate(rules, "awareness", { to: "conversion", customer })).toEqual([
      { field: "reason", code: "reason_required_skip" },
      { field: "email", code: "required_by_stage" },
    ]);
    expect(checkCreate(rules, "awareness", { to: "conversion", reason: "partner", customer: { email: "a@b.c", phone: null } })).toEqual([]);
    expect(checkCreate(template, "awareness", { to: "missing", customer })).toEqual([{ field: "to", code: "unknown_stage" }]);
  });

  it("applies the start stage's own required fields, without calling it a move", () => {
    const rules = strict.map((s) => (s.key === "awareness" ? { ...s, requiredFields: ["phone", "note"] } : s));
    expect(checkCreate(rules, "awareness", { to: "awareness", customer })).toEqual([
      { field: "phone", code: "required_by_stage" },
      { field: "note", code: "required_by_stage" },
    ]);
    expect(checkCreate(rules, "awareness", { to: "awareness", note: "walk-in", customer: { email: null, phone: "050" } })).toEqual([]);
  });
});
