#!/usr/bin/env bash
# `npm test`: unit and db tests (PGlite, and Postgres when TEST_DATABASE_URL is set),
# the production build with its type check, the read-replica tests (a replica cluster pair made on
# this machine, skipped without pg_createcluster), then the browser tests and the crash test against that build.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
# The suite builds and serves from its own folder, so an `npm start` in this checkout keeps serving.
export NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next-test}"

echo "== unit and db tests (engines: pglite${TEST_DATABASE_URL:+, postgres})"
npx vitest run

echo "== production build"
# Its type check covers the whole tsconfig (tests and scripts too), so no separate tsc run.
npx next build

echo "== read replica: the db and HTTP tests of the read path on a primary and a streaming replica made here (tests/replica)"
# One file at a time: pausing the replica's replay, as the tests do, pauses it for every database.
bash tests/replica/with-pair.sh npx vitest run tests/replica --no-file-parallelism

echo "== browser tests (Chromium)"
npx playwright test

echo "== crash safety: kill -9 during a bulk move and an import (engines: pglite${TEST_DATABASE_URL:+, postgres})"
npx tsx --conditions=react-server tests/crash/run.ts

echo "== whole suite: $((SECONDS - started)) s"
