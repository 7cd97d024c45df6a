import { CONFIRM_ABOVE, isTimeTrigger, type AutomationInput } from "@/core/automation/rules";
import type { HolidayKey } from "@/core/automation/holidays";
import type { Db } from "@/db/client";
import { countDue } from "@/db/mutations/automation-schedule";
import { createAutomation, updateAutomation } from "@/db/mutations/automations";
import type { DemoStaff } from "./customer";

/** The holidays the demo organization keeps: its greeting playbooks' two. */
export const demoHolidays: HolidayKey[] = ["rosh_hashanah", "nowruz"];

const task = (title: string, dueInDays: number, assignee: "owner" | "managers" = "owner") => ({ type: "task" as const, title, dueInDays, assignee });

/** The demo's playbooks, written from its seeds (names and titles in the language of the people they are for). */
const demoPlaybooks: (Omit<AutomationInput, "enabled" | "filter" | "runCap"> & { alwaysPaused?: true })[] = [
  { name: "מעקב אחרי לקוח שנתקע בהתלבטות", trigger: { type: "idle_in_stage", stage: "consideration" }, actions: [task("מעקב עם {name}: {days} ימים ב{stage}", 1)] },
  { name: "תודה על הרכישה", trigger: { type: "stage_entered", stage: "conversion" }, actions: [task("להודות ל{name} על הרכישה", 1)] },
  { name: "שיחת שימור אחרי 60 יום בלי קשר", trigger: { type: "no_contact", days: 60, journey: "retention" }, actions: [task("שיחת בדיקה עם {name}", 2)] },
  { name: "שובר יום הולדת", trigger: { type: "birthday", daysBefore: 3 }, actions: [task("לשלוח שובר יום הולדת ל{name}", 0)] },
  // Holidays greet the whole book on their window: they start paused, so an owner enables them seeing the count.
  { name: "ברכת ראש השנה", trigger: { type: "holiday", holiday: "rosh_hashanah", daysBefore: 7 }, actions: [task("לשלוח ברכת שנה טובה ל{name}", 3)], alwaysPaused: true },
  { name: "تبریک نوروز", trigger: { type: "holiday", holiday: "nowruz", daysBefore: 7 }, actions: [task("ارسال تبریک نوروز برای {name}", 3)], alwaysPaused: true },
  { name: "מלעיז: התראה למנהלים", trigger: { type: "feedback_received", minScore: 0, maxScore: 6 }, actions: [{ type: "notify", who: "managers" }] },
  { name: "ממליץ: בקשת הפניה", trigger: { type: "feedback_received", minScore: 9, maxScore: 10 }, actions: [task("לבקש מ{name} להמליץ עלינו לחבר", 2)] },
];

/** Each run adds at most this many firings per playbook: a handful of tasks a minute at most. */
const DEMO_RUN_CAP = 50;

/**
 * Written after the customers' history, so that history fires nothing. Playbooks triggered by an
 * event (a move, a feedback) are enabled: they act only on what people do in the demo. A time-based
 * one is enabled only when it would fire for at most CONFIRM_ABOVE customers now, the rule an owner
 * enabling it meets (so a small demo has its birthday and idle playbooks on, a large one has them
 * waiting for the owner's confirmation); the holiday greetings always start paused.
 */
export async function seedDemoPlaybooks(db: Db, { orgId, staff }: { orgId: string; staff: DemoStaff }) {
  for (const { alwaysPaused, ...playbook } of demoPlaybooks) {
    const input = { ...playbook, enabled: false, filter: {}, runCap: DEMO_RUN_CAP };
    const row = await createAutomation(db, { orgId, userId: staff.owner, input });
    const quiet = !isTimeTrigger(row.trigger) || (!alwaysPaused && (await countDue(db, row)) <= CONFIRM_ABOVE);
    if (quiet) await updateAutomation(db, { orgId, id: row.id, input: { enabled: true } });
  }
}
