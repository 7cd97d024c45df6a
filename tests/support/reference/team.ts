import { DAY_MS } from "@/core/analytics/dates";
import { sortTeam } from "@/lib/analytics/loyalty/math";
import type { TeamRow } from "@/lib/analytics/loyalty/types";
import { monthIndex, monthOf, type MonthRange } from "@/lib/analytics/retention/months";
import type { ReferenceData } from "@/lib/analytics/retention/types";
import { quantile } from "@/core/analytics/stats";

/**
 * SPEC §3 team figures from the raw rows: per sales user (and any owner or manager who owns
 * customers) moves made, conversions of the customers they own, and the median whole days to convert.
 */
export function teamReference(data: ReferenceData, range: MonthRange): TeamRow[] {
  const inRange = (at: Date) => {
    const m = monthIndex(monthOf(at, data.timeZone));
    return m >= monthIndex(range.first) && m <= monthIndex(range.last);
  };
  const acquisition = new Set(data.stages.filter((s) => s.journey === "acquisition").map((s) => s.key));
  const ownerOf = new Map(data.customers.map((c) => [c.id, c.ownerId]));
  const owners = new Set(data.customers.map((c) => c.ownerId));
  const rows = data.users
    .filter((u) => u.role === "sales" || owners.has(u.id))
    .map((user): TeamRow => {
      const conversions = data.events.filter((e) => e.toKey === "conversion" && inRange(e.at) && ownerOf.get(e.customerId) === user.id);
      const durations = conversions.map((conversion) => {
        const starts = data.events
          .filter((e) => e.customerId === conversion.customerId && acquisition.has(e.toKey) && e.at <= conversion.at)
          .map((e) => e.at.getTime());
        return Math.floor((conversion.at.getTime() - Math.min(conversion.at.getTime(), ...starts)) / DAY_MS);
      });
      return {
        userId: user.id,
        name: user.name,
        role: user.role,
        moves: data.events.filter((e) => e.fromKey !== null && e.actorId === user.id && inRange(e.at)).length,
        conversions: conversions.length,
        medianDaysToConvert: quantile(durations, 0.5),
      };
    });
  return sortTeam(rows);
}
