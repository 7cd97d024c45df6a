import { sql } from "drizzle-orm";

/** The customers a caller may see: the organization's, and for a sales user only their own. */
export interface CustomerScope {
  orgId: string;
  /** Set for sales users. */
  ownerId?: string;
}

/** For raw SQL over `customers c`: `and c.owner_id = …` in a sales user's scope, nothing otherwise. */
export const ownedBy = (ownerId?: string) => (ownerId ? sql`and c.owner_id = ${ownerId}` : sql``);
