#!/usr/bin/env bash
# One entry point for a fresh machine: installs pnpm locally (nothing global),
# installs the workspace, then runs a root script: `bash scripts/run.sh demo|test|generate`.
set -euo pipefail
cd "$(dirname "$0")/.."
PNPM_VERSION=10.34.8
if [ ! -x .tools/node_modules/.bin/pnpm ] || [ "$(.tools/node_modules/.bin/pnpm --version)" != "$PNPM_VERSION" ]; then
  npm install --prefix .tools --no-save --no-audit --no-fund --loglevel=error "pnpm@$PNPM_VERSION" >/dev/null
fi
export PATH="$PWD/.tools/node_modules/.bin:$PATH"
pnpm install --frozen-lockfile --reporter=append-only
exec pnpm run "$@"
