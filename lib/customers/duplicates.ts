import "server-only";
import { getDb } from "@/db";
import { findDuplicates } from "@/db/queries/customer-duplicates";
import { findOrganization } from "@/db/queries/organizations";
import { customerScope } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { DomainError } from "@/core/errors";
import { toE164, type PhoneCountry } from "@/core/phone/phone-number";

/** The phone in E.164, read with the organization's country when it has no country code. */
export async function phoneE164For(orgId: string, phone: string | null | undefined): Promise<string | null> {
  if (!phone) return null;
  const country = (await findOrganization(await getDb(), { orgId }))?.country ?? "IL";
  return toE164(phone, country as PhoneCountry);
}

/**
 * Customers the caller can see with the same email (any case) or phone (E.164) as `contact`: what
 * a new customer would duplicate. Customers outside the caller's scope are never named.
 */
export async function duplicatesFor(user: CurrentUser, contact: { email?: string | null; phone?: string | null }, exceptId?: string) {
  const phoneE164 = await phoneE164For(user.orgId, contact.phone);
  return findDuplicates(await getDb(), { orgId: user.orgId, ...customerScope(user), email: contact.email, phoneE164, exceptId });
}

/** Refuses a new customer who duplicates one the caller can see, naming them (the form offers to open one, or to create anyway). */
export async function refuseDuplicates(user: CurrentUser, contact: { email?: string | null; phone?: string | null }) {
  const duplicates = await duplicatesFor(user, contact);
  if (duplicates.length > 0) throw new DomainError(409, "duplicate", {}, { duplicates: duplicates.map(({ id, name }) => ({ id, name })) });
}
