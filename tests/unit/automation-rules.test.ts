import { describe, expect, it } from "vitest";
import { automationFormSchema, automationFromForm } from "@/lib/automation/form";
import { automationPatchSchema, automationSchema, dueOn, renderTemplate } from "@/core/automation/rules";

describe("playbook rules", () => {
  it("fills the four placeholders and keeps any other brace text", () => {
    const values = { name: "دانا", stage: "מעורבות", owner: "Yael", days: 12 };
    expect(renderTemplate("Call {name} ({stage}) for {owner}, {days} days {unknown} {name}", values)).toBe("Call دانا (מעורבות) for Yael, 12 days {unknown} دانا");
  });

  it("counts due days across month and year ends", () => {
    expect(dueOn("2026-12-30", 0)).toBe("2026-12-30");
    expect(dueOn("2026-12-30", 3)).toBe("2027-01-02");
    expect(dueOn("2028-02-28", 1)).toBe("2028-02-29");
  });

  it("fills defaults on create but not on a patch", () => {
    const created = automationSchema.parse({ name: "x", trigger: { type: "stage_entered", stage: "conversion" }, actions: [{ type: "task", title: "t", dueInDays: 1, assignee: "owner" }] });
    expect(created).toMatchObject({ enabled: false, filter: {}, runCap: 1000 });
    expect(automationPatchSchema.parse({ name: "y" })).toEqual({ name: "y" });
  });

  it("refuses unknown trigger types, bad stage keys and out-of-range days", () => {
    const action = [{ type: "task", title: "t", dueInDays: 1, assignee: "owner" }];
    for (const trigger of [{ type: "sometimes" }, { type: "stage_entered", stage: "Not A Key" }, { type: "no_contact", days: 0 }, { type: "birthday", daysBefore: 61 }]) {
      expect(automationSchema.safeParse({ name: "x", trigger, actions: action }).success).toBe(false);
    }
  });

  it("turns the settings form into the API shape, Persian digits included", () => {
    const form = automationFormSchema.parse({ name: "تولد", triggerType: "birthday", days: "۳", taskTitle: "کارت هدیه برای {name}", dueInDays: "۰", assignee: "managers", enabled: "on" });
    expect(automationFromForm(form)).toEqual({
      name: "تولد",
      enabled: true,
      trigger: { type: "birthday", daysBefore: 3 },
      actions: [{ type: "task", title: "کارت هدیه برای {name}", dueInDays: 0, assignee: "managers" }],
      filter: {},
      runCap: 1000,
    });
    expect(automationFormSchema.safeParse({ name: "x", triggerType: "idle_in_stage", taskTitle: "t", dueInDays: "1", assignee: "owner" }).error?.issues[0]?.path).toEqual(["stage"]);
  });
});
