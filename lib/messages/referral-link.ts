import "server-only";
import type { Customer } from "@/db/schema";

/**
 * The customer's referral link for `{referral_link}`, or "" while they have none (the variable then
 * renders as nothing). Referral codes are made by the lead forms and referral links work (issue 17
 * item 2); this is the one place that reads them.
 */
export async function referralLinkFor(_customer: Customer, _origin: string, _locale: string): Promise<string> {
  return "";
}
