"use server";

import { defineAction } from "@/lib/actions";
import { can } from "@/lib/auth/roles";
import { addStageSchema, archiveStageSchema, reorderStagesSchema, updateStageSchema } from "@/lib/settings/schemas";
import { addStageFor, reorderStagesFor, setStageArchivedFor, updateStageFor } from "@/lib/settings/stages";

const owners = { allowed: can.manageSettings };

export const updateStageAction = defineAction({ schema: updateStageSchema, ...owners }, async (user, input) => {
  await updateStageFor(user, input);
  return null;
});

export const addStageAction = defineAction({ schema: addStageSchema, ...owners }, addStageFor);

export const reorderStagesAction = defineAction({ schema: reorderStagesSchema, ...owners }, async (user, input) => {
  await reorderStagesFor(user, input);
  return null;
});

export const archiveStageAction = defineAction({ schema: archiveStageSchema, ...owners }, async (user, input) => {
  await setStageArchivedFor(user, input);
  return null;
});
