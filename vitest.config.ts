import { availableParallelism } from "node:os";
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
    // One file per core, not Vitest's default of one fewer: the database tests spend much of their time
    // waiting for PostgreSQL. On 2 cores: 276 s with one worker, 196 s with two, 206 s with three.
    maxWorkers: availableParallelism(),
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
