/**
 * Solar Hijri (Jalali) → Gregorian, after the arithmetic of jalaali-js (Borkowski's 33-year
 * cycles with the table of break years), exact for the years 1 to 3177.
 */

const BREAKS = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178];

const div = (a: number, b: number) => Math.trunc(a / b);
const mod = (a: number, b: number) => a - Math.trunc(a / b) * b;

/** For Jalali year `jy`: whether it is leap, and the March day of Gregorian `gy` on which it starts. */
function jalaliYear(jy: number): { leap: boolean; gy: number; march: number } {
  const gy = jy + 621;
  let leapJ = -14;
  let jp = BREAKS[0] as number;
  let jump = 0;
  for (let i = 1; i < BREAKS.length; i++) {
    const jm = BREAKS[i] as number;
    jump = jm - jp;
    if (jy < jm) break;
    leapJ += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    jp = jm;
  }
  let n = jy - jp;
  leapJ += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) === 4 && jump - n === 4) leapJ += 1;
  const leapG = div(gy, 4) - div((div(gy, 100) + 1) * 3, 4) - 150;
  const march = 20 + leapJ - leapG;
  if (jump - n < 6) n = n - jump + div(jump + 4, 33) * 33;
  let leap = mod(mod(n + 1, 33) - 1, 4);
  if (leap === -1) leap = 4;
  return { leap: leap === 0, gy, march };
}

export function isLeapJalaliYear(jy: number): boolean {
  return jalaliYear(jy).leap;
}

export function jalaliMonthLength(jy: number, jm: number): number {
  if (jm <= 6) return 31;
  if (jm <= 11) return 30;
  return isLeapJalaliYear(jy) ? 30 : 29;
}

export function isValidJalali(jy: number, jm: number, jd: number): boolean {
  return Number.isInteger(jy) && jy >= 1 && jy < 3178 && jm >= 1 && jm <= 12 && jd >= 1 && jd <= jalaliMonthLength(jy, jm);
}

/** The Gregorian date of a valid Jalali date (month and day 1-based). */
export function jalaliToGregorian(jy: number, jm: number, jd: number): { year: number; month: number; day: number } {
  if (!isValidJalali(jy, jm, jd)) throw new RangeError(`not a Jalali date: ${jy}/${jm}/${jd}`);
  const { gy, march } = jalaliYear(jy);
  const dayOfYear = (jm - 1) * 31 - div(jm, 7) * (jm - 7) + jd - 1;
  const start = Date.UTC(gy, 2, march);
  const date = new Date(start + dayOfYear * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
