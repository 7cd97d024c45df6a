import { NextResponse } from "next/server";
import { z } from "zod";
import { locales } from "@/core/constants";
import { parseQuery } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { appOrigin } from "@/lib/api/origin";
import { customerIdParam } from "@/lib/api/params";
import { referralLinkFor } from "@/lib/referrals/service";

const querySchema = z.object({ locale: z.enum(locales).optional() });

/** The customer's referral link `{url, code}` (made on first request), for the locale asked (default the organization's). */
export const GET = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  const id = customerIdParam(params.id);
  const query = parseQuery(request, querySchema);
  if (!query.ok) return query.response;
  return NextResponse.json(await referralLinkFor(user, id, { origin: appOrigin(request), locale: query.data.locale }));
});
