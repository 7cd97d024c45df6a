"use client";

import { useFormatter } from "next-intl";

/** Minor units (the schema's two decimals) as money in the organization's currency and the locale's digits. */
export function useMoney(currency: string) {
  const format = useFormatter();
  return (minor: number) => format.number(minor / 100, { style: "currency", currency, maximumFractionDigits: 0 });
}
