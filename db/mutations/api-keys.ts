import "server-only";
import type { Db } from "../client";
import { apiKeys } from "../schema";

export async function insertApiKey(
  db: Db,
  input: { orgId: string; userId: string; name: string; prefix: string; hash: string },
) {
  const [row] = await db.insert(apiKeys).values(input).returning();
  if (!row) throw new Error("api key insert returned nothing");
  return row;
}
