import "server-only";
import { z } from "zod";
import { getDb } from "@/db";
import { pageFeedback, pagePurchases, pageTouchpoints, type ActivityCursor } from "@/db/queries/customer-activity-pages";
import { invalid } from "@/core/errors";
import { localizedInt, optionalText } from "@/core/validation/fields";
import type { CurrentUser } from "@/lib/auth/session";
import { decodeCursor, encodeCursor } from "./cursor";
import { getCustomerFor } from "./service";

export const activityPageQuerySchema = z.object({
  limit: z.preprocess((v) => (v === "" || v === undefined ? 50 : v), localizedInt(1, 200)),
  cursor: optionalText(400),
});

type PageQuery = z.infer<typeof activityPageQuerySchema>;

const pagers = { touchpoints: pageTouchpoints, purchases: pagePurchases, feedback: pageFeedback };

/** One page of a customer's touchpoints, purchases or feedback, newest first, for a user who may see the customer (404 otherwise). */
export async function listActivityPageFor<K extends keyof typeof pagers>(user: CurrentUser, kind: K, customerId: string, query: PageQuery) {
  const decoded = decodeCursor(query.cursor, "instant");
  if (decoded === "invalid") throw invalid({ cursor: ["invalid"] });
  await getCustomerFor(user, customerId);
  const cursor: ActivityCursor | undefined = decoded && { at: decoded.value, id: decoded.id };
  const page = await pagers[kind](await getDb(), { orgId: user.orgId, customerId, limit: query.limit, cursor });
  return { items: page.items as Awaited<ReturnType<(typeof pagers)[K]>>["items"], nextCursor: encodeCursor(page.nextCursor && { value: page.nextCursor.at, id: page.nextCursor.id }) };
}
