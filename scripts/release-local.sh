#!/usr/bin/env bash
# Release rehearsal against a local registry: `pnpm release:local [--worktree] [--ref REF] [--tests full|checks|node|none] [--keep]`
#
# In a throwaway clone (the working tree is never touched):
#   1. `changeset version` (the committed .changeset/*.md drive it)
#   2. `pnpm generate` may only copy the versions changesets just bumped (into the deno.json files,
#      which follow @lianlian-sdk/web, and its openapi.json); then `generate --check`,
#      build and tests: --tests full (the default) = `pnpm test:suite`, everything `pnpm test` runs but
#      this rehearsal; checks = `pnpm check:packages` on the bumped packages (publint, attw, deno publish
#      --dry-run, export maps, versions): `pnpm test` ends with this rehearsal in that mode, as the
#      suite has just run on the same commit; node = vitest; none
#   3. publish @lianlian-sdk/web, /node and /sandbox to a Verdaccio started here on 127.0.0.1
#   4. fresh apps outside any workspace install them from that registry only (checked in
#      package-lock.json): Node ESM and Node CommonJS (require(); both also type-checked with
#      tsc, module nodenext), a Cloudflare Worker (esbuild → workerd via Miniflare), Deno
#      (npm: specifiers, NPM_CONFIG_REGISTRY, deno run --check); each takes the client and
#      @lianlian-sdk/sandbox/admin
#   5. each app runs a signed card-bind round trip against the registry-installed sandbox CLI,
#      driving the sandbox through its admin client.
# Prints one PASS/FAIL row per app; exits non-zero on any failure. Verdaccio and every
# sandbox are stopped on exit, whatever happens.
#   --worktree  release the working tree as it is (tracked changes and untracked files), not a commit
#   --ref REF   release this commit (default HEAD)
#   --keep      keep the temp dir (clone, registry storage, apps, logs) for inspection
set -euo pipefail

# Under `pnpm run` (pnpm release:local, pnpm test) pnpm exports its settings as npm_config_*, the
# registry among them, and those would override the apps' own npm config: start from what a shell has.
while IFS= read -r var; do unset "$var"; done < <(compgen -e | grep -iE '^p?npm_config_' || true)

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
REL="$ROOT/scripts/release"
export PATH="$ROOT/.tools/node_modules/.bin:$PATH"
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1

REF=HEAD WORKTREE=0 TESTS=full KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --worktree) WORKTREE=1 ;;
    --ref) REF="$2"; shift ;;
    --tests) TESTS="$2"; shift ;;
    --keep) KEEP=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d;s/^# \{0,1\}//'; exit 0 ;;
    *) echo "release-local: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
case "$TESTS" in full|checks|node|none) ;; *) echo "release-local: --tests must be full, checks, node or none" >&2; exit 2 ;; esac

command -v pnpm >/dev/null || { echo "release-local: pnpm is not on PATH; run it as: bash scripts/run.sh release:local" >&2; exit 2; }
for tool in "$REL/node_modules/verdaccio/bin/verdaccio" "$REL/node_modules/.bin/deno" "$REL/node_modules/miniflare" "$REL/node_modules/esbuild"; do
  [ -e "$tool" ] || { echo "release-local: $tool is missing; run pnpm install (or: bash scripts/run.sh release:local)" >&2; exit 2; }
done

START=$(date +%s)
WORK="$(mktemp -d "${TMPDIR:-/tmp}/lianlian-release.XXXXXX")"
LOGS="$WORK/logs"
mkdir -p "$LOGS"
PIDS=()

