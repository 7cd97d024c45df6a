import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { idParam } from "@/lib/api/params";
import { runAutomationNowFor } from "@/lib/automation/service";

export const POST = apiRoute<{ id: string }>(async ({ user, params }) => NextResponse.json(await runAutomationNowFor(user, idParam(params.id))));
