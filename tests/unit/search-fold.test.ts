import { describe, expect, it } from "vitest";
import { FOLD_FROM, FOLD_TO, foldForSearch, searchDigits } from "@/core/search/fold";
import { isPhoneQuery, searchTerms } from "@/core/search/terms";

describe("foldForSearch", () => {
  it("writes Arabic yeh, alef maksura and kaf as the Persian letters", () => {
    expect(foldForSearch("محمدي")).toBe("محمدی");
    expect(foldForSearch("مصطفى")).toBe("مصطفی");
    expect(foldForSearch("كريمي")).toBe("کریمی");
    expect(foldForSearch("محمدی")).toBe("محمدی");
  });

  it("folds teh marbuta and the heh shapes onto heh", () => {
    expect(foldForSearch("فاطمة")).toBe("فاطمه");
    expect(foldForSearch("خانۀ")).toBe("خانه");
    expect(foldForSearch("خانهٔ")).toBe("خانه");
    expect(foldForSearch("ه\u200d")).toBe("ه");
    expect(foldForSearch("\u06be\u06c1\u06d5")).toBe("ههه");
  });

  it("drops joiners, direction marks and tatweel", () => {
    expect(foldForSearch("نیک\u200cنام")).toBe("نیکنام");
    expect(foldForSearch("\u200fعلی\u200e \u2067Dana\u2069")).toBe("علی dana");
    expect(foldForSearch("مـــحمد")).toBe("محمد");
    expect(foldForSearch("\ufeffsoft\u00adware")).toBe("software");
  });

  it("drops Arabic harakat and hamza marks, Hebrew niqqud and cantillation, Latin accents", () => {
    expect(foldForSearch("مُحَمَّد")).toBe("محمد");
    expect(foldForSearch("أحمد إبراهيم آرش")).toBe("احمد ابراهیم ارش");
    expect(foldForSearch("מֹשֶׁה")).toBe("משה");
    expect(foldForSearch("בְּרֵאשִׁ֖ית")).toBe("בראשית");
    expect(foldForSearch("José MÜLLER")).toBe("jose muller");
  });

  it("reads presentation forms, full-width letters and Persian or Arabic-Indic digits as plain ones", () => {
    expect(foldForSearch("\ufee3\ufea4\ufee4\ufeaa")).toBe("محمد");
    expect(foldForSearch("ＡＢＣ１２")).toBe("abc12");
    expect(foldForSearch("۰۹۱۲ ٠٥٣")).toBe("0912 053");
    expect(foldForSearch("ג׳ורג׳ ״")).toBe("ג'ורג' \"");
  });

  it("keeps one space between words and none at the ends", () => {
    expect(foldForSearch("  Dana \t\n Smith  ")).toBe("dana smith");
    expect(foldForSearch("\u00a0a\u2003b\u3000")).toBe("a b");
    expect(foldForSearch("\u200c")).toBe("");
  });

  it("is idempotent, and maps each folded character to exactly one", () => {
    for (const text of ["محمدي كريمة", "מֹשֶׁה", "ＡＢＣ", "خانۀ نیک‌نام"]) expect(foldForSearch(foldForSearch(text))).toBe(foldForSearch(text));
    expect([...FOLD_FROM]).toHaveLength([...FOLD_TO].length);
  });
});

describe("searchDigits", () => {
  it("keeps only the digits, Persian and Arabic-Indic ones as ASCII", () => {
    expect(searchDigits("053-874-6826")).toBe("0538746826");
    expect(searchDigits("+98 (۹۱۲) ۰۰۰ ۱۱۱۱")).toBe("989120001111");
    expect(searchDigits("no digits")).toBe("");
  });
});

describe("searchTerms", () => {
  it("splits the folded text into distinct words", () => {
    expect(searchTerms("  Dana  SMITH dana ", "IL")).toEqual({ words: ["dana", "smith"], phoneDigits: [] });
    expect(searchTerms("علي رضا", "IR").words).toEqual(["علی", "رضا"]);
  });

  it("looks for a whole phone number by its national significant number, however written", () => {
    for (const query of ["0538746826", "053-874-6826", "+972 53 874 6826", "00972538746826", "٠٥٣٨٧٤٦٨٢٦"]) {
      expect(searchTerms(query, "IL").phoneDigits).toEqual(["538746826"]);
    }
    expect(searchTerms("+972 53 874 6826", "IR").phoneDigits).toEqual(["538746826"]);
  });

  it("looks for part of a number in both the national and the international writing of the organization's country", () => {
    expect(searchTerms("۰۹۱۲", "IR").phoneDigits).toEqual(["0912", "98912"]);
    expect(searchTerms("+97253", "IL").phoneDigits).toEqual(["97253", "053"]);
    expect(searchTerms("0097253", "IL").phoneDigits).toEqual(["97253", "053"]);
    expect(searchTerms("+4420", "IL").phoneDigits).toEqual(["4420"]);
    expect(searchTerms("874-68", "IL").phoneDigits).toEqual(["87468"]);
    expect(searchTerms("+1201", "US").phoneDigits).toEqual(["1201", "201"]);
  });

  it("does not read short digit runs or text with letters as phone numbers", () => {
    expect(searchTerms("05", "IL").phoneDigits).toEqual([]);
    expect(searchTerms("+9", "IL").phoneDigits).toEqual([]);
    expect(searchTerms("Dana 0538746826", "IL").phoneDigits).toEqual([]);
    expect(searchTerms("ext-4411", "IL").phoneDigits).toEqual([]);
    expect([isPhoneQuery("۰۹۱۲-۳"), isPhoneQuery("+972 (53)"), isPhoneQuery("Dana 053"), isPhoneQuery("محمد")]).toEqual([true, true, false, false]);
  });
});
