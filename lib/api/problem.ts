import { NextResponse } from "next/server";

const titles: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  410: "Gone",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

export interface ProblemExtras {
  detail?: string;
  errors?: Record<string, string[]>;
  headers?: Record<string, string>;
  [extra: string]: unknown;
}

/**
 * An RFC 9457 problem document. Its own members come last: an extra named `status` or `title`
 * (a job's status in a refusal's details, say) cannot replace the numeric status.
 */
export function problem(status: number, { headers, ...extras }: ProblemExtras = {}) {
  return NextResponse.json(
    { ...extras, type: "about:blank", title: titles[status] ?? "Error", status },
    { status, headers: { "content-type": "application/problem+json", ...headers } },
  );
}
