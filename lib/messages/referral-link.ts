import "server-only";
import { newReferralCode, referralUrl } from "@/core/customers/referral-code";
import { getDb } from "@/db";
import { ensureReferralCode } from "@/db/mutations/referral-codes";
import type { Customer } from "@/db/schema";

/**
 * The customer's referral link for `{referral_link}`; a customer who has no code yet gets one here,
 * as when a rep first opens the link on the customer page. The caller has already checked access.
 */
export async function referralLinkFor(customer: Customer, origin: string, locale: string): Promise<string> {
  const code =
    customer.referralCode ??
    (await ensureReferralCode(await getDb(), { orgId: customer.orgId, customerId: customer.id, fresh: newReferralCode() }));
  return referralUrl(origin, locale, code);
}
