import type { Role } from "@/core/constants";
import { can } from "@/lib/auth/roles";

/** The settings sections, in tab order; each page checks the same predicate on the server. */
export const settingsSections = [
  { key: "users", href: "/settings/users", allowed: can.manageSettings },
  { key: "stages", href: "/settings/stages", allowed: can.manageSettings },
  { key: "apiKeys", href: "/settings/api-keys", allowed: can.manageSettings },
  { key: "organization", href: "/settings/organization", allowed: can.manageSettings },
  { key: "data", href: "/settings/data", allowed: can.manageSettings },
  { key: "automations", href: "/settings/automations", allowed: can.viewAutomations },
  { key: "messages", href: "/settings/messages", allowed: can.manageSettings },
  { key: "forms", href: "/settings/forms", allowed: can.manageSettings },
] as const satisfies readonly { key: string; href: string; allowed: (role: Role) => boolean }[];

export type SettingsSectionKey = (typeof settingsSections)[number]["key"];

export function settingsSectionsFor(role: Role): SettingsSectionKey[] {
  return settingsSections.filter((section) => section.allowed(role)).map((section) => section.key);
}
