/** Enumerations shared by the schema columns and the zod validators. */
export const roles = ["owner", "manager", "sales"] as const;
export type Role = (typeof roles)[number];

export const journeys = ["acquisition", "retention"] as const;
export type Journey = (typeof journeys)[number];

export const channels = [
  "word_of_mouth",
  "referral",
  "social",
  "instagram",
  "whatsapp",
  "telegram",
  "search",
  "ads",
  "website",
  "email",
  "phone",
  "sms",
  "event",
  "store",
  "other",
] as const;
export type Channel = (typeof channels)[number];

export const transitionRules = ["any", "forward_only"] as const;
export type TransitionRule = (typeof transitionRules)[number];

/** Fields a stage may require when a customer enters it. */
export const requirableFields = ["purchaseAmount", "email", "phone", "note"] as const;
export type RequirableField = (typeof requirableFields)[number];

export const touchpointKinds = ["call", "message", "meeting", "email", "visit", "other"] as const;
export type TouchpointKind = (typeof touchpointKinds)[number];

export const locales = ["he", "fa", "en"] as const;
export type Locale = (typeof locales)[number];

export const heCalendars = ["gregory", "hebrew"] as const;

/** The pseudo-stage a customer drops to; never a real stage key. */
export const LOST = "lost";

/** What starts a playbook (core/automation/rules.ts has each one's parameters). */
export const automationTriggerTypes = ["stage_entered", "idle_in_stage", "no_contact", "birthday", "holiday", "purchase_anniversary", "feedback_received"] as const;
export type AutomationTriggerType = (typeof automationTriggerTypes)[number];

export const automationActionTypes = ["task", "webhook", "move", "notify"] as const;
export type AutomationActionType = (typeof automationActionTypes)[number];

export const firingStatuses = ["pending", "done", "failed"] as const;

export const webhookStatuses = ["queued", "sent", "done", "failed"] as const;
export type FiringStatus = (typeof firingStatuses)[number];

/** Why a user is notified: a playbook gave them a task. */
export const notificationKinds = ["task_assigned", "playbook_alert"] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** The longest text of one field of a journey-map stage note, in characters: a map's notes are short. */
export const STAGE_NOTE_MAX = 2000;
