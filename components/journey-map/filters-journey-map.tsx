import type { CurrentUser } from "@/lib/auth/session";
import type { JourneyMapParams } from "@/lib/journey-map/params";
import { journeyMapRangeFor } from "@/lib/journey-map/service";
import { FormJourneyFilters } from "./form-journey-filters";

/** The journey and range, resolved (the default range ends today in the organization's time zone). */
export async function FiltersJourneyMap({ user, params }: { user: CurrentUser; params: JourneyMapParams }) {
  const { from, to, today } = await journeyMapRangeFor(user, params);
  const initial = { journey: params.journey, from, to };
  return <FormJourneyFilters key={JSON.stringify(initial)} initial={initial} today={today} />;
}
