import { isTimeTrigger, type AutomationInput } from "@/core/automation/rules";
import type { HolidayKey } from "@/core/automation/holidays";
import type { Db } from "@/db/client";
import { automations, automationTriggerColumns } from "@/db/schema";
import type { DemoStaff } from "./customer";

/** The holidays the demo organization keeps: its greeting playbooks' two. */
export const demoHolidays: HolidayKey[] = ["rosh_hashanah", "nowruz"];

const task = (title: string, dueInDays: number) => ({ type: "task" as const, title, dueInDays, assignee: "owner" as const });

/** The demo's playbooks, written from its seeds (names and titles in the language of the people they are for). */
const demoPlaybooks: Omit<AutomationInput, "enabled" | "filter" | "runCap">[] = [
  { name: "מעקב אחרי לקוח שנתקע בהתלבטות", trigger: { type: "idle_in_stage", stage: "consideration" }, actions: [task("מעקב עם {name}: {days} ימים ב{stage}", 1)] },
  { name: "תודה על הרכישה", trigger: { type: "stage_entered", stage: "conversion" }, actions: [task("להודות ל{name} על הרכישה", 1)] },
  { name: "סקר שביעות רצון שבוע אחרי הרכישה", trigger: { type: "idle_in_stage", stage: "conversion", days: 7 }, actions: [{ type: "request_feedback" }] },
  { name: "שיחת שימור אחרי 60 יום בלי קשר", trigger: { type: "no_contact", days: 60, journey: "retention" }, actions: [task("שיחת בדיקה עם {name}", 2)] },
  { name: "שובר יום הולדת", trigger: { type: "birthday", daysBefore: 3 }, actions: [task("לשלוח שובר יום הולדת ל{name}", 0)] },
  { name: "ברכת ראש השנה", trigger: { type: "holiday", holiday: "rosh_hashanah", daysBefore: 7 }, actions: [task("לשלוח ברכת שנה טובה ל{name}", 3)] },
  { name: "تبریک نوروز", trigger: { type: "holiday", holiday: "nowruz", daysBefore: 7 }, actions: [task("ارسال تبریک نوروز برای {name}", 3)] },
  { name: "מלעיז: התראה למנהלים", trigger: { type: "feedback_received", minScore: 0, maxScore: 6 }, actions: [{ type: "notify", who: "managers" }] },
  { name: "ממליץ: בקשת הפניה", trigger: { type: "feedback_received", minScore: 9, maxScore: 10 }, actions: [task("לבקש מ{name} להמליץ עלינו לחבר", 2)] },
];

/** Each run adds at most this many firings per playbook, once an owner enables a time-based one. */
const DEMO_RUN_CAP = 50;

/**
 * Written after the customers' history, so that history fires nothing. Playbooks triggered by an
 * event (a move, a feedback) are enabled: they act only on what people do in the demo. Time-based
 * ones start paused: on the demo's 18 months of history each would fire for hundreds of customers
 * at its first run (a holiday for the whole book), so an owner enables them through the
 * confirmation that shows the count.
 */
export async function seedDemoPlaybooks(db: Db, { orgId, staff }: { orgId: string; staff: DemoStaff }) {
  await db.insert(automations).values(
    demoPlaybooks.map((playbook) => ({
      ...playbook,
      ...automationTriggerColumns(playbook.trigger),
      orgId,
      createdBy: staff.owner,
      enabled: !isTimeTrigger(playbook.trigger),
      filter: {},
      runCap: DEMO_RUN_CAP,
    })),
  );
}
