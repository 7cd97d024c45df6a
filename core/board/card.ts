/** A customer's card on the board, as the database reads it and the board shows it. */
export interface BoardCard {
  id: string;
  name: string;
  ownerName: string | null;
  version: number;
  stageKey: string;
  stageEnteredAt: string;
  lastActivityAt: string;
  daysInStage: number;
  stale: boolean;
  /** Sum of the customer's purchases, in minor units. */
  valueMinor: number;
}
