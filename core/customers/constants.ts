export { channels, touchpointKinds } from "@/core/constants";

/** The list's sort keys; the db layer maps each to an indexed column. */
export const customerSortsList = ["name", "createdAt", "stageEnteredAt", "lastActivityAt"] as const;

/** Fields of other systems an import kept, by their header (`customers.extra`). */
export type CustomerExtra = Record<string, string>;
