import { describe, expect, it } from "vitest";
import { movedCard, movingNeeds, withCardOnTop, withCardVersion, withCountMoved, withoutCard, withValueMoved, type CardPages } from "@/lib/board/cache";
import { stageInDirection } from "@/lib/board/keyboard";
import type { BoardCard, BoardColumn } from "@/lib/board/types";

const card = (id: string, stageKey: string, valueMinor = 0): BoardCard => ({
  id,
  name: `Customer ${id}`,
  ownerName: "Dana",
  version: 3,
  stageKey,
  stageEnteredAt: "2025-01-01T00:00:00.000000Z",
  lastActivityAt: "2025-01-01T00:00:00.000Z",
  daysInStage: 40,
  stale: true,
  valueMinor,
});

const pages = (...items: BoardCard[][]): CardPages => ({
  pages: items.map((page, i) => ({ items: page, nextCursor: i < items.length - 1 ? `c${i}` : null })),
  pageParams: items.map((_, i) => (i === 0 ? null : `c${i - 1}`)),
});

const column = (key: string, count: number): BoardColumn => ({
  key,
  position: 1,
  labelHe: key,
  labelFa: key,
  labelEn: key,
  idleDays: 7,
  count,
});

describe("board keyboard moves", () => {
  const order = ["awareness", "engagement", "consideration"];

  it("steps to the next stage with ArrowRight in LTR and ArrowLeft in RTL", () => {
    expect(stageInDirection(order, "awareness", "ArrowRight", "ltr")).toBe("engagement");
    expect(stageInDirection(order, "awareness", "ArrowLeft", "rtl")).toBe("engagement");
    expect(stageInDirection(order, "engagement", "ArrowLeft", "ltr")).toBe("awareness");
    expect(stageInDirection(order, "engagement", "ArrowRight", "rtl")).toBe("awareness");
  });

  it("stops at either end and ignores other keys and unknown stages", () => {
    expect(stageInDirection(order, "consideration", "ArrowRight", "ltr")).toBeNull();
    expect(stageInDirection(order, "awareness", "ArrowRight", "rtl")).toBeNull();
    expect(stageInDirection(order, "awareness", "ArrowDown", "ltr")).toBeNull();
    expect(stageInDirection(order, "loyalty", "ArrowRight", "ltr")).toBeNull();
  });
});

describe("board optimistic cache", () => {
  const a = card("a", "awareness", 1_000);
  const b = card("b", "awareness");
  const c = card("c", "engagement", 500);

  it("takes a card out of whichever page holds it and puts it on top of the target's first page", () => {
    expect(withoutCard(pages([a], [b]), "b")?.pages.map((p) => p.items.map((x) => x.id))).toEqual([["a"], []]);
    const arrived = movedCard(a, "engagement", new Date("2025-03-01T10:00:00Z"));
    expect(arrived).toMatchObject({ stageKey: "engagement", stageEnteredAt: "2025-03-01T10:00:00.000Z", daysInStage: 0, stale: false, version: 3 });
    const target = withCardOnTop(pages([c], [card("d", "engagement")]), arrived);
    expect(target?.pages.map((p) => p.items.map((x) => x.id))).toEqual([["a", "c"], ["d"]]);
    expect(target?.pages[0]?.nextCursor).toBe("c0");
    expect(withCardOnTop(undefined, arrived)).toBeUndefined();
  });

  it("records the version the server answered", () => {
    expect(withCardVersion(pages([a, b]), "b", 4)?.pages[0]?.items.map((x) => x.version)).toEqual([3, 4]);
  });

  it("moves one customer between column counts, and its value between totals; lost only subtracts", () => {
    const cols = [column("awareness", 2), column("engagement", 1)];
    expect(withCountMoved(cols, "awareness", "engagement")?.map((x) => [x.key, x.count])).toEqual([
      ["awareness", 1],
      ["engagement", 2],
    ]);
    expect(withCountMoved(cols, "awareness", "lost")?.map((x) => [x.key, x.count])).toEqual([
      ["awareness", 1],
      ["engagement", 1],
    ]);
    const values = { awareness: 1_000, engagement: 500 };
    expect(withValueMoved(values, a, "awareness", "engagement")).toEqual({ awareness: 0, engagement: 1_500 });
    expect(withValueMoved(values, a, "awareness", "lost")).toEqual({ awareness: 0, engagement: 500 });
    // Into another journey's stage: this journey's totals only lose the card.
    expect(withValueMoved(values, a, "awareness", "retention")).toEqual({ awareness: 0, engagement: 500 });
    expect(withValueMoved(undefined, a, "awareness", "engagement")).toBeUndefined();
  });

  it("asks in a dialog only for what the user can give on the spot", () => {
    expect(movingNeeds({ reason: ["reason_required_backward"] })).toEqual(["reason"]);
    expect(movingNeeds({ purchaseAmount: ["required_by_stage"], note: ["required_by_stage"] })).toEqual(["purchaseAmount", "note"]);
    expect(movingNeeds({ purchaseAmount: ["invalid"] })).toEqual(["purchaseAmount"]);
    expect(movingNeeds({ email: ["required_by_stage"] })).toBeNull();
    expect(movingNeeds({ to: ["same_stage"] })).toBeNull();
    expect(movingNeeds({})).toBeNull();
  });
});
