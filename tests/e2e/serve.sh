#!/usr/bin/env bash
# The production build (made by `npm test` just before) on a fresh embedded database with a small demo.
set -euo pipefail
export PGLITE_DIR="${PGLITE_DIR:-.data/e2e-pglite}"
rm -rf "$PGLITE_DIR"
unset DATABASE_URL
export NODE_ENV=production DEMO_CUSTOMERS="${DEMO_CUSTOMERS:-1500}"
# Low enough that tests/e2e/api-keys.spec.ts can spend a key's budget in a moment.
export API_KEY_RATE_LIMIT="${API_KEY_RATE_LIMIT:-60}"
# Every browser test comes from 127.0.0.1: the per-address form budget would make them take turns.
# tests/e2e/lead-forms.spec.ts meets the per-form budget instead; tests/db/lead-forms.test.ts tests the rule itself.
export FORM_RATE_LIMIT_IP="${FORM_RATE_LIMIT_IP:-100000}"
node_modules/.bin/tsx scripts/prepare-db.ts
# A second organization, for the authorization matrix's "owner of another organization".
OWNER_PASSWORD=outsider-password-1 node_modules/.bin/tsx --conditions=react-server scripts/create-owner.ts \
  --email owner@other.test --org "Other Organization" --name "Other Owner"
exec node scripts/serve.mjs -p "${PORT:-3100}"
