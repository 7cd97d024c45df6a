import type { Role } from "@/core/constants";
import { can } from "@/lib/auth/roles";

const everyone = () => true;

/** The shell's navigation, in order; each page checks the same predicate on the server. */
export const navItems = [
  { key: "home", href: "/", allowed: everyone },
  { key: "customers", href: "/customers", allowed: everyone },
  { key: "board", href: "/board", allowed: everyone },
  { key: "funnel", href: "/funnel", allowed: can.viewAnalytics },
  { key: "retention", href: "/retention", allowed: can.viewAnalytics },
  { key: "loyalty", href: "/loyalty", allowed: can.viewAnalytics },
  { key: "journey", href: "/journey", allowed: everyone },
  { key: "settings", href: "/settings", allowed: can.viewSettings },
] as const satisfies readonly { key: string; href: string; allowed: (role: Role) => boolean }[];

export type NavItem = (typeof navItems)[number];

export function navFor(role: Role): NavItem[] {
  return navItems.filter((item) => item.allowed(role));
}
