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

/** `form`: the customer filled a lead form; `referral`: someone they recommended came in through their link. */
export const touchpointKinds = ["call", "message", "meeting", "email", "visit", "form", "referral", "other"] as const;
export type TouchpointKind = (typeof touchpointKinds)[number];

export const locales = ["he", "fa", "en"] as const;
export type Locale = (typeof locales)[number];

export const heCalendars = ["gregory", "hebrew"] as const;

/** The pseudo-stage a customer drops to; never a real stage key. */
export const LOST = "lost";

/** What starts a playbook (core/automation/rules.ts has each one's parameters). */
export const automationTriggerTypes = ["stage_entered", "idle_in_stage", "no_contact", "birthday", "holiday", "purchase_anniversary", "feedback_received"] as const;
export type AutomationTriggerType = (typeof automationTriggerTypes)[number];

export const automationActionTypes = ["task", "webhook", "move", "notify", "request_feedback", "message"] as const;
export type AutomationActionType = (typeof automationActionTypes)[number];

export const firingStatuses = ["pending", "done", "failed"] as const;

export const webhookStatuses = ["queued", "sent", "done", "failed"] as const;
export type FiringStatus = (typeof firingStatuses)[number];

/** Why a user is notified: a playbook gave them a task. */
export const notificationKinds = ["task_assigned", "playbook_alert"] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** The longest text of one field of a journey-map stage note, in characters: a map's notes are short. */
export const STAGE_NOTE_MAX = 2000;

/** Where a feedback came from: typed in by staff, or answered by the customer on a survey page. */
export const feedbackChannels = ["staff", "survey"] as const;
export type FeedbackChannel = (typeof feedbackChannels)[number];

/** The built-in message templates every organization has (defaults in messages/*.json, overridable per org). */
export const messageTemplateKeys = ["birthday", "holiday", "survey_request", "follow_up", "referral_ask"] as const;
export type MessageTemplateKey = (typeof messageTemplateKeys)[number];

/** How a rep reaches a customer with a message: deep links on the rep's device, or an email the server sends. */
export const messageChannels = ["whatsapp", "sms", "call", "email"] as const;
export type MessageChannel = (typeof messageChannels)[number];

/** What a customer's public token is for: answering a survey, or unsubscribing. */
export const customerTokenPurposes = ["survey", "unsubscribe"] as const;
export type CustomerTokenPurpose = (typeof customerTokenPurposes)[number];

/** queued: written with the request; handed: given to the job queue; then sent, failed (retries spent) or skipped (the customer opted out meanwhile). */
export const emailStatuses = ["queued", "handed", "sent", "failed", "skipped"] as const;
export type EmailStatus = (typeof emailStatuses)[number];

/** The longest message template body, in characters. */
export const MESSAGE_TEMPLATE_MAX = 2000;
/** The fields a lead form may ask for; `name` is always asked. */
export const leadFormFields = ["name", "phone", "email", "question"] as const;
export type LeadFormField = (typeof leadFormFields)[number];
