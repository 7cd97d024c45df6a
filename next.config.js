import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets several checkouts or test runs build side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres", "pg-boss"],
  poweredByHeader: false,
  // forbidden(): a signed-in user on a page their role may not open gets a 403 page, not "not found".
  experimental: { authInterrupts: true },
  async headers() {
    const https = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
    // Public lead forms (/{locale}/f/{id}) are embedded in other sites: no X-Frame-Options there (their CSP comes from proxy.ts).
    return [
      { source: "/:path((?!(?:he|fa|en)/f/[^/]+/?$).*)", headers: [...staticSecurityHeaders(https), { key: "X-Frame-Options", value: "DENY" }] },
      { source: "/:locale(he|fa|en)/f/:id", headers: staticSecurityHeaders(https) },
    ];
  },
};

/** For every response, pages and API alike (the page CSP comes from proxy.ts with its nonce). HSTS only over https. */
function staticSecurityHeaders(https) {
  const headers = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ];
  if (https) headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  return headers;
}

export default withNextIntl(nextConfig);
