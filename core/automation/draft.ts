import { normalizeDigits } from "@/core/i18n/digits";
import type { AutomationAction, AutomationFilter, AutomationInput, AutomationTrigger } from "./rules";

/**
 * A playbook as the settings form holds it: every control's text as typed, kept for every trigger
 * and action type at once, so switching a type back and forth or a refused save loses nothing.
 * `toInput` turns it into the API's shape; what it cannot read as a number it passes on as text,
 * so the server's schema (the one the API uses) refuses it next to the field.
 */
export const triggerTypes = ["stage_entered", "idle_in_stage", "no_contact", "birthday", "holiday", "purchase_anniversary", "feedback_received"] as const satisfies readonly AutomationTrigger["type"][];
export const actionTypes = ["task", "notify", "move", "webhook", "request_feedback", "message"] as const satisfies readonly AutomationAction["type"][];
export type TriggerType = (typeof triggerTypes)[number];
export type ActionType = (typeof actionTypes)[number];

export interface TriggerDraft {
  type: TriggerType;
  stage: string;
  days: string;
  daysBefore: string;
  journey: string;
  holiday: string;
  minScore: string;
  maxScore: string;
}

export interface ActionDraft {
  /** Stable across additions and removals (React's key), never sent. */
  key: string;
  type: ActionType;
  title: string;
  dueInDays: string;
  assignee: string;
  url: string;
  secret: string;
  to: string;
  who: string;
  /** A message template key (the `message` action). */
  template: string;
  /** The message's language; blank: the organization's. */
  locale: string;
}

export type FilterDraft = Record<keyof Required<AutomationFilter>, string>;

export interface AutomationDraft {
  name: string;
  enabled: boolean;
  trigger: TriggerDraft;
  actions: ActionDraft[];
  filter: FilterDraft;
}

/** Writes a number in the locale's digits (Persian in fa) for a control; `numberOrText` reads them back. */
export type Digits = (value: number) => string;

const text = (value: number | string | undefined, digits: Digits = String) => (value === undefined ? "" : typeof value === "number" ? digits(value) : value);

export function emptyAction(key: string, type: ActionType = "task", digits: Digits = String): ActionDraft {
  return { key, type, title: "", dueInDays: digits(1), assignee: "owner", url: "", secret: "", to: "", who: "owner", template: "follow_up", locale: "" };
}

export function draftFrom(input: Pick<AutomationInput, "name" | "enabled" | "trigger" | "actions" | "filter">, digits: Digits = String): AutomationDraft {
  const t = input.trigger;
  const number = (value: number | string | undefined) => text(value, digits);
  return {
    name: input.name,
    enabled: input.enabled,
    trigger: {
      type: t.type,
      stage: "stage" in t ? t.stage : "",
      days: "days" in t ? number(t.days) : "",
      daysBefore: "daysBefore" in t ? number(t.daysBefore) : digits(0),
      journey: "journey" in t ? text(t.journey) : "",
      holiday: "holiday" in t ? t.holiday : "",
      minScore: "minScore" in t ? number(t.minScore) : "",
      maxScore: "maxScore" in t ? number(t.maxScore) : "",
    },
    actions: input.actions.map((action, i) => ({ ...emptyAction(String(i), action.type, digits), ...stringValues(action, digits) })),
    filter: { journey: text(input.filter.journey), stage: text(input.filter.stage), channel: text(input.filter.channel), ownerId: text(input.filter.ownerId) },
  };
}

function stringValues(action: AutomationAction, digits: Digits): Partial<ActionDraft> {
  return Object.fromEntries(Object.entries(action).map(([key, value]) => [key, typeof value === "number" ? digits(value) : String(value)]));
}

/** A typed number (Persian and Arabic digits too) as a number; blank as absent; anything else as typed. */
export function numberOrText(value: string): number | string | undefined {
  const trimmed = normalizeDigits(value).trim();
  if (trimmed === "") return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : value;
}

const present = (value: string) => (value === "" ? undefined : value);

/** Leaves out absent values, so optional parameters are not sent at all. */
function defined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

export function triggerFrom(d: TriggerDraft): Record<string, unknown> {
  const days = numberOrText(d.days);
  const daysBefore = numberOrText(d.daysBefore);
  const byType: Record<TriggerType, () => Record<string, unknown>> = {
    stage_entered: () => ({ stage: d.stage }),
    idle_in_stage: () => ({ stage: d.stage, days }),
    no_contact: () => ({ days, journey: present(d.journey) }),
    birthday: () => ({ daysBefore }),
    holiday: () => ({ holiday: d.holiday, daysBefore }),
    purchase_anniversary: () => ({ days }),
    feedback_received: () => ({ minScore: numberOrText(d.minScore), maxScore: numberOrText(d.maxScore) }),
  };
  return defined({ type: d.type, ...byType[d.type]() });
}

export function actionFrom(d: ActionDraft): Record<string, unknown> {
  const byType: Record<ActionType, () => Record<string, unknown>> = {
    task: () => ({ title: d.title, dueInDays: numberOrText(d.dueInDays), assignee: d.assignee }),
    notify: () => ({ who: d.who }),
    move: () => ({ to: d.to }),
    webhook: () => ({ url: d.url.trim(), secret: d.secret.trim() }),
    request_feedback: () => ({ locale: present(d.locale) }),
    message: () => ({ template: d.template, locale: present(d.locale) }),
  };
  return defined({ type: d.type, ...byType[d.type]() });
}

export function filterFrom(d: FilterDraft): Record<string, unknown> {
  return defined({ journey: present(d.journey), stage: present(d.stage), channel: present(d.channel), ownerId: present(d.ownerId) });
}

/** The body a save sends: the API's shape, unvalidated (the server validates it). */
export function toInput(draft: AutomationDraft) {
  return { name: draft.name, enabled: draft.enabled, trigger: triggerFrom(draft.trigger), actions: draft.actions.map(actionFrom), filter: filterFrom(draft.filter) };
}

/** The parameters each trigger type shows on the form (and so the field errors it can show beside them). */
export const triggerParams: Record<TriggerType, readonly (keyof TriggerDraft)[]> = {
  stage_entered: ["stage"],
  idle_in_stage: ["stage", "days"],
  no_contact: ["days", "journey"],
  birthday: ["daysBefore"],
  holiday: ["holiday", "daysBefore"],
  purchase_anniversary: ["days"],
  feedback_received: ["minScore", "maxScore"],
};

export const actionParams: Record<ActionType, readonly (keyof ActionDraft)[]> = {
  task: ["title", "dueInDays", "assignee"],
  notify: ["who"],
  move: ["to"],
  webhook: ["url", "secret"],
  request_feedback: ["locale"],
  message: ["template", "locale"],
};

/** The field paths the form shows for a draft: a refusal of any other path is said above the button. */
export function shownPaths(draft: AutomationDraft): Set<string> {
  return new Set([
    "name",
    "enabled",
    "trigger.type",
    ...triggerParams[draft.trigger.type].map((param) => `trigger.${param}`),
    ...draft.actions.flatMap((action, i) => [`actions.${i}.type`, ...actionParams[action.type].map((param) => `actions.${i}.${param}`)]),
    "filter.journey",
    "filter.stage",
    "filter.channel",
    "filter.ownerId",
  ]);
}
