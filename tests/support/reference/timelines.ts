import type { Channel } from "@/core/constants";
import type { CustomerFilters, StageDef } from "@/core/analytics/types";

/** A stage event as the reference implementations read it (instants in epoch milliseconds). */
export interface HistoryEvent {
  id: string;
  customerId: string;
  fromKey: string | null;
  toKey: string;
  at: number;
  recordedAt: number;
  /** The reason written on the move (a drop to `lost`, a backward move), when there is one. */
  reason?: string | null;
}

export interface HistoryCustomer {
  id: string;
  channel: Channel;
  ownerId: string | null;
}

/** One organization's data, as plain arrays. */
export interface History {
  timeZone: string;
  stages: StageDef[];
  customers: HistoryCustomer[];
  events: HistoryEvent[];
}

/**
 * The order of a customer's events: by time, then by when they were recorded, then by id — the
 * same order the SQL uses, so ties at one instant resolve identically.
 */
export function compareEvents(a: HistoryEvent, b: HistoryEvent): number {
  return a.at - b.at || a.recordedAt - b.recordedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export interface Timeline {
  customer: HistoryCustomer;
  events: HistoryEvent[];
}

/** Each customer that passes the filters, with their events in order (customers without events included). */
export function timelines(history: History, filters: CustomerFilters, keep: (e: HistoryEvent) => boolean = () => true): Timeline[] {
  const byCustomer = new Map<string, HistoryEvent[]>();
  for (const event of history.events) {
    if (!keep(event)) continue;
    byCustomer.set(event.customerId, [...(byCustomer.get(event.customerId) ?? []), event]);
  }
  return history.customers
    .filter((c) => (!filters.channel || c.channel === filters.channel) && (!filters.ownerId || c.ownerId === filters.ownerId))
    .map((customer) => ({ customer, events: (byCustomer.get(customer.id) ?? []).sort(compareEvents) }));
}

export function stageIndex(stages: readonly StageDef[]): Map<string, StageDef> {
  return new Map(stages.map((s) => [s.key, s]));
}
