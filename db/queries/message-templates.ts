import "server-only";
import { and, eq } from "drizzle-orm";
import type { Locale, MessageTemplateKey } from "@/core/constants";
import type { Db } from "../client";
import { messageTemplates } from "../schema";

/** The organization's own wordings (the built-in defaults fill the rest, in lib/). */
export async function listTemplateOverrides(db: Db, { orgId }: { orgId: string }) {
  return db.select().from(messageTemplates).where(eq(messageTemplates.orgId, orgId));
}

export async function findTemplateOverride(db: Db, { orgId, key, locale }: { orgId: string; key: MessageTemplateKey; locale: Locale }) {
  const [row] = await db
    .select({ body: messageTemplates.body })
    .from(messageTemplates)
    .where(and(eq(messageTemplates.orgId, orgId), eq(messageTemplates.key, key), eq(messageTemplates.locale, locale)));
  return row?.body ?? null;
}