cleanup() {
  local code=$?
  for pid in "${PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  if [ "$KEEP" = 1 ]; then echo "release-local: kept $WORK"; else rm -rf "$WORK"; fi
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

elapsed() { echo "$(( $(date +%s) - START ))s"; }
step() { echo "==> [$(elapsed)] $*"; }
# run LOGNAME CMD...: output to a log; on failure, show its tail and stop.
run() {
  local log="$LOGS/$1.log"; shift
  if ! "$@" >"$log" 2>&1; then
    echo "release-local: FAILED: $*" >&2
    tail -n 40 "$log" | sed 's/^/    /' >&2
    exit 1
  fi
}

# --- the release candidate: a throwaway clone ------------------------------------------
REPO="$WORK/repo"
# LianLian's docs the tests read are committed (docs-snapshots/), so the clone has them.
step "clone $([ "$WORKTREE" = 1 ] && echo "the working tree" || echo "$REF") into $REPO"
git clone -q --no-hardlinks "$ROOT" "$REPO"
git -C "$REPO" checkout -q --detach "$(git -C "$ROOT" rev-parse --verify "$REF^{commit}")"
if [ "$WORKTREE" = 1 ]; then
  # Overlay what differs from HEAD in the working tree (read-only git commands in $ROOT).
  while IFS= read -r -d '' path; do
    if [ -e "$ROOT/$path" ] || [ -L "$ROOT/$path" ]; then
      mkdir -p "$REPO/$(dirname "$path")" && cp -a "$ROOT/$path" "$REPO/$path"
    else
      rm -f "$REPO/$path"
    fi
  done < <(git -C "$ROOT" ls-files -z --modified --others --exclude-standard)
fi
cd "$REPO"
commit() { git add -A && git -c user.name=release-local -c user.email=release-local@localhost commit -q --allow-empty -m "$1"; }
commit "release candidate"
run install pnpm install --frozen-lockfile --reporter=append-only

# --- 1. changeset version --------------------------------------------------------------
step "1. changeset version ($(ls .changeset/*.md | grep -cv '/README.md$') changesets)"
run changeset-version pnpm exec changeset version
version_of() { node -p "require('./packages/$1/package.json').version"; }
WEB_V="$(version_of web)" NODE_V="$(version_of node)" SANDBOX_V="$(version_of sandbox)"
echo "    @lianlian-sdk/web@$WEB_V @lianlian-sdk/node@$NODE_V @lianlian-sdk/sandbox@$SANDBOX_V"
commit "changeset version"

# --- 2. generate (versions only), check, build, tests --------------------------------------
step "2. generate: may only copy the bumped versions"
run generate pnpm generate
run versions-only node "$REL/versions-only.mjs"
echo "    $(tail -n 1 "$LOGS/versions-only.log")"
commit "generate (versions)"
run generate-check pnpm generate --check
DENO_V="$(node -p "require('./packages/deno/deno.json').version")"
[ "$DENO_V" = "$WEB_V" ] || { echo "release-local: packages/deno/deno.json has version $DENO_V, @lianlian-sdk/web $WEB_V" >&2; exit 1; }
echo "    jsr:@lianlian-sdk/web@$WEB_V and jsr:@lianlian-sdk/deno@$DENO_V (deno.json: follows @lianlian-sdk/web)"
step "2. build"
run build pnpm build
case "$TESTS" in
  full) step "2. tests: pnpm test:suite (the whole suite, as CI runs it)"; run test pnpm test:suite ;;
  checks) step "2. tests: pnpm check:packages (publint, attw, deno publish --dry-run, export maps, versions)"; run test pnpm check:packages ;;
  node) step "2. tests: vitest"; run test pnpm exec vitest run ;;
  none) step "2. tests: skipped (--tests none)" ;;
esac
if [ "$TESTS" != none ]; then
  sed 's/\x1b\[[0-9;]*m//g' "$LOGS/test.log" | grep -E '^ *Tests +[0-9]' | sed 's/^ */    vitest: /' || true
  sed 's/\x1b\[[0-9;]*m//g' "$LOGS/test.log" | grep -v '^\s*$' | tail -n 1 | sed 's/^ */    last line: /'
fi

