import "server-only";
import { and, asc, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { customers, leadForms, organizations } from "../schema";

export async function listLeadForms(db: Db, { orgId }: { orgId: string }) {
  return db.select().from(leadForms).where(eq(leadForms.orgId, orgId)).orderBy(asc(leadForms.createdAt), asc(leadForms.id));
}

export async function findLeadForm(db: Db, { orgId, id }: { orgId: string; id: string }) {
  const [row] = await db.select().from(leadForms).where(and(eq(leadForms.orgId, orgId), eq(leadForms.id, id)));
  return row;
}

const publicColumns = { form: leadForms, orgName: organizations.name, orgCountry: organizations.country };

/** An open form as its public page shows it, found by its id alone (the visitor names no organization); none for an archived one. */
export async function findPublicLeadForm(db: Db, { id }: { id: string }) {
  const [row] = await db
    .select(publicColumns)
    .from(leadForms)
    .innerJoin(organizations, eq(organizations.id, leadForms.orgId))
    .where(and(eq(leadForms.id, id), isNull(leadForms.archivedAt)))
    .limit(1);
  return row;
}

/** The default form of the organization of the customer whose referral code this is; none for an unknown or revoked code. */
export async function findReferralLeadForm(db: Db, { code }: { code: string }) {
  const [row] = await db
    .select(publicColumns)
    .from(customers)
    .innerJoin(leadForms, and(eq(leadForms.orgId, customers.orgId), eq(leadForms.isDefault, true), isNull(leadForms.archivedAt)))
    .innerJoin(organizations, eq(organizations.id, customers.orgId))
    .where(and(isNotNull(customers.referralCode), eq(customers.referralCode, code)))
    .limit(1);
  return row;
}
