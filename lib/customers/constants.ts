export { channels, touchpointKinds } from "@/db/schema/constants";

/** The list's sort keys; the db layer maps each to an indexed column. */
export const customerSortsList = ["name", "createdAt", "stageEnteredAt", "lastActivityAt"] as const;
