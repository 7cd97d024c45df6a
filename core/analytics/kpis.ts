import type { FunnelResult, LocalDate, TimeToConvert } from "./types";

/** The headline figures of a funnel period. */
export interface FunnelKpis {
  cohortSize: number;
  /** Reached the journey's last stage. */
  converted: number;
  /** converted / reached(first stage), as in the funnel's overall conversion. */
  conversionRate: number;
  medianDaysToConvert: number | null;
}

export interface FunnelKpiComparison {
  current: FunnelKpis;
  previous: FunnelKpis;
  /** The range's days so far when it has not ended, else the whole range. */
  currentRange: { from: LocalDate; to: LocalDate };
  previousRange: { from: LocalDate; to: LocalDate };
  /** The range holds today: its figures are "so far". */
  partial: boolean;
}

export function kpisOf(funnel: FunnelResult, toConvert: TimeToConvert): FunnelKpis {
  const last = funnel.stages.at(-1);
  return {
    cohortSize: funnel.cohortSize,
    converted: last?.reached ?? 0,
    conversionRate: last?.overallConversion ?? 0,
    medianDaysToConvert: toConvert.median,
  };
}

/** Relative change from the previous period; null when there is nothing to compare with. */
export function change(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return (current - previous) / previous;
}
