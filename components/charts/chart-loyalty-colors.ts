/** Distinct colours for up to a few dozen series (cohorts, stages), darker for later ones; the lightest still 3:1 on white (WCAG 1.4.11). */
export function seriesColor(index: number, count: number): string {
  const step = count <= 1 ? 0 : index / (count - 1);
  return `hsl(${200 + step * 60} 70% ${40 - step * 20}%)`;
}
