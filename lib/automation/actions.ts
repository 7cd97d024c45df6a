"use server";

import { defineAction } from "@/lib/actions";
import { can } from "@/lib/auth/roles";
import { automationCreateSchema, automationEnabledSchema, automationPreviewSchema, automationRefSchema, automationUpdateSchema } from "@/lib/automation/form";
import { createAutomationFor, deleteAutomationFor, previewDraftFor, updateAutomationFor } from "@/lib/automation/service";

const owners = { allowed: can.manageAutomations };

export const createAutomationAction = defineAction({ schema: automationCreateSchema, ...owners }, async (user, input) => {
  const row = await createAutomationFor(user, input);
  return { id: row.id };
});

export const updateAutomationAction = defineAction({ schema: automationUpdateSchema, ...owners }, async (user, { id, ...patch }) => {
  await updateAutomationFor(user, id, patch);
  return { id };
});

export const setAutomationEnabledAction = defineAction({ schema: automationEnabledSchema, ...owners }, async (user, { id, enabled, confirm }) => {
  await updateAutomationFor(user, id, { enabled, confirm });
  return null;
});

export const deleteAutomationAction = defineAction({ schema: automationRefSchema, ...owners }, async (user, { id }) => {
  await deleteAutomationFor(user, id);
  return null;
});

/** A count only: nothing is recorded or fired, and nothing on the page needs refreshing. */
export const previewAutomationAction = defineAction(
  { schema: automationPreviewSchema, allowed: can.viewAutomations, revalidate: false },
  async (user, draft) => previewDraftFor(user, draft),
);
