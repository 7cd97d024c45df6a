import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvRecords } from "@/lib/import/csv-read";
import { csvCell, csvLine, neutralise, unneutralise } from "@/core/import/csv-write";

async function* pieces(text: string, size: number) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function records(text: string, size = text.length || 1) {
  const out: { cells: string[]; malformed: boolean }[] = [];
  for await (const record of csvRecords(pieces(text, size))) out.push(record);
  return out;
}

describe("CSV reading (papaparse, streamed)", () => {
  const text = 'externalId,name,note\r\n1,"Cohen, Dana","line one\r\nline two"\r\n2,"Say ""hi""",x\r\n\r\n3,Plain,\r\n';

  it("handles quoted commas, quotes and line breaks, in any chunk size, and skips blank lines", async () => {
    const expected = [
      ["externalId", "name", "note"],
      ["1", "Cohen, Dana", "line one\r\nline two"],
      ["2", 'Say "hi"', "x"],
      ["3", "Plain", ""],
    ];
    for (const size of [1, 2, 3, 7, 16, 1000]) {
      expect((await records(text, size)).map((r) => r.cells)).toEqual(expected);
    }
  });

  it("guesses ; and tab delimiters and bare \\n or \\r line endings", async () => {
    expect((await records("a;b\n1;2\n")).map((r) => r.cells)).toEqual([["a", "b"], ["1", "2"]]);
    expect((await records("a\tb\r1\t2\r")).map((r) => r.cells)).toEqual([["a", "b"], ["1", "2"]]);
  });

  it("flags a record whose quote never closes", async () => {
    const out = await records('a,b\n1,ok\n2,"never closed\n3,x\n', 4);
    expect(out[1]).toEqual({ cells: ["1", "ok"], malformed: false });
    expect(out[2]?.malformed).toBe(true);
  });

  it("reads a file without a final line break, and an empty one as nothing", async () => {
    expect((await records("a,b\n1,2", 3)).map((r) => r.cells)).toEqual([["a", "b"], ["1", "2"]]);
    expect(await records("")).toEqual([]);
  });

  it("streams a large file in order without losing rows", async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `${i},"name ${i}\nsecond line",x`);
    const out = await records(`id,name,x\n${rows.join("\n")}\n`, 65_536);
    expect(out).toHaveLength(20_001);
    expect(out[20_000]?.cells).toEqual(["19999", "name 19999\nsecond line", "x"]);
  });
});

describe("CSV writing", () => {
  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(["=1+1", "+972-50", "-2", "@SUM(A1)", "\tx", "\rx"].map(neutralise)).toEqual(["'=1+1", "'+972-50", "'-2", "'@SUM(A1)", "'\tx", "'\rx"]);
    expect(["plain", "a=b", "", "'quoted"].map(neutralise)).toEqual(["plain", "a=b", "", "'quoted"]);
  });

  it("undoes the neutralisation on import, and only that", () => {
    for (const cell of ["=1+1", "+972-50", "@x", "plain", "'kept"]) expect(unneutralise(neutralise(cell))).toBe(cell);
    expect(unneutralise("'apostrophe first")).toBe("'apostrophe first");
  });

  it("quotes per RFC 4180 and round-trips through papaparse", () => {
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    const cells = ["שלום, עולם", 'quote " inside', "=HYPERLINK()", "line\r\nbreak", "", "نام"];
    const line = csvLine(cells);
    expect(line.endsWith("\r\n")).toBe(true);
    expect(Papa.parse<string[]>(line.trimEnd()).data[0]).toEqual(["שלום, עולם", 'quote " inside', "'=HYPERLINK()", "line\r\nbreak", "", "نام"]);
  });
});
