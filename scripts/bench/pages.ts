import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { createCustomerToken } from "@/db/mutations/customer-tokens";
import { ensureReferralCode } from "@/db/mutations/referral-codes";
import { queryRows } from "@/db/sql";
import { newReferralCode } from "@/core/customers/referral-code";
import { hashPublicToken, newPublicToken } from "@/core/messages/public-token";
import type { CurrentUser } from "@/lib/auth/session";
import { leadFormSchema } from "@/lib/forms/schemas";
import { createLeadFormFor } from "@/lib/forms/service";

/** A page to load: signed in as the owner, or as a visitor without a session (sign-in and the public links). */
export interface PageVisit {
  path: string;
  signedIn: boolean;
}

/** /settings itself sends an owner on to /settings/users. */
const APP_PAGES = [
  "",
  "/funnel",
  "/board",
  "/customers",
  "/retention",
  "/loyalty",
  "/journey",
  "/settings/organization",
  "/settings/users",
  "/settings/stages",
  "/settings/forms",
  "/settings/automations",
  "/settings/messages",
  "/settings/api-keys",
  "/settings/data",
];

/**
 * Every page an owner can open (the ones with an id take the organization's first customer, form and
 * playbook), the sign-in page, and the public lead form, referral, survey and unsubscribe links, made
 * here (with a default lead form when the organization has none) for a customer who may be contacted.
 */
export async function everyPage(db: Db, owner: CurrentUser, locale = "en"): Promise<PageVisit[]> {
  const first = async (query: ReturnType<typeof sql>) => (await queryRows<{ id: string }>(db, query))[0]?.id;
  const orgId = owner.orgId;
  const customerId = await first(sql`select id from customers where org_id = ${orgId} and not do_not_contact order by created_at, id limit 1`);
  // The bench's seed makes no lead form; the referral page opens the organization's default one.
  const formId =
    (await first(sql`select id from lead_forms where org_id = ${orgId} and is_default`)) ??
    (await createLeadFormFor(owner, leadFormSchema.parse({ name: "Bench", fields: ["name", "phone"] }))).id;
  const automationId = await first(sql`select id from automations where org_id = ${orgId} order by created_at, id limit 1`);
  if (!customerId || !formId || !automationId) throw new Error("the demo organization has no customer, lead form or playbook to open");
  const code = await ensureReferralCode(db, { orgId, customerId, fresh: newReferralCode() });
  const publicLink = async (purpose: "survey" | "unsubscribe") => {
    const token = newPublicToken();
    const expiresAt = new Date(Date.now() + 86_400_000);
    await createCustomerToken(db, { orgId, customerId, purpose, tokenHash: hashPublicToken(token), locale: "en", createdById: owner.id, expiresAt });
    return token;
  };
  const signedIn = [...APP_PAGES, `/customers/${customerId}`, `/settings/forms/${formId}`, `/settings/automations/${automationId}`];
  const visitor = ["/login", `/f/${formId}`, `/r/${code}`, `/s/${await publicLink("survey")}`, `/u/${await publicLink("unsubscribe")}`];
  return [
    ...signedIn.map((path) => ({ path: `/${locale}${path}`, signedIn: true })),
    ...visitor.map((path) => ({ path: `/${locale}${path}`, signedIn: false })),
  ];
}
