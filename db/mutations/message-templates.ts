import "server-only";
import { and, eq } from "drizzle-orm";
import type { Locale, MessageTemplateKey } from "@/core/constants";
import type { Db } from "../client";
import { messageTemplates } from "../schema";

/** Writes the organization's wording of a template; `body` null goes back to the built-in default. */
export async function saveTemplateOverride(
  db: Db,
  input: { orgId: string; key: MessageTemplateKey; locale: Locale; body: string | null; actorId: string },
) {
  const where = and(eq(messageTemplates.orgId, input.orgId), eq(messageTemplates.key, input.key), eq(messageTemplates.locale, input.locale));
  if (input.body === null) {
    await db.delete(messageTemplates).where(where);
    return;
  }
  const values = { body: input.body, updatedById: input.actorId, updatedAt: new Date() };
  await db
    .insert(messageTemplates)
    .values({ orgId: input.orgId, key: input.key, locale: input.locale, ...values })
    .onConflictDoUpdate({ target: [messageTemplates.orgId, messageTemplates.key, messageTemplates.locale], set: values });
}
