"use server";

import { defineAction } from "@/lib/actions";
import { can } from "@/lib/auth/roles";
import { stageNoteSchema } from "@/lib/journey-map/params";
import { saveStageNoteFor } from "@/lib/journey-map/service";

export const saveStageNoteAction = defineAction({ schema: stageNoteSchema, allowed: can.editJourneyNotes }, async (user, input) => {
  await saveStageNoteFor(user, input);
  return null;
});
