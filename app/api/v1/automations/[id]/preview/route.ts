import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { idParam } from "@/lib/api/params";
import { previewAutomationFor } from "@/lib/automation/service";

export const GET = apiRoute<{ id: string }>(async ({ user, params }) => NextResponse.json(await previewAutomationFor(user, idParam(params.id))));
