import type { Role } from "@/core/constants";

/** What each role may do; every server-side check goes through these predicates. */
export const can = {
  viewAnalytics: (role: Role) => role === "owner" || role === "manager",
  manageSettings: (role: Role) => role === "owner",
  /** The settings section: owners all of it, managers the playbooks (read-only). */
  viewSettings: (role: Role) => role === "owner" || role === "manager",
  seeAllCustomers: (role: Role) => role === "owner" || role === "manager",
  reassignOwner: (role: Role) => role === "owner" || role === "manager",
  mergeCustomers: (role: Role) => role === "owner" || role === "manager",
  export: (role: Role) => role === "owner" || role === "manager",
  viewAutomations: (role: Role) => role === "owner" || role === "manager",
  manageAutomations: (role: Role) => role === "owner",
  editJourneyNotes: (role: Role) => role === "owner",
};

/** The customers a user may see: all of the organization, or only their own. */
export function customerScope(user: { id: string; role: Role }): { ownerId?: string } {
  return can.seeAllCustomers(user.role) ? {} : { ownerId: user.id };
}
