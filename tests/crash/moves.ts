import { setTimeout as delay } from "node:timers/promises";
import type { Client } from "./client";
import type { Server } from "./server";

export const TARGET_STAGE = "loyalty";

export interface Candidate {
  id: string;
  version: number;
}

/** What the clients were told, and the work whose answer never came (each group must land whole or not at all). */
export interface MoveLedger {
  acknowledged: Map<string, { version: number; eventId?: string }>;
  unanswered: { label: string; ids: string[] }[];
}

const SINGLES = 40;
const BULK = 100;
const BULK_IN_FLIGHT = 200;

/**
 * Single moves through the API interleave with a first bulk move (a server action); a second bulk
 * runs alone, and its pace per customer says how long a third, larger one will take. That one is
 * sent with one more single move, and the server is killed with SIGKILL a third of the way in, so
 * the kill lands inside its transaction on a fast machine as on a slow one.
 */
export async function crashDuringMoves(server: Server, client: Client, bulkActionId: string, candidates: Candidate[]): Promise<MoveLedger> {
  const lastSingle = candidates[SINGLES + 2 * BULK + BULK_IN_FLIGHT];
  if (!lastSingle) throw new Error(`only ${candidates.length} customers to move`);
  const ledger: MoveLedger = { acknowledged: new Map(), unanswered: [] };
  let next = 0;
  const take = (n: number) => candidates.slice(next, (next += n));
  const [singles, first, second, inFlight] = [take(SINGLES), take(BULK), take(BULK), take(BULK_IN_FLIGHT)];

  const singleMove = async (customer: Candidate) => {
    const { status, body } = await client.json<{ id: string; version: number }>(`/api/v1/customers/${customer.id}/moves`, {
      method: "POST",
      body: JSON.stringify({ to: TARGET_STAGE, version: customer.version }),
      headers: { "content-type": "application/json" },
    });
    if (status !== 201) throw new Error(`a single move answered ${status}`);
    ledger.acknowledged.set(customer.id, { version: body.version, eventId: body.id });
  };
  const bulkMove = async (items: Candidate[]) => {
    const result = await client.action("/en/customers", bulkActionId, { to: TARGET_STAGE, reason: "crash test", items: items.map((c) => ({ customerId: c.id, version: c.version })) });
    for (const item of result.data as { customerId: string; ok: boolean; version?: number }[]) {
      if (!item.ok || item.version === undefined) throw new Error(`bulk move refused ${item.customerId}`);
      ledger.acknowledged.set(item.customerId, { version: item.version });
    }
  };

  const oneByOne = async () => {
    for (const customer of singles) await singleMove(customer);
  };
  await Promise.all([bulkMove(first), oneByOne()]);
  const started = Date.now();
  await bulkMove(second);
  const expectedMs = ((Date.now() - started) / BULK) * BULK_IN_FLIGHT;
  const bulk = bulkMove(inFlight).then(
    () => "answered",
    () => "unanswered",
  );
  const single = singleMove(lastSingle).catch(() => ledger.unanswered.push({ label: "the single move sent with it", ids: [lastSingle.id] }));
  await delay(expectedMs / 3);
  await server.crash();
  if ((await bulk) === "answered") throw new Error("the bulk move finished before the kill");
  await single;
  const label = `bulk move of ${inFlight.length} customers, killed ${Math.round(expectedMs / 3)} ms into ~${Math.round(expectedMs)} ms`;
  ledger.unanswered.push({ label, ids: inFlight.map((c) => c.id) });
  return ledger;
}
