import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { createCustomer, type NewCustomerInput } from "@/db/mutations/customers";
import { createOwner } from "@/db/mutations/organizations";
import { users } from "@/db/schema";
import type { Role } from "@/core/constants";

/** A new organization with the default stages, an owner, a manager and two sales users. */
export async function createTestOrg(db: Db, name = `Org ${randomUUID().slice(0, 8)}`) {
  const suffix = randomUUID().slice(0, 8);
  const { orgId, userId: ownerId } = await createOwner(db, {
    email: `owner-${suffix}@test.test`,
    name: "Owner",
    orgName: name,
    passwordHash: "not-a-real-hash",
  });
  const addUser = async (role: Role, label: string) => {
    const [user] = await db
      .insert(users)
      .values({ orgId, email: `${label}-${suffix}@test.test`, name: label, role, passwordHash: "not-a-real-hash" })
      .returning();
    if (!user) throw new Error("user insert returned nothing");
    return user.id;
  };
  return {
    orgId,
    ownerId,
    managerId: await addUser("manager", "manager"),
    salesId: await addUser("sales", "sales"),
    sales2Id: await addUser("sales", "sales2"),
  };
}

export async function createTestCustomer(db: Db, input: Omit<NewCustomerInput, "name"> & { name?: string }) {
  const { customer } = await createCustomer(db, { name: `Customer ${randomUUID().slice(0, 6)}`, ...input });
  return customer;
}
