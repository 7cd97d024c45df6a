import { z } from "zod";
import { journeys } from "@/core/constants";
import { optionalText, optionalUuid } from "@/core/validation/fields";

const blank = (v: unknown) => (v === "" ? undefined : v);

/** `?journey=` on the page and the API; an unknown value falls back to the first journey. */
export const journeyParam = z.enum(journeys).catch("acquisition");

/** What the board shows (lib/board/types.ts BoardFilters): a search, and one owner's customers. */
export const boardFiltersSchema = z.object({
  q: optionalText(200),
  owner: optionalUuid,
});

export const boardQuerySchema = boardFiltersSchema.extend({
  journey: z.preprocess(blank, z.enum(journeys).default("acquisition")),
  stage: z.preprocess(blank, z.string().regex(/^[a-z][a-z0-9_]{0,39}$/).optional()),
  cursor: optionalText(400),
});
