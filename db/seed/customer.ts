import { LOST, type Channel, type Locale } from "@/db/schema";
import type { CustomerContext } from "./context";
import { addHistory } from "./history";
import { addRevisits, DAY, simulateJourney, type Move } from "./journey";
import { People } from "./people";
import { addFeedback, addPurchases } from "./purchases-feedback";
import type { Rng, Weighted } from "./random";
import { addTasks, type LocalDate } from "./tasks";
import { demoTexts } from "./texts";
import type { SeedRows } from "./write";

/** User ids of the demo staff. */
export interface DemoStaff {
  owner: string;
  manager: string;
  sales: string;
  sales2: string;
}

const baseChannels: Weighted<Channel> = [
  ["whatsapp", 16], ["instagram", 13], ["ads", 10], ["referral", 9], ["search", 8], ["website", 8],
  ["word_of_mouth", 8], ["telegram", 7], ["social", 6], ["phone", 4], ["store", 4], ["email", 3],
  ["event", 2], ["sms", 1], ["other", 1],
];
const tilted = (tilt: Partial<Record<Channel, number>>): Weighted<Channel> =>
  baseChannels.map(([channel, weight]) => [channel, weight * (tilt[channel] ?? 1)] as const);
const channelMix: Record<Locale, Weighted<Channel>> = {
  he: tilted({ whatsapp: 1.4, telegram: 0.3 }),
  fa: tilted({ telegram: 3, instagram: 1.5, whatsapp: 0.5 }),
  en: baseChannels,
};

export interface GeneratorConfig {
  orgId: string;
  staff: DemoStaff;
  seed: number;
  /** End of the history, epoch ms. */
  now: number;
  /** Customers to generate in all: arrival times are spread over this many. */
  total: number;
  localDate: LocalDate;
  /** Up to this many back-and-forth visits per customer (uniform): denser histories for the benchmark; none by default. */
  revisits?: number;
}

/** Arrivals per day grow linearly to (1 + GROWTH) times the first day's rate. */
const GROWTH = 1.5;
const REFERRER_POOL = 5000;

export function localDateIn(timeZone: string): LocalDate {
  const format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  return (at) => format.format(at);
}

/**
 * Generates customers in order of arrival (customer i is created before customer i + 1),
 * so a referrer can be drawn from those already generated. Memory stays flat: only a
 * bounded pool of possible referrers is kept.
 */
export class CustomerGenerator {
  private readonly people: People;
  private readonly owners: Weighted<string>;
  private readonly referrers: { id: string; convertedAt: number }[] = [];
  private readonly start: number;
  private previousAt = 0;

  constructor(
    private readonly rng: Rng,
    private readonly config: GeneratorConfig,
  ) {
    this.people = new People(config.seed);
    this.owners = [[config.staff.sales, 45], [config.staff.sales2, 40], [config.staff.manager, 15]];
    const start = new Date(config.now);
    start.setUTCMonth(start.getUTCMonth() - 18);
    this.start = start.getTime();
  }

  generate(index: number, rows: SeedRows): void {
    const { rng, config } = this;
    const person = this.people.next(rng);
    const createdAt = this.arrival(index);
    let channel = rng.weighted(channelMix[person.locale]);
    const referredById = channel === "referral" ? this.pickReferrer(createdAt) : null;
    if (channel === "referral" && !referredById) channel = "word_of_mouth";
    const id = rng.uuid(createdAt);
    const ownerId = rng.weighted(this.owners);
    const journey = simulateJourney(rng, createdAt, config.now, channel, person.locale);
    const { stageKey } = journey;
    const moves = config.revisits
      ? addRevisits(rng, journey.moves, config.now, rng.int(0, config.revisits), demoTexts[person.locale].backReasons)
      : journey.moves;
    const ctx: CustomerContext = {
      rng, rows, orgId: config.orgId, customerId: id, createdAt, ownerId,
      locale: person.locale, channel, moves, now: config.now, lastActivity: createdAt,
    };
    addHistory(ctx);
    addPurchases(ctx);
    addFeedback(ctx);
    addTasks(ctx, config.localDate);
    const last = moves.at(-1) ?? { toKey: stageKey, at: createdAt, reason: null };
    const lost = last.toKey === LOST;
    rows.customers.push({
      orgId: config.orgId,
      id,
      externalId: null,
      name: person.name,
      email: person.email,
      phone: person.phone,
      phoneE164: person.phoneE164,
      channel,
      stageKey,
      stageEnteredAt: new Date(last.at),
      lost,
      lostReason: lost ? last.reason : null,
      ownerId,
      referredById,
      birthday: this.birthday(),
      version: moves.length,
      lastActivityAt: new Date(ctx.lastActivity),
      createdAt: new Date(createdAt),
      updatedAt: new Date(ctx.lastActivity),
    });
    this.rememberReferrer(id, moves);
  }

  /** Stratified over [start, now) through the inverse of the growth curve: increasing in i. */
  private arrival(index: number): number {
    const fraction = (index + this.rng.next()) / this.config.total;
    const x = (Math.sqrt(1 + 2 * GROWTH * fraction * (1 + GROWTH / 2)) - 1) / GROWTH;
    const at = Math.max(this.previousAt + 1, Math.floor(this.start + x * (this.config.now - this.start)));
    this.previousAt = at;
    return at;
  }

  private pickReferrer(createdAt: number): string | null {
    for (let attempt = 0; attempt < 5 && this.referrers.length > 0; attempt++) {
      const candidate = this.rng.pick(this.referrers);
      if (candidate.convertedAt < createdAt) return candidate.id;
    }
    return null;
  }

  private rememberReferrer(id: string, moves: readonly Move[]): void {
    const converted = moves.find((m) => m.toKey === "conversion");
    if (!converted) return;
    const entry = { id, convertedAt: converted.at };
    if (this.referrers.length < REFERRER_POOL) this.referrers.push(entry);
    else this.referrers[this.rng.int(0, REFERRER_POOL - 1)] = entry;
  }

  /** ~60% have one; some fall in the coming week so the birthday list is never empty. */
  private birthday(): string | null {
    const { rng, config } = this;
    if (!rng.chance(0.6)) return null;
    const year = rng.int(1955, 2006);
    const soon = rng.chance(0.08);
    const day = soon ? config.now + rng.int(1, 6) * DAY : Date.UTC(2001, 0, 1) + rng.int(0, 364) * DAY;
    const monthDay = config.localDate(day).slice(5);
    const leap = year % 4 === 0;
    return `${monthDay === "02-29" && !leap ? 2004 : year}-${monthDay}`;
  }
}
