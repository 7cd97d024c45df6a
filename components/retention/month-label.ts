import type { useFormatter } from "next-intl";
import type { Month } from "@/lib/analytics/retention/months";

type Format = ReturnType<typeof useFormatter>;

/**
 * A month bucket's label. Buckets are calendar months in the organization's time zone; the label
 * formats the bucket's 15th, so in `fa` it names the Solar Hijri month covering most of it.
 */
export function monthLabel(format: Format, month: Month, style: "short" | "long" = "short"): string {
  return format.dateTime(new Date(`${month}-15T12:00:00Z`), "calendar", { year: "numeric", month: style, timeZone: "UTC" });
}

/** The bucket's exact first and last day, in the locale's calendar. */
export function monthSpan(format: Format, month: Month): string {
  const start = new Date(`${month}-01T12:00:00Z`);
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0, 12));
  return format.dateTimeRange(start, end, "calendar", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
}
