import { z } from "zod";
import { uuid } from "@/core/validation/fields";
import { automationPatchSchema, automationSchema, filterSchema, triggerSchema } from "@/core/automation/rules";

/**
 * The settings form sends the API's own shapes (core/automation/draft.ts builds them from what was
 * typed), so the page and the API validate a playbook with one schema and report the same field paths.
 */
export const automationCreateSchema = automationSchema;

/** PATCH semantics: the form sends what it shows; nothing else of the playbook changes. */
export const automationUpdateSchema = automationPatchSchema.extend({ id: uuid });

/** "This would match N customers now" for a trigger and filter as typed; `id` leaves out what that playbook already fired. */
export const automationPreviewSchema = z.strictObject({ id: uuid.optional(), trigger: triggerSchema, filter: filterSchema });

export const automationRefSchema = z.strictObject({ id: uuid });
export const automationEnabledSchema = z.strictObject({ id: uuid, enabled: z.boolean(), confirm: z.boolean().optional() });
