import type { FunnelQuery, FunnelSeries } from "@/core/analytics/types";
import { MARCH, U1, U2 } from "./funnel-fixture";

const KEYS = ["awareness", "engagement", "consideration", "conversion"];

/** A funnel series written by hand: conversions are plain divisions of the reached counts (0 for 0/0). */
export function hand(cohortSize: number, reached: number[], keys = KEYS): FunnelSeries {
  const first = reached[0] ?? 0;
  return {
    cohortSize,
    stages: keys.map((key, i) => {
      const n = reached[i] ?? 0;
      const prev = i === 0 ? n : (reached[i - 1] ?? 0);
      return { key, reached: n, stepConversion: prev === 0 ? 0 : n / prev, overallConversion: first === 0 ? 0 : n / first };
    }),
  };
}

const base: FunnelQuery = { ...MARCH, journey: "acquisition", cohort: "created", order: "any" };

/**
 * Every funnel mode on the fixture, worked out by hand. "Level" is how far a customer got:
 * the highest stage entered (any) or the length of the sequential path (strict).
 */
export const funnelCases: { name: string; query: FunnelQuery; expected: object }[] = [
  {
    // Cohort: first acquisition event in March local = c01-c08, c10, c17-c21, c25-c27, c30 (18; not c09
    // Feb 29 23:30, c11 Apr 1 00:15, c13/c22 February, c14 no acquisition event, c21's Feb retention
    // entry is before its t0). Highest stage: conversion or later c01 c02 c05 c07 c18 c19 c26 c30 (8);
    // consideration c04 c06 c08 c17 c27 (5); engagement c03 c10 c20 c21 (4); awareness c25.
    name: "created, any (the aggregate)",
    query: base,
    expected: {
      cohortSize: 18,
      stages: [
        { key: "awareness", reached: 18, stepConversion: 1, overallConversion: 1 },
        { key: "engagement", reached: 17, stepConversion: 17 / 18, overallConversion: 17 / 18 },
        { key: "consideration", reached: 13, stepConversion: 13 / 17, overallConversion: 13 / 18 },
        { key: "conversion", reached: 8, stepConversion: 8 / 13, overallConversion: 8 / 18 },
      ],
    },
  },
  {
    // Sequential paths: 4 c01 c05 c19 c30; 3 c06 c08 c17 (ties) c27; 2 c03 c10 c18 c20 c21;
    // 1 c02 c07 c25 (skips); 0 c04 c26 (never entered awareness).
    name: "created, strict",
    query: { ...base, order: "strict" },
    expected: hand(18, [16, 13, 8, 4]),
  },
  {
    // Counted until t0 + 7×24 h: conversion c02 c26; consideration c05 c07 (archived 35) c17 c18 c27 c30;
    // c04 and c08 reach consideration exactly at the window end (excluded); c20's engagement at
    // 04-01 10:30+03 is 30 min inside (24-hour days across the DST change); c25 awareness only.
    name: "created, any, window 7",
    query: { ...base, windowDays: 7 },
    expected: hand(18, [18, 17, 8, 2]),
  },
  {
    // History to the end of 03-31 local: c10's and c20's engagement (04-01 local) and the April
    // conversions of c07 c19 are gone. Conversion: c01 c02 c05 c18 c26 c30 (6); engagement
    // lost by c10 c20 (17 - 2 = 15); consideration still 13 (c07 via qualified, c19 on 03-28).
    name: "created, any, asOf 03-31",
    query: { ...base, asOf: "2024-03-31" },
    expected: hand(18, [18, 15, 13, 6]),
  },
  {
    // Only history to the end of 03-15: cohort = t0 on 03-01…03-15 = c01-c08, c18, c21, c26, c27 (12).
    // Conversion c01 (03-15 10:00) c02 c18 c26; consideration c04 c05 c07 c08 c27; engagement c03 c06 c21.
    name: "created, any, asOf 03-15",
    query: { ...base, asOf: "2024-03-15" },
    expected: hand(12, [12, 12, 9, 4]),
  },
  {
    // Active adds c09 (awareness across 03-01 00:00), c12 (conversion until 03-05), c13 (conversion),
    // c15 (back from lost on 03-15), c22 (February cohort); not c16 c29 (lost in Feb), c23 (lost exactly
    // at 03-01 00:00), c24 (starts exactly at 04-01 00:00), c11, c28, c14. Levels added: 4 c12 c13 c22, 2 c09, 1 c15.
    name: "active, any",
    query: { ...base, cohort: "active" },
    expected: hand(23, [23, 21, 16, 11]),
  },
  {
    // Strict levels added by the active members: 4 c22, 2 c09, 1 c12 c15, 0 c13 (no awareness).
    name: "active, strict",
    query: { ...base, cohort: "active", order: "strict" },
    expected: hand(23, [20, 15, 9, 5]),
  },
  {
    // The window counts from each member's t0: c12 (t0 Jan 10) stays at awareness, c13 at conversion
    // (its t0 event), c22 stops at engagement, c09 engagement, c15 awareness.
    name: "active, any, window 7",
    query: { ...base, cohort: "active", windowDays: 7 },
    expected: hand(23, [23, 20, 9, 3]),
  },
  {
    // whatsapp 8: c01 c02 c07 c19 c30 convert, c08 c27 consideration, c25 awareness.
    // instagram 5: c04 c17 consideration, c03 c10 c20 engagement. referral 5: c05 c18 c26 convert,
    // c06 consideration, c21 engagement. Ties in size are ordered by value.
    name: "created, any, by channel",
    query: { ...base, breakdown: "channel" },
    expected: {
      ...hand(18, [18, 17, 13, 8]),
      breakdown: [
        { value: "whatsapp", ...hand(8, [8, 7, 7, 5]) },
        { value: "instagram", ...hand(5, [5, 5, 2, 0]) },
        { value: "referral", ...hand(5, [5, 5, 4, 3]) },
      ],
    },
  },
  {
    // U1: c01 c02 c26 c30 convert, c06 c08 consideration, c20 engagement, c25 awareness.
    // U2: c07 c19 convert, c04 c17 consideration, c03 c10 c21 engagement. None: c05 c18 convert, c27.
    name: "created, any, by owner",
    query: { ...base, breakdown: "owner" },
    expected: {
      ...hand(18, [18, 17, 13, 8]),
      breakdown: [
        { value: U1, ...hand(8, [8, 7, 6, 4]) },
        { value: U2, ...hand(7, [7, 7, 4, 2]) },
        { value: null, ...hand(3, [3, 3, 3, 2]) },
      ],
    },
  },
  {
    // By owner in strict mode: U1 c01 c30 (4), c06 c08 (3), c20 (2), c02 c25 (1), c26 (0);
    // U2 c19 (4), c17 (3), c03 c10 c21 (2), c07 (1), c04 (0); none c05 (4), c27 (3), c18 (2).
    name: "created, strict, by owner",
    query: { ...base, order: "strict", breakdown: "owner" },
    expected: {
      ...hand(18, [16, 13, 8, 4]),
      breakdown: [
        { value: U1, ...hand(8, [7, 5, 4, 2]) },
        { value: U2, ...hand(7, [6, 5, 2, 1]) },
        { value: null, ...hand(3, [3, 3, 2, 1]) },
      ],
    },
  },
  {
    name: "created, any, channel = whatsapp",
    query: { ...base, channel: "whatsapp" },
    expected: hand(8, [8, 7, 7, 5]),
  },
  {
    name: "created, any, owner = U2",
    query: { ...base, ownerId: U2 },
    expected: hand(7, [7, 7, 4, 2]),
  },
  {
    // First retention event in March: c01 (03-20), c12 (03-05, loyalty 03-20), c13 (03-03; its later
    // conversion is a lower position), c14 (03-14, loyalty in April), c26 (03-30, loyalty 04-02).
    // Not c21 (retention in February).
    name: "retention journey, created, any",
    query: { ...base, journey: "retention" },
    expected: hand(5, [5, 3], ["retention", "loyalty"]),
  },
  {
    // As of 03-31 the April loyalty entries of c14 and c26 are gone.
    name: "retention journey, created, any, asOf 03-31, by channel",
    query: { ...base, journey: "retention", asOf: "2024-03-31", breakdown: "channel" },
    expected: {
      ...hand(5, [5, 1], ["retention", "loyalty"]),
      breakdown: [
        { value: "referral", ...hand(2, [2, 1], ["retention", "loyalty"]) },
        { value: "whatsapp", ...hand(2, [2, 0], ["retention", "loyalty"]) },
        { value: "instagram", ...hand(1, [1, 0], ["retention", "loyalty"]) },
      ],
    },
  },
  {
    // Previous period of March (31 days): [01-30, 03-01) = c09 (engagement), c13 c22 c29 (convert),
    // c15 c16 (awareness).
    name: "created, any, the previous period",
    query: { ...base, from: "2024-01-30", to: "2024-03-01" },
    expected: hand(6, [6, 4, 3, 3]),
  },
];
