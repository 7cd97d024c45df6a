import { sql } from "drizzle-orm";
import fc from "fast-check";
import { expect, it } from "vitest";
import { queryRows } from "@/db/sql";
import { FOLD_FROM, foldForSearch, searchDigits } from "@/core/search/fold";
import { describeOnEngines } from "../support/engines";

const range = (from: number, to: number) => fc.integer({ min: from, max: to }).map((code) => String.fromCodePoint(code));

/**
 * Characters from the scripts and marks the fold deals with, and their neighbours: ASCII, Latin
 * with accents, combining marks, Greek, Cyrillic, Hebrew, Arabic and Persian, their presentation
 * forms, full-width forms, the General Punctuation block (spaces, joiners, direction marks) and the
 * white-space controls. Blocks Unicode has not changed since version 14 (the oldest engine's).
 */
const character = fc.oneof(
  fc.constantFrom(...FOLD_FROM, "\u200c", "\u200d", "\u0640", "\u0654", "\u06c0", "\u0622", "\u0623", "\ufeff", "\t", "\n", "\v", "\f", "\r", " "),
  range(0x20, 0x7e),
  range(0xa0, 0x17f),
  range(0x300, 0x36f),
  range(0x370, 0x4ff),
  range(0x591, 0x5f4),
  range(0x600, 0x6ff),
  range(0x2000, 0x206f),
  range(0xfb1d, 0xfb4f),
  range(0xfb50, 0xfd3d),
  range(0xfe70, 0xfefc),
  range(0xff01, 0xff5e),
);
const texts = fc.array(fc.string({ unit: character, maxLength: 24 }), { minLength: 1, maxLength: 60 });

describeOnEngines("search folding in SQL and TypeScript", (conn) => {
  const foldInSql = (values: string[]) =>
    queryRows<{ folded: string; digits: string }>(
      conn().db,
      sql`select search_fold(t.v) as folded, search_digits(t.v) as digits
          from json_array_elements_text(${JSON.stringify(values)}::json) with ordinality as t(v, i) order by t.i`,
    );

  it("folds hand-picked spellings the same way", async () => {
    const values = ["محمدي", "فاطمة", "خانۀ", "نیک‌نام", "مُحَمَّد", "מֹשֶׁה", "José MÜLLER", "ＡＢＣ", "۰۹۱۲ ٠٥٣", "  a \t b  ", "ﻣﺤﻤﺪ"];
    expect(await foldInSql(values)).toEqual(values.map((v) => ({ folded: foldForSearch(v), digits: searchDigits(v) })));
  });

  it("folds random strings exactly as foldForSearch and searchDigits do", async () => {
    await fc.assert(
      fc.asyncProperty(texts, async (values) => {
        expect(await foldInSql(values)).toEqual(values.map((v) => ({ folded: foldForSearch(v), digits: searchDigits(v) })));
      }),
      { numRuns: 60 },
    );
  });
});
