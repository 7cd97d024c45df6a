import "server-only";

/** Email is offered only where the server can send it: SMTP_URL set (smtp://user:pass@host:port, smtps://…). */
export const emailEnabled = (env: Record<string, string | undefined> = process.env) => Boolean(env.SMTP_URL);
