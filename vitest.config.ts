import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
    },
  },
  test: {
    environment: "node",
    globalSetup: ["tests/support/migrated-templates.ts"],
    include: ["tests/unit/**/*.test.ts", "tests/db/**/*.test.ts", "tests/replica/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
