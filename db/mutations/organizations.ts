import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { organizations, stages, users } from "../schema";
import { templateStages } from "@/db/stage-template";

export class EmailTakenError extends Error {
  constructor(email: string) {
    super(`A user with the email ${email} already exists.`);
  }
}

/**
 * Creates an owner, in the organization of that name or in a new one with the default stage
 * template. One transaction: no organization is left without its owner.
 */
export async function createOwner(
  db: Db,
  input: { email: string; name: string; orgName: string; passwordHash: string },
): Promise<{ orgId: string; userId: string; createdOrg: boolean }> {
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(sql`lower(${users.email})`, input.email.toLowerCase()));
    if (taken) throw new EmailTakenError(input.email);
    let [org] = await tx.select().from(organizations).where(eq(organizations.name, input.orgName)).limit(1);
    const createdOrg = !org;
    if (!org) {
      [org] = await tx.insert(organizations).values({ name: input.orgName }).returning();
      if (!org) throw new Error("organization insert returned nothing");
      await tx.insert(stages).values(templateStages(org.id));
    }
    const [user] = await tx
      .insert(users)
      .values({ orgId: org.id, email: input.email, name: input.name, role: "owner", passwordHash: input.passwordHash })
      .returning({ id: users.id });
    if (!user) throw new Error("user insert returned nothing");
    return { orgId: org.id, userId: user.id, createdOrg };
  });
}
