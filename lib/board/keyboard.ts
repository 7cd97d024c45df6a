import type { Direction } from "@/lib/i18n/locale";

/**
 * The stage an arrow key points to from `current`, or null at either end. Columns run in reading
 * order, so in RTL the next stage is to the left: ArrowLeft steps forward there, ArrowRight back.
 */
export function stageInDirection(order: readonly string[], current: string, key: string, dir: Direction): string | null {
  if (key !== "ArrowLeft" && key !== "ArrowRight") return null;
  const index = order.indexOf(current);
  if (index < 0) return null;
  const forward = (key === "ArrowRight") === (dir === "ltr");
  return order[index + (forward ? 1 : -1)] ?? null;
}
