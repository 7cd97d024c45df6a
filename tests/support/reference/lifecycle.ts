import type { Lifecycle } from "@/lib/analytics/loyalty/types";
import { monthIndex, type Month } from "@/lib/analytics/retention/months";

/**
 * PostHog's lifecycle for one month, from each customer's purchase months: new = first purchase
 * ever this month; returning = bought this month and the previous one; resurrecting = bought this
 * month, not the previous one, but before; dormant = bought the previous month, not this one (negative).
 */
export function lifecycleReference(purchaseMonths: Iterable<Set<number>>, month: Month): Lifecycle {
  const m = monthIndex(month);
  const result: Lifecycle = { new: 0, returning: 0, resurrecting: 0, dormant: 0 };
  for (const months of purchaseMonths) {
    const now = months.has(m);
    const before = months.has(m - 1);
    if (now && Math.min(...months) === m) result.new++;
    else if (now && before) result.returning++;
    else if (now) result.resurrecting++;
    else if (before) result.dormant--;
  }
  return result;
}
