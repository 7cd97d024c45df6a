import { describe, expect, it } from "vitest";
import { actionSchema, automationPatchSchema, automationSchema, dueOn, isTimeTrigger, renderTemplate, triggerSchema } from "@/core/automation/rules";
import { holidayKeys, holidayKeysByCalendar } from "@/core/automation/holidays";

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

  it("refuses a parameter the type does not know rather than dropping it", () => {
    expect(triggerSchema.safeParse({ type: "idle_in_stage", stage: "consideration", dayz: 3 }).success).toBe(false);
    expect(triggerSchema.safeParse({ type: "idle_in_stage", stage: "consideration", days: 3 }).success).toBe(true);
    expect(actionSchema.safeParse({ type: "notify", who: "owner", title: "x" }).success).toBe(false);
  });

  it("refuses unknown trigger types, bad stage keys and out-of-range days", () => {
    const action = [{ type: "task", title: "t", dueInDays: 1, assignee: "owner" }];
    for (const trigger of [{ type: "sometimes" }, { type: "stage_entered", stage: "Not A Key" }, { type: "no_contact", days: 0 }, { type: "birthday", daysBefore: 61 }]) {
      expect(automationSchema.safeParse({ name: "x", trigger, actions: action }).success).toBe(false);
    }
  });
});

describe("playbook shapes for holidays, purchases, feedback, moves and notifications", () => {
  const action = [{ type: "task", title: "t", dueInDays: 1, assignee: "owner" }];
  const accepts = (trigger: unknown, actions: unknown = action) => automationSchema.safeParse({ name: "x", trigger, actions }).success;

  it("takes each new trigger within its bounds", () => {
    expect(accepts({ type: "holiday", holiday: "rosh_hashanah", daysBefore: 0 })).toBe(true);
    expect(accepts({ type: "holiday", holiday: "nowruz", daysBefore: 60 })).toBe(true);
    expect(accepts({ type: "purchase_anniversary", days: 365 })).toBe(true);
    expect(accepts({ type: "feedback_received" })).toBe(true);
    expect(accepts({ type: "feedback_received", minScore: 0, maxScore: 6 })).toBe(true);
    expect(accepts({ type: "feedback_received", minScore: 9, maxScore: 9 })).toBe(true);
  });

  it("refuses unknown holidays, out-of-range days and scores, and a minimum above the maximum", () => {
    for (const trigger of [
      { type: "holiday", holiday: "christmas", daysBefore: 1 },
      { type: "holiday", holiday: "purim", daysBefore: 61 },
      { type: "purchase_anniversary", days: 0 },
      { type: "purchase_anniversary", days: 3651 },
      { type: "feedback_received", minScore: -1 },
      { type: "feedback_received", maxScore: 11 },
      { type: "feedback_received", minScore: 7, maxScore: 6 },
    ]) {
      expect(accepts(trigger), JSON.stringify(trigger)).toBe(false);
    }
  });

  it("takes move and notify actions and refuses bad targets", () => {
    const trigger = { type: "stage_entered", stage: "conversion" };
    expect(accepts(trigger, [{ type: "move", to: "retention" }, { type: "notify", who: "managers" }])).toBe(true);
    expect(accepts(trigger, [{ type: "notify", who: "0b7f8a52-2a3b-4c1d-9e8f-0123456789ab" }])).toBe(true);
    expect(accepts(trigger, [{ type: "move", to: "Not A Key" }])).toBe(false);
    expect(accepts(trigger, [{ type: "notify", who: "everyone" }])).toBe(false);
  });

  it("lists every holiday key once, under its calendar", () => {
    expect(new Set(holidayKeys).size).toBe(holidayKeys.length);
    expect(holidayKeysByCalendar.il).toContain("pesach");
    expect(holidayKeysByCalendar.ir).toContain("yalda");
  });

  it("counts feedback as an event, holidays and purchases as time", () => {
    expect(isTimeTrigger({ type: "feedback_received" })).toBe(false);
    expect(isTimeTrigger({ type: "holiday", holiday: "purim", daysBefore: 0 })).toBe(true);
    expect(isTimeTrigger({ type: "purchase_anniversary", days: 30 })).toBe(true);
  });
});
