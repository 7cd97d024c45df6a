"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions";
import { presentCustomer } from "@/lib/customers/present";
import { moveSchema } from "@/lib/customers/schemas";
import { moveCustomerFor } from "@/lib/customers/service";

/** A card move: the board updates its own query cache, so the page is not re-rendered. */
export const moveCardAction = defineAction({ schema: moveSchema.extend({ customerId: z.string().uuid() }), revalidate: false }, async (user, { customerId, ...input }) => {
  const { customer } = await moveCustomerFor(user, customerId, input);
  return presentCustomer(customer);
});
