import type { FlowRow, SnapshotRow, StageTime } from "@/core/analytics/types";

/*
 * Snapshot, time in stage, time to convert and flow on the funnel fixture, worked out by hand.
 * Durations are in days; the DST change (03-29 02:00) shortens c26's and c30's stays by an hour.
 */

/**
 * End of 03-15: conversion c01 c02 c13 c18 c22 c26; consideration c04 c05 c08 c27; lost c03 c06
 * c16 c23 c29; engagement c09 c21; retention c12 c14; awareness c15; qualified c07. Nine customers
 * have no event yet.
 */
export const snapshotMid: SnapshotRow[] = [
  { key: "awareness", customers: 1 },
  { key: "consideration", customers: 4 },
  { key: "conversion", customers: 6 },
  { key: "engagement", customers: 2 },
  { key: "lost", customers: 5 },
  { key: "qualified", customers: 1 },
  { key: "retention", customers: 2 },
];

/**
 * End of 03-31 (04-01 00:00+03 excluded): c10 counts in awareness (23:30), c24 (exactly 00:00) and
 * c11 do not; c17's three tied moves end in consideration; c20 is still in awareness.
 */
export const snapshotEnd: SnapshotRow[] = [
  { key: "awareness", customers: 3 },
  { key: "consideration", customers: 5 },
  { key: "conversion", customers: 5 },
  { key: "engagement", customers: 2 },
  { key: "lost", customers: 6 },
  { key: "loyalty", customers: 1 },
  { key: "qualified", customers: 1 },
  { key: "retention", customers: 4 },
];

/**
 * Visits that ended in March. awareness (16): 0 c17, 1 ×6, 1.4375 c09 (23:30 → 10:00), 2 ×3, 3, 4,
 * 5, 6.9375 c08, 55.58 c23 (ended exactly at 03-01 00:00) → median (1.4375 + 2) / 2, p90 (5 + 6.9375) / 2.
 * engagement (12): latest 0, 0.0625, 2, 2, 3, 3, 3, 4.083, 5, 6, 7, 7; cumulative adds c06 (2 + 2),
 * c18 (2 + 3), c27 (1 + 6). consideration (7): latest ⅓ c26, 47/24 c30 (DST), 2, 5, 6, 7, 14 c05;
 * cumulative c05 16, c30 71/24. conversion (4): c01 5, c13 6 (cumulative 22 + 6), c26 20⅔, c12 33.
 */
export const timeInMarch: StageTime[] = [
  { key: "awareness", customers: 16, latest: { median: 1.71875, p90: 5.96875 }, cumulative: { median: 1.71875, p90: 5.96875 } },
  { key: "engagement", customers: 12, latest: { median: 3, p90: 6.9 }, cumulative: { median: 97 / 24, p90: 7 } },
  { key: "consideration", customers: 7, latest: { median: 5, p90: 9.8 }, cumulative: { median: 5, p90: 10.6 } },
  { key: "conversion", customers: 4, latest: { median: 40 / 3, p90: 29.3 }, cumulative: { median: 73 / 3, p90: 31.5 } },
];

/** Conversions in March: ⅓ c26, 5 c02, 191/24 c30, 8 c18, 13 c01, 19 c05, 19 c22 (a February start). */
export const toConvertInMarch = { customers: 7, median: 8, p90: 19 };

/** Moves in March touching an acquisition stage (67); c23's drop at exactly 03-01 00:00 counts, c24's entry at 04-01 00:00 does not. */
export const flowInMarch: FlowRow[] = [
  { from: null, to: "awareness", count: 14 },
  { from: "awareness", to: "engagement", count: 10 },
  { from: "engagement", to: "consideration", count: 10 },
  { from: "consideration", to: "conversion", count: 5 },
  { from: "conversion", to: "retention", count: 5 },
  { from: "consideration", to: "engagement", count: 3 },
  { from: "engagement", to: "lost", count: 3 },
  { from: null, to: "engagement", count: 2 },
  { from: "awareness", to: "consideration", count: 2 },
  { from: "awareness", to: "lost", count: 2 },
  { from: null, to: "consideration", count: 1 },
  { from: "awareness", to: "conversion", count: 1 },
  { from: "awareness", to: "qualified", count: 1 },
  { from: "consideration", to: "qualified", count: 1 },
  { from: "engagement", to: "awareness", count: 1 },
  { from: "engagement", to: "conversion", count: 1 },
  { from: "lost", to: "awareness", count: 1 },
  { from: "lost", to: "engagement", count: 1 },
  { from: "qualified", to: "consideration", count: 1 },
  { from: "retention", to: "awareness", count: 1 },
  { from: "retention", to: "conversion", count: 1 },
];

/** KPI cards for March against [01-30, 03-01): conversions there c13 0 d, c29 6 d, c12 22 d. */
export const kpisMarch = {
  current: { cohortSize: 18, converted: 8, conversionRate: 8 / 18, medianDaysToConvert: 8 },
  previous: { cohortSize: 6, converted: 3, conversionRate: 0.5, medianDaysToConvert: 6 },
  currentRange: { from: "2024-03-01", to: "2024-04-01" },
  previousRange: { from: "2024-01-30", to: "2024-03-01" },
  partial: false,
};
