import { z } from "zod";
import { localizedInt, optionalText, requiredText, uuid } from "@/core/validation/fields";
import { assigneeSchema, type AutomationInput } from "@/core/automation/rules";

/**
 * The settings page's one-action playbook form: flat fields (FormData sends strings), turned into
 * the API's shape by `automationFromForm`. Stage and days are required by the triggers that use them;
 * for a birthday, `days` is how many days before it.
 */
/** The triggers this form builds; the others are made through the API. */
export const formTriggerTypes = ["stage_entered", "idle_in_stage", "no_contact", "birthday"] as const;

export const automationFormSchema = z
  .strictObject({
    name: requiredText(120),
    triggerType: z.enum(formTriggerTypes),
    stage: optionalText(40),
    days: z.preprocess((v) => (v === "" ? undefined : v), localizedInt(0, 3650).optional()),
    taskTitle: requiredText(200),
    dueInDays: localizedInt(0, 365),
    assignee: assigneeSchema,
    enabled: z.preprocess((v) => v === "on" || v === true, z.boolean()),
    /** The "enable anyway" button, after the count was shown. */
    confirm: z.preprocess((v) => v === "true" || v === true, z.boolean()),
  })
  .superRefine((form, ctx) => {
    if ((form.triggerType === "stage_entered" || form.triggerType === "idle_in_stage") && !form.stage) ctx.addIssue({ code: "custom", path: ["stage"], message: "required", params: { code: "required" } });
    if (form.triggerType === "no_contact" && !form.days) ctx.addIssue({ code: "custom", path: ["days"], message: "required", params: { code: "required" } });
  });
export type AutomationForm = z.infer<typeof automationFormSchema>;

export function automationFromForm(form: AutomationForm): AutomationInput {
  const stage = form.stage ?? "";
  const triggers: Record<AutomationForm["triggerType"], () => AutomationInput["trigger"]> = {
    stage_entered: () => ({ type: "stage_entered", stage }),
    idle_in_stage: () => ({ type: "idle_in_stage", stage, ...(form.days ? { days: form.days } : {}) }),
    no_contact: () => ({ type: "no_contact", days: Math.max(1, form.days ?? 1) }),
    birthday: () => ({ type: "birthday", daysBefore: Math.min(60, form.days ?? 0) }),
  };
  const trigger = triggers[form.triggerType]();
  return {
    name: form.name,
    enabled: form.enabled,
    trigger,
    actions: [{ type: "task", title: form.taskTitle, dueInDays: form.dueInDays, assignee: form.assignee }],
    filter: {},
    runCap: 1000,
  };
}

export const automationRefSchema = z.strictObject({ id: uuid });
export const automationEnabledSchema = z.strictObject({ id: uuid, enabled: z.boolean(), confirm: z.boolean().optional() });
