import { describe, expect, it } from "vitest";
import { holidayDatesAround, holidaysOf } from "@/core/automation/holiday-dates";
import { holidayKeysByCalendar } from "@/core/automation/holidays";

const dateOf = (calendar: "il" | "ir", year: number, key: string) => holidaysOf(calendar, year).find((h) => h.key === key)?.date;

describe("holiday dates", () => {
  // Checked against the Hebrew date (1 Tishrei 5787, 15 Nisan 5787, 25 Kislev 5787) and a printed calendar.
  it("dates the Jewish holidays by their first day", () => {
    expect(dateOf("il", 2026, "rosh_hashanah")).toBe("2026-09-12");
    expect(dateOf("il", 2026, "yom_kippur")).toBe("2026-09-21");
    expect(dateOf("il", 2026, "sukkot")).toBe("2026-09-26");
    expect(dateOf("il", 2026, "hanukkah")).toBe("2026-12-05");
    expect(dateOf("il", 2027, "pesach")).toBe("2027-04-22");
    expect(dateOf("il", 2026, "purim")).toBe("2026-03-03");
    expect(dateOf("il", 2026, "shavuot")).toBe("2026-05-22");
    expect(dateOf("il", 2026, "tu_bishvat")).toBe("2026-02-02");
  });

  it("moves Independence Day as Israel does (5 Iyar 5784 was a Monday, kept on Tuesday 14 May 2024)", () => {
    expect(dateOf("il", 2024, "yom_haatzmaut")).toBe("2024-05-14");
    expect(dateOf("il", 2026, "yom_haatzmaut")).toBe("2026-04-22");
  });

  it("dates Hanukkah by the days it starts in the year, not its last days carried over from December", () => {
    // Hanukkah 5785 ran from 25 December 2024 to 2 January 2025; 5786 began on 15 December 2025.
    expect(dateOf("il", 2025, "hanukkah")).toBe("2025-12-15");
    expect(dateOf("il", 2024, "hanukkah")).toBe("2024-12-26");
  });

  it("dates the Iranian holidays from the Jalali calendar", () => {
    expect(dateOf("ir", 2027, "nowruz")).toBe("2027-03-21");
    expect(dateOf("ir", 2025, "nowruz")).toBe("2025-03-21");
    expect(dateOf("ir", 2026, "sizdah_bedar")).toBe("2026-04-02");
    expect(dateOf("ir", 2026, "yalda")).toBe("2026-12-21");
    expect(dateOf("ir", 2026, "mehregan")).toBe("2026-10-02");
    expect(dateOf("ir", 2026, "tirgan")).toBe("2026-07-04");
    expect(dateOf("ir", 2027, "sepandarmazgan")).toBe("2027-02-18");
  });

  it("lists every holiday of each calendar once a year, in date order", () => {
    for (const year of [2024, 2025, 2026, 2027, 2030]) {
      for (const calendar of ["il", "ir"] as const) {
        const items = holidaysOf(calendar, year);
        expect(items.map((h) => h.key).sort()).toEqual([...holidayKeysByCalendar[calendar]].sort());
        expect(items.map((h) => h.date)).toEqual(items.map((h) => h.date).sort());
        expect(items.every((h) => h.date.startsWith(`${year}-`))).toBe(true);
      }
    }
  });

  it("gives the holiday's days in the years around one, for a schedule that looks ahead", () => {
    expect(holidayDatesAround("nowruz", 2026)).toEqual(["2025-03-21", "2026-03-21", "2027-03-21"]);
  });
});
