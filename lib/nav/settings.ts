/** The owner settings sections, in tab order; each page also checks the owner role on the server. */
export const settingsSections = [
  { key: "users", href: "/settings/users" },
  { key: "stages", href: "/settings/stages" },
  { key: "apiKeys", href: "/settings/api-keys" },
  { key: "organization", href: "/settings/organization" },
  { key: "data", href: "/settings/data" },
  { key: "automations", href: "/settings/automations" },
  { key: "messages", href: "/settings/messages" },
  { key: "forms", href: "/settings/forms" },
] as const;
