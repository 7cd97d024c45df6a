import { describe, expect, it } from "vitest";
import { nationalSignificantNumber, numberingOf, phoneCountries, toE164, whatsappDigits } from "@/core/phone/phone-number";

describe("toE164", () => {
  it("reads local numbers with the organization's country", () => {
    expect(toE164("050-123-4567", "IL")).toBe("+972501234567");
    expect(toE164("053-874-6826", "IL")).toBe("+972538746826");
    expect(toE164("0912 345 6789", "IR")).toBe("+989123456789");
    expect(toE164("(03) 9509 3311", "AU")).toBe("+61395093311");
  });

  it("keeps an explicit country code whatever the organization's country", () => {
    expect(toE164("+972 53 874 6826", "IR")).toBe("+972538746826");
    expect(toE164("00972-53-874-6826", "DE")).toBe("+972538746826");
  });

  it("reads Persian and Arabic-Indic digits", () => {
    expect(toE164("۰۹۱۲ ۳۴۵ ۶۷۸۹", "IR")).toBe("+989123456789");
    expect(toE164("٠٥٠١٢٣٤٥٦٧", "IL")).toBe("+972501234567");
  });

  it("answers null for what cannot be a phone number", () => {
    expect(toE164("12", "IL")).toBeNull();
    expect(toE164("not a phone", "IL")).toBeNull();
    expect(toE164("", "IL")).toBeNull();
  });
});

describe("whatsappDigits", () => {
  it("is the E.164 number without its plus", () => {
    expect(whatsappDigits("050-123-4567", "IL")).toBe("972501234567");
    expect(whatsappDigits("0912 345 6789", "IR")).toBe("989123456789");
    expect(whatsappDigits("12", "IL")).toBeNull();
  });
});

describe("phoneCountries", () => {
  it("lists Israel and Iran among ISO country codes", () => {
    const countries = phoneCountries();
    expect(countries).toContain("IL");
    expect(countries).toContain("IR");
    expect(countries.every((c) => /^[A-Z]{2}$/.test(c))).toBe(true);
  });
});

describe("nationalSignificantNumber", () => {
  it("is the digits every writing of a valid number shares", () => {
    for (const raw of ["053-874-6826", "+972 53-874-6826", "00972538746826", "٠٥٣٨٧٤٦٨٢٦"]) expect(nationalSignificantNumber(raw, "IL")).toBe("538746826");
    expect(nationalSignificantNumber("(03) 9509 3311", "AU")).toBe("395093311");
    expect(nationalSignificantNumber("+61 3 9509 3311", "IL")).toBe("395093311");
  });

  it("is null for the beginning of a number", () => {
    expect(nationalSignificantNumber("0912", "IR")).toBeNull();
    expect(nationalSignificantNumber("+97253", "IL")).toBeNull();
  });
});

describe("numberingOf", () => {
  it("names the calling code and the trunk prefix of national numbers", () => {
    expect(numberingOf("IL")).toEqual({ callingCode: "972", trunkPrefix: "0" });
    expect(numberingOf("IR")).toEqual({ callingCode: "98", trunkPrefix: "0" });
    expect(numberingOf("RU")).toEqual({ callingCode: "7", trunkPrefix: "8" });
    expect(numberingOf("US")).toEqual({ callingCode: "1", trunkPrefix: "" });
  });
});

describe("E.164 of the numbers in messages' deep links (issue 17)", () => {
  it("reads Israeli and Iranian local numbers, Persian digits included", () => {
    expect(whatsappDigits("050-123-4567", "IL")).toBe("972501234567");
    expect(whatsappDigits("0912 345 6789", "IR")).toBe("989123456789");
    expect(whatsappDigits("۰۵۰-۱۲۳-۴۵۶۷", "IL")).toBe("972501234567");
    expect(whatsappDigits("۰۹۱۲ ۳۴۵ ۶۷۸۹", "IR")).toBe("989123456789");
  });
});
