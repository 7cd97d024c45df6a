import "server-only";
import { lookup } from "node:dns/promises";
import { Webhook } from "standardwebhooks";
import type { Db } from "@/db/client";
import { findDelivery, recordAttempt, type DeliveryRef } from "@/db/mutations/webhook-deliveries";
import { isPrivateAddress, literalAddress } from "./webhook-target";

/** Past this, a delivery that never got a 2xx is given up (failed). */
export const GIVE_UP_AFTER_MS = 24 * 3600_000;
const TIMEOUT_MS = 10_000;

export type DeliveryOutcome = "done" | "retry" | "failed";

/** Whether the URL's host resolves to a private or loopback address (a literal address is not looked up). */
async function reachesPrivate(url: string): Promise<boolean> {
  const literal = literalAddress(url);
  const addresses = literal ? [literal] : (await lookup(new URL(url).hostname, { all: true })).map((a) => a.address);
  return addresses.some(isPrivateAddress);
}

/**
 * One attempt at a delivery: POSTs the payload signed the Standard Webhooks way (the delivery's id
 * as `webhook-id`, the same on every attempt) and logs the attempt. A 2xx ends it; a network error
 * or another status asks for a retry until GIVE_UP_AFTER_MS has passed; a private target the
 * organization does not allow fails at once. Redirects are not followed (they could lead inside).
 */
export async function attemptDelivery(db: Db, ref: DeliveryRef, now = new Date()): Promise<DeliveryOutcome> {
  const delivery = await findDelivery(db, ref);
  if (!delivery || delivery.status === "done" || delivery.status === "failed") return "done";
  const at = now.toISOString();
  const tooLate = now.getTime() - new Date(delivery.created_at).getTime() > GIVE_UP_AFTER_MS;
  try {
    if (!delivery.allow_private && (await reachesPrivate(delivery.url))) {
      await recordAttempt(db, ref, { at, status: null, error: "private_target" }, "failed");
      return "failed";
    }
    const body = JSON.stringify(delivery.payload);
    const signature = new Webhook(delivery.secret).sign(delivery.id, now, body);
    const response = await fetch(delivery.url, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: {
        "content-type": "application/json",
        "webhook-id": delivery.id,
        "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
        "webhook-signature": signature,
      },
      body,
    });
    await response.body?.cancel();
    const ok = response.status >= 200 && response.status < 300;
    await recordAttempt(db, ref, { at, status: response.status }, ok ? "done" : tooLate ? "failed" : undefined);
    return ok ? "done" : tooLate ? "failed" : "retry";
  } catch (error) {
    await recordAttempt(db, ref, { at, status: null, error: error instanceof Error ? error.message : String(error) }, tooLate ? "failed" : undefined);
    return tooLate ? "failed" : "retry";
  }
}
