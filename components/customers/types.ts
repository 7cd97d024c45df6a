import type { Channel } from "@/core/constants";

/** A list row as sent to the client table (dates as ISO strings). */
export interface CustomerRow {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  channel: Channel;
  stageKey: string;
  lost: boolean;
  stale: boolean;
  ownerName: string | null;
  version: number;
  stageEnteredAt: string;
  /** The latest move or touchpoint. */
  lastActivityAt: string;
}

export interface Option {
  value: string;
  label: string;
}
