import { z } from "zod";
import { journeys } from "@/core/constants";
import { channels, customerSortsList, touchpointKinds } from "@/core/customers/constants";
import {
  amountMinor,
  isoDate,
  optionalAmountMinor,
  optionalEnum,
  localizedInt,
  optionalEmail,
  optionalInstant,
  optionalIsoDate,
  optionalPhone,
  optionalText,
  optionalUuid,
  requiredText,
  uuid,
} from "@/core/validation/fields";

const stageKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);

export const createCustomerSchema = z.strictObject({
  externalId: optionalText(200),
  name: requiredText(200),
  email: optionalEmail,
  phone: optionalPhone,
  channel: optionalEnum(channels),
  ownerId: optionalUuid,
  referredById: optionalUuid,
  birthday: optionalIsoDate,
  stage: stageKey.optional(),
  at: optionalInstant,
  // What a move into the starting stage carries, for the stage's rules (required fields, skips).
  note: optionalText(2000),
  reason: optionalText(500),
  purchaseAmount: optionalAmountMinor,
});

export const updateCustomerSchema = z.strictObject({
  version: localizedInt(1, 2_147_483_647),
  name: requiredText(200),
  email: optionalEmail,
  phone: optionalPhone,
  channel: z.enum(channels),
  birthday: optionalIsoDate,
  externalId: optionalText(200),
});

/** PATCH: only the fields named change (consent included); `version` is the copy the caller edited. */
export const patchCustomerSchema = z.strictObject({
  version: localizedInt(1, 2_147_483_647),
  name: requiredText(200).optional(),
  email: optionalEmail,
  phone: optionalPhone,
  channel: optionalEnum(channels),
  birthday: optionalIsoDate,
  externalId: optionalText(200),
  doNotContact: z.boolean().optional(),
});

export const moveSchema = z.strictObject({
  to: stageKey,
  version: localizedInt(1, 2_147_483_647),
  channel: optionalEnum(channels),
  note: optionalText(2000),
  reason: optionalText(500),
  at: optionalInstant,
  purchaseAmount: optionalAmountMinor,
});

export const bulkMoveSchema = z.strictObject({
  to: stageKey,
  reason: optionalText(500),
  items: z.array(z.strictObject({ customerId: uuid, version: localizedInt(1, 2_147_483_647) })).min(1).max(500),
});

/** Merges the customer `from` into the one named by the path or the page, at the version the caller saw. */
export const mergeSchema = z.strictObject({
  from: uuid,
  version: localizedInt(1, 2_147_483_647),
});

export const reassignSchema = z.strictObject({
  ownerId: uuid,
  ids: z.array(uuid).min(1).max(500),
});

export const touchpointSchema = z.strictObject({
  channel: z.enum(channels),
  kind: z.enum(touchpointKinds),
  at: optionalInstant,
  note: optionalText(2000),
});

export const purchaseSchema = z.strictObject({
  amount: amountMinor,
  currency: z.string().regex(/^[A-Z]{3}$/).optional(),
  at: optionalInstant,
  note: optionalText(500),
});

export const feedbackSchema = z.strictObject({
  score: localizedInt(0, 10),
  comment: optionalText(2000),
  at: optionalInstant,
});

export const taskSchema = z.strictObject({
  title: requiredText(300),
  dueOn: isoDate,
  assigneeId: optionalUuid,
});

/** A list filter from the URL or a GET form, where an empty select (`lost=`) means "any", like a missing one. */
const unsetIfBlank = (v: unknown) => (v === "" ? undefined : v);
const flags = new Map<unknown, boolean>([["true", true], ["1", true], ["false", false], ["0", false]]);
const flag = z.preprocess((v) => flags.get(v) ?? unsetIfBlank(v), z.boolean().optional());

export const listQuerySchema = z.object({
  q: optionalText(200),
  stage: z.preprocess(unsetIfBlank, stageKey.optional()),
  journey: optionalEnum(journeys),
  channel: optionalEnum(channels),
  owner: optionalUuid,
  stale: flag,
  lost: flag,
  sort: z.preprocess(unsetIfBlank, z.enum(customerSortsList).default("createdAt")),
  dir: z.preprocess(unsetIfBlank, z.enum(["asc", "desc"]).default("desc")),
  limit: z.preprocess((v) => unsetIfBlank(v) ?? 25, localizedInt(1, 100)),
  cursor: optionalText(400),
});

export type ListQuery = z.infer<typeof listQuerySchema>;
