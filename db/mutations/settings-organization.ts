import "server-only";
import { eq } from "drizzle-orm";
import type { PhoneCountry } from "@/core/phone/phone-number";
import type { Db } from "../client";
import { organizations } from "../schema";
import type { Locale } from "@/core/constants";

export interface OrganizationSettings {
  name: string;
  timeZone: string;
  currency: string;
  country: PhoneCountry;
  defaultLocale: Locale;
  heCalendar: "gregory" | "hebrew";
}

export async function updateOrganization(db: Db, { orgId, settings }: { orgId: string; settings: OrganizationSettings }) {
  const [row] = await db.update(organizations).set(settings).where(eq(organizations.id, orgId)).returning();
  if (!row) throw new Error("organization of a signed-in user is missing");
  return row;
}
