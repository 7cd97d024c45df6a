import type { z } from "zod";

type SearchParams = Record<string, string | string[] | undefined>;

/** The page's query from its URL; an invalid one falls back to the defaults and says so. */
export function parseSearch<S extends z.ZodType>(raw: SearchParams, schema: S): { query: z.infer<S>; invalid: boolean } {
  const single = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = schema.safeParse(single);
  return parsed.success ? { query: parsed.data, invalid: false } : { query: schema.parse({}), invalid: true };
}
