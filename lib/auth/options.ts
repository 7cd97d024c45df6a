import type { AuthOptions } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db";
import { findUser } from "@/db/queries/users";
import { bumpSessionVersion } from "@/db/mutations/users";
import { clientAddress } from "@/lib/security/client-address";
import { sameOriginUrl } from "./callback-url";
import { authSecret } from "./secret";
import { SESSION_MAX_AGE_S } from "./session-token";
import { signInErrors, signInWithPassword } from "./sign-in";

const credentialsSchema = z.object({
  email: z.string().trim().email().max(320),
  password: z.string().min(1).max(1024),
});

/** next-auth hands authorize the request's headers as a plain object. */
const headerReader = (headers: Record<string, unknown> | undefined) => ({
  get: (name: string) => (typeof headers?.[name] === "string" ? headers[name] : null),
});

export const authOptions: AuthOptions = {
  /** Read when a request needs it, so a missing AUTH_SECRET fails that request (as problem+json) rather than every module that imports this one. */
  get secret() {
    return authSecret();
  },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/he/login" },
  providers: [
    Credentials({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new Error(signInErrors.invalid);
        const result = await signInWithPassword(await getDb(), { ...parsed.data, address: clientAddress(headerReader(request?.headers)) });
        if (!result.ok) throw new Error(result.error);
        const { user } = result;
        return { id: user.id, email: user.email, name: user.name, orgId: user.orgId, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async redirect({ url, baseUrl }) {
      return sameOriginUrl(url, baseUrl) ?? baseUrl;
    },
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as unknown as { id: string; orgId: string; sessionVersion: number };
        token.userId = signedIn.id;
        token.orgId = signedIn.orgId;
        token.sessionVersion = signedIn.sessionVersion;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, userId: token.userId, orgId: token.orgId, sessionVersion: token.sessionVersion };
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.orgId === "string" && typeof token.userId === "string") {
        const db = await getDb();
        const user = await findUser(db, { orgId: token.orgId, userId: token.userId });
        if (user) await bumpSessionVersion(db, { orgId: user.orgId, userId: user.id });
      }
    },
  },
};
