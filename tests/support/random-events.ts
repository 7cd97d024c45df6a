import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { customers, stageEvents } from "@/db/schema";
import { Rng } from "@/db/seed/random";

const keys = ["awareness", "engagement", "consideration", "conversion", "retention", "loyalty", "lost"];

/**
 * Six statements of random stage events for the organization's customers, at instants in the 540
 * days before `now`: many are earlier than events already written (back-dated moves, imports).
 */
export async function insertRandomEvents(db: Db, orgId: string, { seed, now }: { seed: number; now: Date }) {
  const rng = new Rng(seed);
  const ids = (await db.select({ id: customers.id }).from(customers).where(eq(customers.orgId, orgId))).map((c) => c.id);
  for (let batch = 0; batch < 6; batch++) {
    const rows = Array.from({ length: 1 + rng.int(0, 40) }, () => ({
      orgId,
      customerId: rng.pick(ids),
      toKey: rng.pick(keys),
      at: new Date(now.getTime() - rng.int(0, 540) * 86_400_000 - rng.int(0, 86_399) * 1000),
    }));
    await db.insert(stageEvents).values(rows);
  }
}
