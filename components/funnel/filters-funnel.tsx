import { listStaffNamesFor, organizationTodayFor } from "@/lib/analytics/funnel/service";
import type { CurrentUser } from "@/lib/auth/session";
import { toFunnelQuery, type FunnelParams } from "@/lib/analytics/funnel/params";
import { FormFunnelFilters } from "./form-funnel-filters";

/** The filter form, given the resolved range, today in the organization's time zone and the staff to filter by. */
export async function FiltersFunnel({ user, params }: { user: CurrentUser; params: FunnelParams }) {
  const [staff, today] = await Promise.all([listStaffNamesFor(user), organizationTodayFor(user)]);
  const query = toFunnelQuery(params, today);
  const initial = {
    from: query.from,
    to: query.to,
    journey: params.journey,
    cohort: params.cohort,
    order: params.order,
    window: params.window ? String(params.window) : "",
    breakdown: params.breakdown ?? "",
    asOf: params.asOf ?? "",
    channel: params.channel ?? "",
    owner: params.owner ?? "",
  };
  return <FormFunnelFilters key={JSON.stringify(initial)} initial={initial} today={today} staff={staff} />;
}
