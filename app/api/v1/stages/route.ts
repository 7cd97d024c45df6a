import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { listStages } from "@/db/queries/stages";
import { apiRoute } from "@/lib/api/handler";

export const GET = apiRoute(async ({ user }) => {
  const stages = await listStages(await getDb(), { orgId: user.orgId, includeArchived: true });
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
