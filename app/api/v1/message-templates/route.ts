import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { listMessageTemplatesFor } from "@/lib/messages/service";

/** `{items: [{key, locale, body, custom}]}`: every built-in template in he, fa and en. */
export const GET = apiRoute(async ({ user }) => NextResponse.json({ items: await listMessageTemplatesFor(user) }));
