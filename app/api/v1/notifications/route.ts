import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { listNotificationsFor } from "@/lib/notifications/service";

export const GET = apiRoute(async ({ user }) => NextResponse.json(await listNotificationsFor(user)));
