import type { NumberFormatOptions } from "next-intl";
import { isolate } from "./bidi";

/** The shape of next-intl's `format.number`, so these helpers work with the server's and the client's formatter. */
export type NumberFormatter = { number: (value: number, options?: NumberFormatOptions) => string };

/**
 * A number that may be negative, in its own isolate: the locale places its sign (he "‎-", fa "‎−")
 * and the isolate keeps that sign beside the digits inside right-to-left text ("50%-" otherwise).
 */
export const isolatedNumber = (format: NumberFormatter, value: number, options?: NumberFormatOptions) => isolate(format.number(value, options));

/** A change or a score shown with its sign ("+12%", "−3", "0"). */
export const signed = (format: NumberFormatter, value: number, options?: NumberFormatOptions) =>
  isolatedNumber(format, value, { ...options, signDisplay: "exceptZero" });

/** Both ends of a range, each isolated, for a message such as "from {from} to {to}". */
export const range = (format: NumberFormatter, from: number, to: number, options?: NumberFormatOptions) => ({
  from: isolatedNumber(format, from, options),
  to: isolatedNumber(format, to, options),
});
