"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions";
import { can } from "@/lib/auth/roles";
import { addFeedbackFor, addPurchaseFor, addTaskFor, addTouchpointFor, setTaskDoneFor } from "@/lib/customers/activity-service";
import { refuseDuplicates } from "@/lib/customers/duplicates";
import { mergeCustomerFor } from "@/lib/customers/merge-service";
import { presentCustomer } from "@/lib/customers/present";
import {
  bulkMoveSchema,
  createCustomerSchema,
  feedbackSchema,
  mergeSchema,
  moveSchema,
  purchaseSchema,
  reassignSchema,
  taskSchema,
  touchpointSchema,
  updateCustomerSchema,
} from "@/lib/customers/schemas";
import { bulkMoveFor, createCustomerFor, moveCustomerFor, reassignFor, updateCustomerFor } from "@/lib/customers/service";

const customerRef = { customerId: z.string().uuid() };

/** `allowDuplicate` is the form's "create anyway" button, after it was shown the customers with the same email or phone. */
const createSchema = createCustomerSchema.extend({ allowDuplicate: z.literal("true").optional() });

export const createCustomerAction = defineAction({ schema: createSchema }, async (user, { allowDuplicate, ...input }) => {
  if (!allowDuplicate) await refuseDuplicates(user, input);
  const { customer } = await createCustomerFor(user, input);
  return { id: customer.id };
});

export const mergeCustomerAction = defineAction({ schema: mergeSchema.extend(customerRef), allowed: can.mergeCustomers }, async (user, { customerId, ...input }) =>
  presentCustomer(await mergeCustomerFor(user, customerId, input)),
);

export const updateCustomerAction = defineAction({ schema: updateCustomerSchema.extend(customerRef) }, async (user, { customerId, ...input }) =>
  presentCustomer(await updateCustomerFor(user, customerId, input)),
);

export const moveCustomerAction = defineAction({ schema: moveSchema.extend(customerRef) }, async (user, { customerId, ...input }) => {
  const { customer } = await moveCustomerFor(user, customerId, input);
  return presentCustomer(customer);
});

export const bulkMoveAction = defineAction({ schema: bulkMoveSchema }, bulkMoveFor);

export const reassignAction = defineAction({ schema: reassignSchema, allowed: can.reassignOwner }, reassignFor);

export const addTouchpointAction = defineAction({ schema: touchpointSchema.extend(customerRef) }, async (user, { customerId, ...input }) => {
  await addTouchpointFor(user, customerId, input);
  return null;
});

export const addPurchaseAction = defineAction({ schema: purchaseSchema.extend(customerRef) }, async (user, { customerId, ...input }) => {
  await addPurchaseFor(user, customerId, input);
  return null;
});

export const addFeedbackAction = defineAction({ schema: feedbackSchema.extend(customerRef) }, async (user, { customerId, ...input }) => {
  await addFeedbackFor(user, customerId, input);
  return null;
});

export const addTaskAction = defineAction({ schema: taskSchema.extend(customerRef) }, async (user, { customerId, ...input }) => {
  await addTaskFor(user, customerId, input);
  return null;
});

export const setTaskDoneAction = defineAction(
  { schema: z.strictObject({ customerId: z.string().uuid(), taskId: z.string().uuid(), done: z.boolean() }) },
  async (user, { customerId, taskId, done }) => {
    await setTaskDoneFor(user, customerId, taskId, done);
    return null;
  },
);
