/** Rounds every number in a value to `digits` decimals, so hand-written fractions compare with computed floats. */
export function rounded<T>(value: T, digits = 9): T {
  if (typeof value === "number") return (Math.round(value * 10 ** digits) / 10 ** digits) as T;
  if (Array.isArray(value)) return value.map((v) => rounded(v, digits)) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v, digits)])) as T;
  return value;
}