# --- 3. publish to a local Verdaccio -------------------------------------------------------
step "3. start Verdaccio on 127.0.0.1"
mkdir -p "$WORK/registry"
cp "$REL/verdaccio.yaml" "$WORK/registry/config.yaml"
PORT="$(node "$REL/registry.mjs" free-port)"
REGISTRY="http://127.0.0.1:$PORT/"
node "$REL/node_modules/verdaccio/bin/verdaccio" --config "$WORK/registry/config.yaml" --listen "127.0.0.1:$PORT" >"$LOGS/verdaccio.log" 2>&1 &
PIDS+=($!)
run verdaccio-wait node "$REL/registry.mjs" wait "$REGISTRY" 60
TOKEN="$(node "$REL/registry.mjs" add-user "$REGISTRY" release-local "rehearsal-$RANDOM$RANDOM")"
# Auth for pnpm publish lives in the clone's .npmrc only.
printf '\n//127.0.0.1:%s/:_authToken=%s\n' "$PORT" "$TOKEN" >>"$REPO/.npmrc"
echo "    $REGISTRY (storage in $WORK/registry)"

step "3. publish"
for pkg in web node sandbox; do
  run "publish-$pkg" pnpm --filter "@lianlian-sdk/$pkg" publish --registry "$REGISTRY" --no-git-checks --access public
  echo "    @lianlian-sdk/$pkg@$(version_of "$pkg") $(npm view "@lianlian-sdk/$pkg@$(version_of "$pkg")" dist.tarball --registry "$REGISTRY" --userconfig /dev/null 2>/dev/null)"
done

# --- 4. fresh apps outside the workspace, installed from that registry only ----------------
APPS="$WORK/apps"
mkdir -p "$APPS/sandbox"
cp -r "$REL/apps/." "$APPS/"
for app in node-esm node-cjs worker deno; do cp "$REL/apps/flow.mjs" "$APPS/$app/"; done
printf '{ "name": "release-sandbox", "private": true, "dependencies": { "@lianlian-sdk/sandbox": "%s" } }\n' "$SANDBOX_V" >"$APPS/sandbox/package.json"
TS_V="$(node -p "require('$ROOT/node_modules/typescript/package.json').version")"
for kind in esm:module cjs:commonjs; do
  printf '{ "name": "release-node-%s", "private": true, "type": "%s", "dependencies": { "@lianlian-sdk/node": "%s", "@lianlian-sdk/sandbox": "%s" }, "devDependencies": { "typescript": "%s" } }\n' \
    "${kind%%:*}" "${kind#*:}" "$NODE_V" "$SANDBOX_V" "$TS_V" >"$APPS/node-${kind%%:*}/package.json"
done
printf '{ "name": "release-worker", "private": true, "type": "module", "dependencies": { "@lianlian-sdk/web": "%s", "@lianlian-sdk/sandbox": "%s" } }\n' "$WEB_V" "$SANDBOX_V" >"$APPS/worker/package.json"
sed -i "s/__SANDBOX_VERSION__/$SANDBOX_V/; s/__VERSION__/$WEB_V/" "$APPS/deno/main.ts"
# npm as a user would run it, but with nothing from this machine's npm config or cache.
printf 'registry=%s\nfund=false\naudit=false\nupdate-notifier=false\n' "$REGISTRY" >"$WORK/apps.npmrc"
npm_install() {
  (cd "$APPS/$1" && npm install --userconfig "$WORK/apps.npmrc" --cache "$WORK/npm-cache" --no-audit --no-fund --loglevel=error) &&
    node "$REL/registry.mjs" check-lock "$APPS/$1/package-lock.json" "$REGISTRY"
}
for app in sandbox node-esm node-cjs worker; do
  step "4. $app: npm install"
  run "install-$app" npm_install "$app"
  echo "    $(tail -n 1 "$LOGS/install-$app.log")"
