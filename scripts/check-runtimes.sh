#!/usr/bin/env bash
# Runs the runtime smoke test (examples/runtimes: every provider package imported from its built
# dist/, then one sandbox sync end to end) on Bun, Deno and workerd, each fetched from the npm
# registry. Run after `pnpm build`. A runtime that fails, or does not exit within its time once
# the work is done (an open handle), fails the check.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d "${TMPDIR:-/tmp}/fitlink-runtimes.XXXXXX")
trap 'rm -rf "$work"' EXIT

check() { # name, then the command; the command's last line is the smoke test's JSON result
  local name=$1 out
  shift
  if ! out=$(timeout 180 "$@" 2>"$work/$name.err"); then
    echo "runtimes: $name failed or did not exit within 180 s" >&2
    tail -n 30 "$work/$name.err" >&2
    exit 1
  fi
  printf '%s\n' "$out" | tail -n 1 | node -e '
    const name = process.argv[1];
    const result = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
    if (!(result.activities > 0) || !(result.packages > 0)) {
      console.error(`runtimes: ${name} gave no activities: ${JSON.stringify(result)}`);
      process.exit(1);
    }
    console.log(`${name.padEnd(8)} ${result.runtime}: ${result.packages} provider packages imported, sandbox sync of ${result.activities} activities`);' "$name"
}

(cd examples && check bun npx -y bun@1 runtimes/main.ts)
(cd examples && check deno npx -y deno@2 run --allow-read --allow-env runtimes/main.ts)
npm install --prefix "$work/miniflare" --no-audit --no-fund --silent miniflare@4 >/dev/null
MINIFLARE_DIR="$work/miniflare" check workerd npx tsx scripts/run-workerd.ts
