import type { Db } from "@/db/client";
import { moveCustomer } from "@/db/mutations/moves";
import { findUser } from "@/db/queries/users";
import { customerScope } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { nextStage, type MoveRunner } from "./moves";

/**
 * moves-raw: what a move request sends to PostgreSQL — the session check's user lookup, then
 * `moveCustomer` (the customer and the stage rules, then the write) — from `concurrency` loops on
 * `db`, a postgres.js pool of as many connections. No HTTP, no Next.js, no session cookie: the
 * limit the app's moves are measured against.
 */
export function rawMoves(db: Db, user: CurrentUser, concurrency: number): MoveRunner {
  return async (lanes, seconds) => {
    const [lane, ...others] = lanes;
    if (!lane || others.length > 0) throw new Error("moves-raw moves the customers of the user it was given: one organization");
    const { pool } = lane;
    const latencies: number[] = [];
    let failed = 0;
    const started = performance.now();
    const until = started + seconds * 1000;
    const mover = async () => {
      while (performance.now() < until) {
        const customer = pool.take();
        const sent = performance.now();
        try {
          await findUser(db, { orgId: user.orgId, userId: user.id });
          const { customer: moved, event } = await moveCustomer(db, {
            orgId: user.orgId,
            ...customerScope(user),
            actorId: user.id,
            customerId: customer.id,
            to: nextStage(customer),
            version: customer.version,
            reason: "bench",
          });
          latencies.push(performance.now() - sent);
          pool.settle(customer, { to: event.toKey, version: moved.version });
        } catch {
          failed++;
          pool.settle(customer, null);
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, mover));
    return { latencies, non2xx: failed, seconds: (performance.now() - started) / 1000 };
  };
}
