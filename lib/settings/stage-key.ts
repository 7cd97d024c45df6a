/** The stages_key_format check of the schema: a lower-case letter, then letters, digits or `_`, 40 at most; never `lost`. */
export const stageKeyPattern = /^[a-z][a-z0-9_]{0,39}$/;

/**
 * The stable key of a new stage, derived from its English name ("Qualified lead" → `qualified_lead`,
 * "2nd call" → `stage_2nd_call`). Null when the name gives no valid key (no Latin letter or digit,
 * or the reserved `lost`).
 */
export function stageKeyFrom(labelEn: string): string | null {
  const words = labelEn
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  const key = (/^[0-9]/.test(words) ? `stage_${words}` : words).slice(0, 40).replace(/_+$/, "");
  return stageKeyPattern.test(key) && key !== "lost" ? key : null;
}
