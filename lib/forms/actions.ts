"use server";

import { defineAction } from "@/lib/actions";
import { can } from "@/lib/auth/roles";
import { leadFormSchema, updateLeadFormSchema } from "./schemas";
import { createLeadFormFor, updateLeadFormFor } from "./service";

export const createLeadFormAction = defineAction({ schema: leadFormSchema, allowed: can.manageSettings }, async (user, input) => {
  const form = await createLeadFormFor(user, input);
  return { id: form.id };
});

export const updateLeadFormAction = defineAction({ schema: updateLeadFormSchema, allowed: can.manageSettings }, async (user, input) => {
  const form = await updateLeadFormFor(user, input);
  return { id: form.id };
});
