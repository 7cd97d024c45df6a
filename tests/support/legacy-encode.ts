/**
 * A tiny encoder for the single-byte Windows code pages, built from the platform's own decoder
 * table (each byte 0x80–0xFF decodes to one character): real Windows-1255/1256 bytes for fixtures.
 */
export function encodeLegacy(text: string, encoding: "windows-1255" | "windows-1256"): Uint8Array {
  const table = new Map<string, number>();
  const upper = new TextDecoder(encoding).decode(Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i));
  Array.from(upper).forEach((char, i) => {
    if (char !== "\ufffd" && !table.has(char)) table.set(char, 0x80 + i);
  });
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const byte = table.get(char);
      if (byte === undefined) throw new Error(`${encoding} cannot encode ${JSON.stringify(char)}`);
      bytes.push(byte);
    }
  }
  return Uint8Array.from(bytes);
}
