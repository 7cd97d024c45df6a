/**
 * Search folding: the differences a person cannot see or does not type are erased, on the stored
 * side (the generated `customers.search_text` and `phone_digits` columns, through the SQL function
 * `search_fold` in db/sql/search-fold.sql) and on the query side (here), so the two must stay
 * identical character for character — tests/db/search-fold.test.ts compares them on random strings.
 *
 * In order:
 * 1. Unicode compatibility decomposition (NFKD): Arabic presentation forms and full-width Latin
 *    become plain letters, and precomposed letters split into a base and marks (أ إ آ → ا + mark,
 *    ؤ → و + mark, ئ → ي + mark, ۀ → ە + mark, é → e + mark, Hebrew presentation forms → letter + dot).
 * 2. What is dropped: combining marks (Arabic harakat, hamza above and below, superscript alef,
 *    Quranic marks; Hebrew niqqud and cantillation; Latin accents), tatweel, and the invisible
 *    joiners and direction marks (ZWNJ, ZWJ, ZWSP, LRM/RLM/ALM, embeddings and isolates, word
 *    joiner, BOM, soft hyphen).
 * 3. One letter for each family: Arabic yeh and alef maksura → Persian yeh (ي ى → ی); Arabic kaf
 *    and swash kaf → Persian kaf (ك ڪ → ک); alef wasla → alef; teh marbuta and the other heh
 *    shapes → heh (ة ۃ ە ھ ہ → ه). Teh marbuta folds to heh, not teh, because that is how Persian
 *    writes Arabic names (فاطمة is spelt فاطمه), and a heh followed by ZWJ (ه‍) is a heh once the
 *    joiner is gone. Persian and Arabic-Indic digits → ASCII digits; Hebrew geresh and gershayim
 *    and the typographic apostrophe → ' and ". ASCII capitals → small letters (only ASCII, so the
 *    result does not depend on the database's collation; accented capitals are ASCII after 1–2).
 * 4. Runs of ASCII white space become one space, without one at either end.
 */

/** Characters removed after decomposition (as a regular-expression class body, same text in SQL). */
export const FOLD_IGNORED =
  "\\u0300-\\u036f\\u0483-\\u0489\\u0591-\\u05bd\\u05bf\\u05c1\\u05c2\\u05c4\\u05c5\\u05c7" +
  "\\u0610-\\u061a\\u061c\\u0640\\u064b-\\u065f\\u0670\\u06d6-\\u06dc\\u06df-\\u06e4\\u06e7\\u06e8\\u06ea-\\u06ed" +
  "\\u00ad\\u180e\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f" +
  "\\u20d0-\\u20ff\\ufe20-\\ufe2f\\ufeff";

/** Each character of FOLD_FROM becomes the character at the same place in FOLD_TO. */
export const FOLD_FROM =
  "\u064a\u0649\u0643\u06aa\u0671\u0629\u06c3\u06d5\u06be\u06c1\u05f3\u05f4\u2019" +
  "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669" +
  "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const FOLD_TO =
  "\u06cc\u06cc\u06a9\u06a9\u0627\u0647\u0647\u0647\u0647\u0647'\"'" +
  "01234567890123456789" +
  "abcdefghijklmnopqrstuvwxyz";

const ignored = new RegExp(`[${FOLD_IGNORED}]`, "g");
const table = new Map([...FOLD_FROM].map((from, i) => [from, FOLD_TO[i] as string]));
const foldable = new RegExp(`[${[...table.keys()].join("").replace(/[\\\]^-]/g, "\\$&")}]`, "g");

/** The text as search compares it (see above). Pure; the SQL function `search_fold` is its twin. */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(ignored, "")
    .replace(foldable, (c) => table.get(c) ?? c)
    .replace(/[\t\n\v\f\r ]+/g, " ")
    .replace(/^ | $/g, "");
}

/** The ASCII digits of a text, after folding (Persian ۰۹۱۲ → 0912): what phone search compares. */
export function searchDigits(text: string): string {
  return foldForSearch(text).replace(/[^0-9]/g, "");
}
