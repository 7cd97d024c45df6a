/**
 * Where "move on" takes a customer: the next live stage after its own by position, across the
 * journeys (conversion → retention). None for a lost customer or one in the last stage.
 */
export function nextStage<S extends { key: string; position: number; archivedAt: Date | null }>(
  stages: readonly S[],
  customer: { stageKey: string; lost: boolean },
): S | null {
  if (customer.lost) return null;
  const current = stages.find((s) => s.key === customer.stageKey);
  if (!current) return null;
  const later = stages.filter((s) => !s.archivedAt && s.position > current.position);
  return later.reduce<S | null>((next, s) => (next && next.position <= s.position ? next : s), null);
}
