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

/** The longest text of one field of a journey-map stage note, in characters: a map's notes are short. */
export const STAGE_NOTE_MAX = 2000;
