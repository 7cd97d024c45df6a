/** Distinct colours for up to a few dozen series (cohorts, stages), darker for later ones. */
export function seriesColor(index: number, count: number): string {
  const step = count <= 1 ? 0 : index / (count - 1);
  return `hsl(${200 + step * 60} 70% ${62 - step * 28}%)`;
}
