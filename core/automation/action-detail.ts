import type { ActionResult } from "./rules";

/**
 * What an action's result detail says, for the run log: the engine writes it as text
 * (db/mutations/automation-firings.ts, automation-messages.ts). Details of a shape this does not
 * know are shown as written.
 */
export const detailCodes = [
  "no_assignee",
  "no_recipient",
  "already_in_stage",
  "depth_limit",
  "do_not_contact",
  "email_unavailable",
  "no_email",
  "version_conflict",
  "not_found",
] as const;

export type DetailCode = (typeof detailCodes)[number];

export type ActionDetail =
  | { kind: "code"; code: DetailCode }
  | { kind: "tasks"; count: number; title: string }
  | { kind: "moved"; to: string }
  | { kind: "notified"; count: number }
  | { kind: "queued" }
  /** A refused move: the field codes of its validation error (`validation reason:reason_required_lost`). */
  | { kind: "refused"; codes: string[] }
  | { kind: "other"; text: string };

const fieldCodes = /^[a-zA-Z]+:[a-z_]+(\|[a-z_]+)*$/;

export function readActionDetail({ type, status, detail }: ActionResult): ActionDetail {
  const code = detailCodes.find((c) => c === detail);
  if (code) return { kind: "code", code };
  if (status === "done") {
    const tasks = type === "task" ? /^(\d+) × (.*)$/s.exec(detail) : null;
    if (tasks?.[1] && tasks[2] !== undefined) return { kind: "tasks", count: Number(tasks[1]), title: tasks[2] };
    if (type === "move" && detail) return { kind: "moved", to: detail };
    if (type === "notify" && /^\d+$/.test(detail)) return { kind: "notified", count: Number(detail) };
    if (/^queued ?[0-9a-f-]*$/.test(detail)) return { kind: "queued" };
  }
  const [first, ...fields] = detail.split(" ");
  if (status === "failed" && first === "validation" && fields.length && fields.every((f) => fieldCodes.test(f))) {
    return { kind: "refused", codes: fields.flatMap((f) => f.split(":")[1]!.split("|")) };
  }
  return { kind: "other", text: detail };
}
