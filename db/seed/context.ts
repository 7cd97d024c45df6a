import type { Channel, Locale } from "@/db/schema";
import type { Move } from "./journey";
import type { Rng } from "./random";
import type { SeedRows } from "./write";

/** What the activity generators need to know about the customer being generated. */
export interface CustomerContext {
  rng: Rng;
  rows: SeedRows;
  orgId: string;
  customerId: string;
  /** Also stamps the ids of all the customer's rows, so a chunk's rows sit together in the indexes. */
  createdAt: number;
  ownerId: string;
  locale: Locale;
  channel: Channel;
  moves: Move[];
  now: number;
  /** Latest move or touchpoint so far (epoch ms): the customer's `lastActivityAt`. */
  lastActivity: number;
}
