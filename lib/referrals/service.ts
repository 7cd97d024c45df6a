import "server-only";
import type { Locale } from "@/core/constants";
import { newReferralCode, referralUrl } from "@/core/customers/referral-code";
import { getDb } from "@/db";
import { ensureReferralCode, replaceReferralCode } from "@/db/mutations/referral-codes";
import { listReferrals } from "@/db/queries/customer-activity";
import { findOrganization } from "@/db/queries/organizations";
import { customerScope } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";

/**
 * The customer's referral link (made the first time it is asked for) in `locale`, by default the
 * organization's; 404 for a customer the user may not see.
 */
export async function referralLinkFor(user: CurrentUser, customerId: string, { origin, locale }: { origin: string; locale?: Locale }) {
  const db = await getDb();
  const code = await ensureReferralCode(db, { orgId: user.orgId, customerId, ...customerScope(user), fresh: newReferralCode() });
  const linkLocale = locale ?? (await findOrganization(db, { orgId: user.orgId }))?.defaultLocale ?? "he";
  return { url: referralUrl(origin, linkLocale, code), code };
}

/** A new code for the customer: the old link stops working at once. */
export async function revokeReferralLinkFor(user: CurrentUser, customerId: string) {
  const code = await replaceReferralCode(await getDb(), { orgId: user.orgId, customerId, ...customerScope(user), fresh: newReferralCode() });
  return { code };
}

/** The customers who came in through this customer (those the user may see), newest first. */
export async function listReferredFor(user: CurrentUser, customerId: string) {
  return listReferrals(await getDb(), { orgId: user.orgId, customerId, ...customerScope(user) });
}
