import { describe, expect, it } from "vitest";
import { boundaryOf, MultipartError, readMultipart } from "@/lib/import/multipart";

async function* pieces(bytes: Uint8Array, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function read(body: Uint8Array, boundary: string, size: number) {
  const files: { field: string; filename: string; bytes: number[] }[] = [];
  const fields = await readMultipart(pieces(body, size), boundary, async (part, data) => {
    const bytes: number[] = [];
    for await (const chunk of data) bytes.push(...chunk);
    files.push({ field: part.field, filename: part.filename, bytes });
  });
  return { fields, files };
}

describe("streaming multipart", () => {
  const boundary = "----masirBoundary7MA4YWxk";
  const fileBytes = Uint8Array.from([0xc7, 0xe1, 0x0d, 0x0a, 0x2d, 0x2d, 0x41, 0x0d, 0x0a]);
  const body = Buffer.concat([
    Buffer.from(`preamble\r\n--${boundary}\r\nContent-Disposition: form-data; name="mapping"\r\n\r\n{"name":"نام"}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="مشتریان.csv"\r\nContent-Type: text/csv\r\n\r\n`),
    Buffer.from(fileBytes),
    Buffer.from(`\r\n--${boundary}\r\nContent-Disposition: form-data; name="locale"\r\n\r\nfa\r\n--${boundary}--\r\n`),
  ]);

  it("streams the file part byte-exact and collects the fields, whatever the chunking", async () => {
    for (const size of [1, 2, 5, 13, 64, body.length]) {
      const { fields, files } = await read(body, boundary, size);
      expect(fields).toEqual({ mapping: '{"name":"نام"}', locale: "fa" });
      expect(files).toEqual([{ field: "file", filename: "مشتریان.csv", bytes: Array.from(fileBytes) }]);
    }
  });

  it("reads the boundary from the content type, quoted or not", () => {
    expect(boundaryOf("multipart/form-data; boundary=abc")).toBe("abc");
    expect(boundaryOf('multipart/form-data; charset=utf-8; boundary="a b"')).toBe("a b");
    expect(boundaryOf("text/csv")).toBeNull();
  });

  it("refuses a body cut off before its closing boundary", async () => {
    await expect(read(body.subarray(0, body.length - 30), boundary, 16)).rejects.toBeInstanceOf(MultipartError);
  });
});
