import { describe, expect, it } from "vitest";
import { DEFAULT_FORM_LIMITS, formRateLimits, judgeSubmission, MAX_FILL_MS, MIN_FILL_MS } from "@/core/forms/spam";
import { issueFillToken, readFillToken } from "@/lib/forms/fill-token";
import { leadFormFromForm, leadFormSchema, submissionSchema } from "@/lib/forms/schemas";

const formId = "6f1c1d52-6e0c-4a57-9d43-3c1d7b8a2f10";

describe("lead form spam rules", () => {
  const now = 1_800_000_000_000;

  it("refuses a filled honeypot whatever the timing", () => {
    expect(judgeSubmission({ honeypot: "http://spam.example", issuedAt: now - 60_000, now })).toBe("honeypot");
    expect(judgeSubmission({ honeypot: "", issuedAt: now - 60_000, now })).toBe("ok");
    expect(judgeSubmission({ honeypot: undefined, issuedAt: now - 60_000, now })).toBe("ok");
  });

  it("needs the minimum fill time and refuses a page open for more than a day", () => {
    expect(judgeSubmission({ honeypot: undefined, issuedAt: now - MIN_FILL_MS + 1, now })).toBe("too_fast");
    expect(judgeSubmission({ honeypot: undefined, issuedAt: now - MIN_FILL_MS, now })).toBe("ok");
    expect(judgeSubmission({ honeypot: undefined, issuedAt: now - MAX_FILL_MS, now })).toBe("ok");
    expect(judgeSubmission({ honeypot: undefined, issuedAt: now - MAX_FILL_MS - 1, now })).toBe("expired");
    // A token from the future (a forged or replayed-from-elsewhere one) is no faster than zero.
    expect(judgeSubmission({ honeypot: undefined, issuedAt: now + 10_000, now })).toBe("too_fast");
    expect(judgeSubmission({ honeypot: undefined, issuedAt: null, now })).toBe("bad_token");
  });

  it("reads back only tokens signed for the same form, unaltered", () => {
    const token = issueFillToken(formId, now);
    expect(readFillToken(token, formId)).toBe(now);
    expect(readFillToken(token, "00000000-0000-4000-8000-000000000000")).toBeNull();
    const [, mac] = token.split(".");
    expect(readFillToken(`${now - 60_000}.${mac}`, formId)).toBeNull();
    expect(readFillToken(undefined, formId)).toBeNull();
    expect(readFillToken("garbage", formId)).toBeNull();
  });

  it("takes the limits from the environment, refusing nonsense loudly", () => {
    expect(formRateLimits({})).toEqual(DEFAULT_FORM_LIMITS);
    expect(formRateLimits({ FORM_RATE_LIMIT_IP: "5", FORM_RATE_LIMIT_FORM: " 100 " })).toEqual({ ip: 5, form: 100 });
    expect(() => formRateLimits({ FORM_RATE_LIMIT_IP: "0" })).toThrow(/FORM_RATE_LIMIT_IP/);
    expect(() => formRateLimits({ FORM_RATE_LIMIT_FORM: "lots" })).toThrow(/FORM_RATE_LIMIT_FORM/);
  });
});

describe("lead form inputs", () => {
  it("keeps a script in a name as text (React and the CSV export escape it) and refuses control characters", () => {
    const script = "<script>alert(1)</script>";
    expect(submissionSchema.parse({ name: script }).name).toBe(script);
    expect(submissionSchema.safeParse({ name: "a\u0000b" }).success).toBe(false);
    expect(submissionSchema.safeParse({ name: "x".repeat(201) }).success).toBe(false);
    expect(submissionSchema.safeParse({ name: "Dana", question: "x".repeat(2001) }).success).toBe(false);
  });

  it("reads Persian digits in a phone, and refuses a malformed referral code or referrer", () => {
    expect(submissionSchema.parse({ name: "سارا", phone: "۰۹۱۲ ۳۴۵ ۶۷۸۹" }).phone).toBe("0912 345 6789");
    expect(submissionSchema.safeParse({ name: "A", ref: "short" }).success).toBe(false);
    expect(submissionSchema.safeParse({ name: "A", referrer: "javascript:alert(1)" }).success).toBe(false);
    expect(submissionSchema.safeParse({ name: "A", referrer: "https://shop.example/landing?x=1" }).success).toBe(true);
    expect(submissionSchema.safeParse({ name: "A", referrer: "not a url" }).success).toBe(false);
  });

  it("always asks the name and keeps the fields in their order", () => {
    expect(leadFormSchema.parse({ name: "F", fields: ["question", "email"] }).fields).toEqual(["name", "email", "question"]);
    const fromForm = leadFormFromForm({ name: "F", fieldPhone: true, fieldEmail: false, fieldQuestion: true, assignment: "round_robin", isDefault: false, thankYouFa: "ممنون" });
    expect(fromForm).toMatchObject({ fields: ["name", "phone", "question"], assignment: "round_robin", thankYou: { fa: "ممنون" } });
  });
});
