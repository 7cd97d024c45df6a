import type { AutomationInput } from "@/core/automation/rules";

/** An enabled playbook with one task for the customer's owner: what most engine tests need, the rest overridden. */
export function playbookInput(trigger: AutomationInput["trigger"], { title, dueInDays = 0, ...extra }: Partial<AutomationInput> & { title: string; dueInDays?: number }): AutomationInput {
  return {
    name: trigger.type,
    enabled: true,
    trigger,
    actions: [{ type: "task", title, dueInDays, assignee: "owner" }],
    filter: {},
    runCap: 1000,
    ...extra,
  };
}
