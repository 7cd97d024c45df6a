import { randomBytes } from "node:crypto";

/** A customer's referral code: 128 random bits, base64url (22 characters); nothing about the customer in it. */
export const newReferralCode = () => randomBytes(16).toString("base64url");

/** A referral link as the customer shares it. */
export const referralUrl = (origin: string, locale: string, code: string) => `${origin}/${locale}/r/${code}`;
