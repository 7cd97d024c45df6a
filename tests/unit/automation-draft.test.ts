import { describe, expect, it } from "vitest";
import { draftFrom, emptyAction, numberOrText, toInput, type AutomationDraft } from "@/core/automation/draft";
import { readOccurrence } from "@/core/automation/occurrence";
import { automationSchema, type AutomationInput } from "@/core/automation/rules";

const saved: Omit<AutomationInput, "runCap"> = {
  name: "Holiday greeting",
  enabled: true,
  trigger: { type: "holiday", holiday: "nowruz", daysBefore: 3 },
  actions: [
    { type: "task", title: "Call {name}", dueInDays: 0, assignee: "managers" },
    { type: "notify", who: "owner" },
    { type: "move", to: "retention" },
    { type: "webhook", url: "https://hooks.example.com/in", secret: `whsec_${"A".repeat(44)}` },
    { type: "request_feedback" },
    { type: "message", template: "holiday", locale: "fa" },
  ],
  filter: { journey: "retention", channel: "instagram" },
};

describe("the playbook form's draft", () => {
  it("round-trips a saved playbook back to the same API shape", () => {
    expect(toInput(draftFrom(saved))).toEqual(saved);
    expect(automationSchema.parse(toInput(draftFrom(saved)))).toMatchObject(saved);
  });

  it("writes a saved playbook's numbers in the locale's digits and reads them back as the same playbook", () => {
    const persian = (value: number) => new Intl.NumberFormat("fa", { useGrouping: false }).format(value);
    const draft = draftFrom({ ...saved, trigger: { type: "feedback_received", minScore: 0, maxScore: 6 } }, persian);
    expect(draft.trigger).toMatchObject({ minScore: "۰", maxScore: "۶", daysBefore: "۰" });
    expect(draft.actions[0]).toMatchObject({ dueInDays: "۰", title: "Call {name}" });
    expect(draftFrom(saved, persian).trigger.daysBefore).toBe("۳");
    expect(draftFrom({ ...saved, trigger: { type: "idle_in_stage", stage: "consideration", days: 1234 } }, persian).trigger.days).toBe("۱۲۳۴");
    expect(toInput(draftFrom(saved, persian))).toEqual(saved);
    expect(emptyAction("1", "task", persian).dueInDays).toBe("۱");
  });

  it("reads Persian digits as numbers, leaves blanks out and passes other text on for the schema to refuse", () => {
    expect(numberOrText("۱۲")).toBe(12);
    expect(numberOrText(" ")).toBeUndefined();
    expect(numberOrText("ten")).toBe("ten");
    const draft: AutomationDraft = draftFrom(saved);
    draft.trigger = { ...draft.trigger, type: "idle_in_stage", stage: "consideration", days: "" };
    draft.actions = [{ ...emptyAction("x"), title: "t", dueInDays: "دو" }];
    const input = toInput(draft);
    expect(input.trigger).toEqual({ type: "idle_in_stage", stage: "consideration" });
    const issues = automationSchema.safeParse(input).error?.issues.map((i) => i.path.join("."));
    expect(issues).toEqual(["actions.0.dueInDays"]);
  });

  it("keeps the parameters of a trigger type while another is chosen", () => {
    const draft = draftFrom({ ...saved, trigger: { type: "feedback_received", minScore: 0, maxScore: 6 } });
    const other = { ...draft, trigger: { ...draft.trigger, type: "birthday" as const } };
    expect(toInput(other).trigger).toEqual({ type: "birthday", daysBefore: 0 });
    expect(toInput({ ...other, trigger: { ...other.trigger, type: "feedback_received" } }).trigger).toEqual({ type: "feedback_received", minScore: 0, maxScore: 6 });
  });
});

describe("occurrence keys in the run log", () => {
  it("names stays and silences by the instant they began, birthdays by year", () => {
    expect(readOccurrence("stay:1767225600000000")).toEqual({ kind: "stay", since: new Date("2026-01-01T00:00:00Z") });
    expect(readOccurrence("silence:1767225600123456")).toEqual({ kind: "silence", since: new Date("2026-01-01T00:00:00.123Z") });
    expect(readOccurrence("birthday:2027")).toEqual({ kind: "birthday", year: 2027 });
    expect(readOccurrence("entered:7f0e")).toEqual({ kind: "entered" });
    expect(readOccurrence("holiday:nowruz:2027-03-21")).toEqual({ kind: "holiday", holiday: "nowruz", day: "2027-03-21" });
    expect(readOccurrence("purchase:7f0e")).toEqual({ kind: "purchase" });
    expect(readOccurrence("holiday:nowruz:2027")).toEqual({ kind: "other", text: "holiday:nowruz:2027" });
    expect(readOccurrence("stay:soon")).toEqual({ kind: "other", text: "stay:soon" });
  });
});
