import "server-only";
import { notFound } from "@/core/errors";
import { hashPublicToken, isPublicTokenShape } from "@/core/messages/public-token";
import { getDb } from "@/db";
import { findPublicToken, unsubscribeByToken } from "@/db/mutations/customer-tokens";

/** What the public unsubscribe page shows: the organization's name; null for an unknown link. */
export async function findUnsubscribe(token: string) {
  if (!isPublicTokenShape(token)) return null;
  const found = await findPublicToken(await getDb(), { tokenHash: hashPublicToken(token), purpose: "unsubscribe" });
  return found && { orgName: found.orgName, done: found.usedAt !== null };
}

export async function unsubscribePublic(token: string) {
  if (!isPublicTokenShape(token)) throw notFound();
  await unsubscribeByToken(await getDb(), { tokenHash: hashPublicToken(token) });
  return { ok: true as const };
}
