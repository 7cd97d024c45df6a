import { describe, expect, it } from "vitest";
import { decodeChunks, detectEncoding, EncodingSniffer } from "@/lib/import/encoding";
import { encodeLegacy } from "../support/legacy-encode";

const hebrew = "externalId,name,stage\nh-1,ישראל ישראלי,מודעות\nh-2,שרה כהן,המרה\n";
// Windows-1256 has no Persian yeh (ی): Windows writes it as the Arabic yeh (ي), as real files do.
const persian = "externalId,name,stage\np-1,سارا رضايي,آگاهي\np-2,پژمان چگيني,خريد\n";
const utf8 = (text: string) => new TextEncoder().encode(text);

async function* chunked(bytes: Uint8Array, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function decodeAll(bytes: Uint8Array, encoding: Parameters<typeof decodeChunks>[1], size: number) {
  let text = "";
  for await (const part of decodeChunks(chunked(bytes, size), encoding)) text += part;
  return text;
}

describe("encoding detection", () => {
  it("reads the fixtures' bytes as the code pages they were written in", () => {
    const bytes1255 = encodeLegacy(hebrew, "windows-1255");
    const bytes1256 = encodeLegacy(persian, "windows-1256");
    // Real single-byte code points: א is 0xE0 in 1255, ا is 0xC7 and پ 0x81 in 1256.
    expect(bytes1255).toContain(0xe0);
    expect(bytes1256).toContain(0xc7);
    expect(bytes1256).toContain(0x81);
    expect(new TextDecoder("windows-1255").decode(bytes1255)).toBe(hebrew);
  });

  it("tells Windows-1255 Hebrew from Windows-1256 Persian whatever the locale hint", () => {
    for (const hint of ["he", "fa", "en"] as const) {
      expect(detectEncoding(encodeLegacy(hebrew, "windows-1255"), hint)).toBe("windows-1255");
      expect(detectEncoding(encodeLegacy(persian, "windows-1256"), hint)).toBe("windows-1256");
    }
  });

  it("takes valid UTF-8, with or without a BOM, and plain ASCII as UTF-8", () => {
    expect(detectEncoding(utf8(hebrew))).toBe("utf-8");
    expect(detectEncoding(utf8(`\ufeff${persian}`))).toBe("utf-8");
    expect(detectEncoding(utf8("a,b\n1,2\n"))).toBe("utf-8");
  });

  it("treats invalid UTF-8 as legacy, even when the invalid byte comes late in the file", () => {
    const head = utf8("externalId,name\n" + "x,ascii only\n".repeat(5000));
    const tail = encodeLegacy("y,שלום\n", "windows-1255");
    const sniffer = new EncodingSniffer();
    sniffer.push(head);
    sniffer.push(tail);
    expect(sniffer.result("fa")).toBe("windows-1255");
  });

  it("keeps UTF-8 when a multi-byte character is split across chunks", () => {
    const bytes = utf8(persian);
    const sniffer = new EncodingSniffer();
    for (let i = 0; i < bytes.length; i += 3) sniffer.push(bytes.subarray(i, i + 3));
    expect(sniffer.result()).toBe("utf-8");
  });

  it("a cut-off multi-byte sequence at the very end is not UTF-8", () => {
    const bytes = utf8("a,ש");
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1), "he")).toBe("windows-1255");
  });
});

describe("streaming decode", () => {
  it("decodes chunk by chunk, drops the UTF-8 BOM, and keeps split characters whole", async () => {
    expect(await decodeAll(utf8(`\ufeff${hebrew}`), "utf-8", 5)).toBe(hebrew);
    expect(await decodeAll(encodeLegacy(persian, "windows-1256"), "windows-1256", 7)).toBe(persian);
    expect(await decodeAll(encodeLegacy(hebrew, "windows-1255"), "windows-1255", 1)).toBe(hebrew);
  });
});
