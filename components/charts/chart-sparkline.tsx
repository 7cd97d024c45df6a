/**
 * A small trend line of monthly values, oldest first, the last month drawn dashed as "so far" when
 * `partialLast`. Decoration beside a figure that is also in text, so hidden from assistive tech.
 * In RTL time runs from right to left, as in the big charts. Plain SVG: no chart library on the home page.
 */
export function ChartSparkline({ values, partialLast, rtl }: { values: (number | null)[]; partialLast: boolean; rtl: boolean }) {
  const width = 96;
  const height = 32;
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return null;
  const [min, max] = [Math.min(...known), Math.max(...known)];
  const span = max - min || 1;
  const step = width / (values.length - 1);
  const points = values.map((v, i) => (v === null ? null : { x: rtl ? width - i * step : i * step, y: 2 + (height - 4) * (1 - (v - min) / span) }));
  const path = (list: typeof points) =>
    list
      .map((p, i) => (p ? `${i === 0 || !list[i - 1] ? "M" : "L"}${Math.round(p.x)},${Math.round(p.y)}` : ""))
      .join(" ");
  const solid = partialLast ? points.slice(0, -1) : points;
  const tail = partialLast ? points.slice(-2) : [];
  return (
    <svg aria-hidden="true" width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="shrink-0 overflow-visible">
      <path d={path(solid)} fill="none" stroke="#4338ca" strokeWidth={2} strokeLinejoin="round" />
      {tail.length === 2 && <path d={path(tail)} fill="none" stroke="#4338ca" strokeWidth={2} strokeDasharray="3 3" />}
    </svg>
  );
}
