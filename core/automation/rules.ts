import { z } from "zod";
import { channels, journeys, locales, messageTemplateKeys } from "@/core/constants";
import { requiredText } from "@/core/validation/fields";
import { holidayKeys } from "@/core/automation/holidays";

/**
 * The shapes of a playbook (trigger, actions, filter) as the API and the database hold them, and
 * the pure rules over them. Nothing here reads the database: the engine (db/mutations/automation-*)
 * applies them with set-based SQL.
 */

const stageKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);
const days = z.number().int().min(1).max(3650);
const daysBefore = z.number().int().min(0).max(60);
const score = z.number().int().min(0).max(10);

/** Strict: a parameter with a name the type does not know is refused, not dropped (a misspelt `days` would fall back to the default). */
export const triggerSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("stage_entered"), stage: stageKey }),
  /** `days` absent: the stage's own idle days. */
  z.strictObject({ type: z.literal("idle_in_stage"), stage: stageKey, days: days.optional() }),
  z.strictObject({ type: z.literal("no_contact"), days, journey: z.enum(journeys).optional() }),
  /** From `daysBefore` days before the birthday (in the organization's time zone) until the day; once a year. */
  z.strictObject({ type: z.literal("birthday"), daysBefore }),
  /** From `daysBefore` days before the holiday's first day until the day; once per holiday year, if the organization keeps that holiday. */
  z.strictObject({ type: z.literal("holiday"), holiday: z.enum(holidayKeys), daysBefore }),
  /** `days` after the customer's latest purchase; once per purchase. */
  z.strictObject({ type: z.literal("purchase_anniversary"), days }),
  /** As a feedback score is recorded, when it lies within the bounds given. */
  z
    .strictObject({ type: z.literal("feedback_received"), minScore: score.optional(), maxScore: score.optional() })
    .refine((t) => t.minScore === undefined || t.maxScore === undefined || t.minScore <= t.maxScore, { path: ["maxScore"], message: "min_above_max" }),
]);
export type AutomationTrigger = z.infer<typeof triggerSchema>;

const taskTitle = requiredText(200);
export const assigneeSchema = z.union([z.literal("owner"), z.literal("managers"), z.uuid()]);

export const actionSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("task"), title: taskTitle, dueInDays: z.number().int().min(0).max(365), assignee: assigneeSchema }),
  /** A POST of the firing signed the Standard Webhooks way with `secret` (whsec_ and base64, as the standardwebhooks libraries make). */
  z.strictObject({
    type: z.literal("webhook"),
    url: z.url({ protocol: /^https?$/ }).max(2000),
    secret: z.string().regex(/^whsec_[A-Za-z0-9+/]{32,}={0,2}$/),
  }),
  /** Emails the customer a survey link (the `survey_request` template); `locale` absent: the organization's. */
  z.strictObject({ type: z.literal("request_feedback"), locale: z.enum(locales).optional() }),
  /** Emails the customer one of the message templates. */
  z.strictObject({ type: z.literal("message"), template: z.enum(messageTemplateKeys), locale: z.enum(locales).optional() }),
  /** Moves the customer to the stage through the one move function, its rules and version check included. */
  z.strictObject({ type: z.literal("move"), to: stageKey }),
  /** An in-app notification. */
  z.strictObject({ type: z.literal("notify"), who: assigneeSchema }),
]);
export type AutomationAction = z.infer<typeof actionSchema>;

export const filterSchema = z
  .object({ journey: z.enum(journeys), stage: stageKey, channel: z.enum(channels), ownerId: z.uuid() })
  .partial()
  .strict();
export type AutomationFilter = z.infer<typeof filterSchema>;

const automationFields = {
  name: requiredText(120),
  enabled: z.boolean(),
  trigger: triggerSchema,
  actions: z.array(actionSchema).min(1).max(10),
  filter: filterSchema,
  runCap: z.number().int().min(1).max(100_000),
};

export const automationSchema = z.object({
  ...automationFields,
  enabled: automationFields.enabled.default(false),
  filter: automationFields.filter.default({}),
  runCap: automationFields.runCap.default(1000),
  /** Yes to enabling a time-based playbook that matches more than CONFIRM_ABOVE customers now. */
  confirm: z.boolean().optional(),
});
export type AutomationInput = Omit<z.infer<typeof automationSchema>, "confirm">;
/** A PATCH changes only what it names (no defaults fill the rest). */
export const automationPatchSchema = z.object(automationFields).partial().extend({ confirm: z.boolean().optional() });

export type ActionStatus = "done" | "failed" | "skipped";
export interface ActionResult {
  type: AutomationAction["type"];
  status: ActionStatus;
  detail: string;
}

/** Triggers the schedule evaluates; the others are recorded by the database as their event is written. */
export const isTimeTrigger = (trigger: AutomationTrigger) => trigger.type !== "stage_entered" && trigger.type !== "feedback_received";

/** How many moves made by playbooks may lead to one another before the chain is cut (loops). */
export const MAX_DEPTH = 3;

/** Enabling a time-based playbook that matches more than this many customers asks to confirm the count. */
export const CONFIRM_ABOVE = 100;

export interface TemplateValues {
  name: string;
  stage: string;
  owner: string;
  days: number | string;
}

/** Fills `{name}`, `{stage}`, `{owner}` and `{days}`; any other brace text is kept as written. */
export function renderTemplate(template: string, values: TemplateValues): string {
  return template.replace(/\{(name|stage|owner|days)\}/g, (_, key: keyof TemplateValues) => String(values[key]));
}

/** The day a task is due: `dueInDays` after `today` (a YYYY-MM-DD day in the organization's zone). */
export function dueOn(today: string, dueInDays: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + dueInDays);
  return date.toISOString().slice(0, 10);
}