done
step "4. deno: fetch npm:@lianlian-sdk/web@$WEB_V and npm:@lianlian-sdk/sandbox@$SANDBOX_V/admin"
DENO="$REL/node_modules/.bin/deno"
export DENO_DIR="$WORK/deno-dir" DENO_NO_UPDATE_CHECK=1
run install-deno env NPM_CONFIG_REGISTRY="$REGISTRY" "$DENO" install --quiet --minimum-dependency-age=0 --entrypoint "$APPS/deno/main.ts"

# --- 5. the round trip in each app, each against a fresh sandbox from the registry ------------
SANDBOX_BIN="$APPS/sandbox/node_modules/.bin/lianlian-sandbox"
start_sandbox() {
  local out="$LOGS/sandbox-$1.out"
  "$SANDBOX_BIN" --port 0 >"$out" 2>"$LOGS/sandbox-$1.err" &
  SANDBOX_PID=$!
  PIDS+=("$SANDBOX_PID")
  for _ in $(seq 1 200); do
    if [ "$(wc -l <"$out")" -ge 1 ]; then
      SANDBOX_URL="$(sed -n '1s#^lianlian-sandbox listening on \(http://127\.0\.0\.1:[0-9][0-9]*\)$#\1#p' "$out")"
      [ -n "$SANDBOX_URL" ] && return 0
      echo "unexpected first line: $(head -n 1 "$out")" >&2
      return 1
    fi
    kill -0 "$SANDBOX_PID" 2>/dev/null || { echo "sandbox exited: $(cat "$LOGS/sandbox-$1.err")" >&2; return 1; }
    sleep 0.05
  done
  echo "sandbox did not start" >&2
  return 1
}
stop_sandbox() {
  kill "$SANDBOX_PID" 2>/dev/null || true
  wait "$SANDBOX_PID" 2>/dev/null || true
}
run_app() {
  case "$1" in
    node-esm) (cd "$APPS/node-esm" && node_modules/.bin/tsc -p . && node index.mjs "$SANDBOX_URL") ;;
    node-cjs) (cd "$APPS/node-cjs" && node_modules/.bin/tsc -p . && node index.cjs "$SANDBOX_URL") ;;
    worker) node "$REL/run-worker.mjs" "$APPS/worker" "$SANDBOX_URL" ;;
    deno) (cd "$APPS/deno" && NPM_CONFIG_REGISTRY="$REGISTRY" "$DENO" run --quiet --check --minimum-dependency-age=0 --allow-net=127.0.0.1 main.ts "$SANDBOX_URL") ;;
  esac
}
declare -A PKG=([node-esm]="@lianlian-sdk/node@$NODE_V" [node-cjs]="@lianlian-sdk/node@$NODE_V" [worker]="@lianlian-sdk/web@$WEB_V" [deno]="npm:@lianlian-sdk/web@$WEB_V")
ROWS=() FAILED=0
for app in node-esm node-cjs worker deno; do
  step "5. $app: card-bind round trip"
  t0=$(date +%s%N)
  if start_sandbox "$app" >"$LOGS/app-$app.log" 2>&1 && run_app "$app" >>"$LOGS/app-$app.log" 2>&1; then
    result=PASS detail="$(tail -n 1 "$LOGS/app-$app.log")"
  else
    result=FAIL detail="$(sed 's/\x1b\[[0-9;]*m//g' "$LOGS/app-$app.log" | grep -v '^\s*$' | head -n 3 | tr '\n' ' ')" FAILED=1
  fi
  stop_sandbox
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  ROWS+=("$(printf '%-4s  %-9s %-32s %6.1fs  %s' "$result" "$app" "${PKG[$app]}" "$(echo "$ms / 1000" | awk '{printf "%.1f", $1/$3}')" "$detail")")
done

echo
echo "release-local: $REGISTRY, sandbox CLI @lianlian-sdk/sandbox@$SANDBOX_V"
printf '%s\n' "${ROWS[@]}"
echo "total $(elapsed)"
[ "$FAILED" = 0 ] || { echo "release-local: FAILED (logs: $LOGS; rerun with --keep to keep them)" >&2; exit 1; }
