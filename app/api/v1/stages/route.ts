import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { listJourneyStagesFor } from "@/lib/journey/service";

export const GET = apiRoute(async ({ user }) => {
  const stages = await listJourneyStagesFor(user, { includeArchived: true });
  return NextResponse.json({
    items: stages.map((s) => ({
      key: s.key,
      position: s.position,
      journey: s.journey,
      labels: { he: s.labelHe, fa: s.labelFa, en: s.labelEn },
      transitionRule: s.transitionRule,
      requiredFields: s.requiredFields,
      idleDays: s.idleDays,
      archived: s.archivedAt !== null,
    })),
  });
});
