export { channels, touchpointKinds } from "@/core/constants";

/** The list's sort keys; the db layer maps each to an indexed column. */
export const customerSortsList = ["name", "createdAt", "stageEnteredAt", "lastActivityAt"] as const;
