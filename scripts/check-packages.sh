#!/usr/bin/env bash
# Checks every publishable package (packages/*/package.json without "private": true) the way a
# consumer sees it: packs it, lints the tarball with publint and attw (ESM-only profile), then
# installs the tarballs with npm into a scratch CommonJS project and require()s every export
# subpath on the current Node (require(esm) is unflagged from Node 20.19).
#
# Run from the repository root after `pnpm build`. Needs only node and npm: pnpm is taken from
# npx unless PNPM is set (e.g. PNPM=pnpm). Exits non-zero on the first problem.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD
read -r -a pnpm_cmd <<<"${PNPM:-npx -y pnpm@10}"
pnpm() { command "${pnpm_cmd[@]}" "$@"; }

work=$(mktemp -d "${TMPDIR:-/tmp}/fitlink-packages.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/tarballs" "$work/consumer"

# Publishable package directories, one per line.
mapfile -t dirs < <(node -e '
  const fs = require("node:fs");
  for (const d of fs.readdirSync("packages").sort()) {
    const f = `packages/${d}/package.json`;
    if (fs.existsSync(f) && JSON.parse(fs.readFileSync(f, "utf8")).private !== true) console.log(`packages/${d}`);
  }')
if [ "${#dirs[@]}" -eq 0 ]; then
  echo "check-packages: no publishable package found" >&2
  exit 1
fi

tarballs=()
for dir in "${dirs[@]}"; do
  name=$(node -p "require('./$dir/package.json').name")
  echo "== $name ($dir)"
  [ -d "$dir/dist" ] || { echo "check-packages: $dir/dist is missing; run the build first" >&2; exit 1; }

  before=$(ls "$work/tarballs")
  (cd "$dir" && pnpm pack --pack-destination "$work/tarballs" >/dev/null)
  tgz=$(comm -13 <(echo "$before") <(ls "$work/tarballs") | head -n 1)
  [ -n "$tgz" ] || { echo "check-packages: pnpm pack produced no tarball for $name" >&2; exit 1; }
  tgz="$work/tarballs/$tgz"
  echo "packed $(basename "$tgz") ($(tar tzf "$tgz" | wc -l) files)"

  echo "-- publint"
  pnpm exec publint run --strict "$tgz"
  echo "-- attw (esm-only)"
  pnpm exec attw "$tgz" --profile esm-only --format table-flipped --no-emoji --no-color
  tarballs+=("$tgz")
done

echo "== CommonJS consumer on node $(node -v)"
node -e 'if (!process.features.require_module) { console.error("check-packages: this Node cannot require() ES modules; need >= 20.19"); process.exit(1); }'

# Peer dependencies of the packed packages, at the ranges they declare.
mapfile -t peers < <(node -e '
  const peers = new Map();
  for (const dir of process.argv.slice(1)) {
    const pkg = require(`${process.cwd()}/${dir}/package.json`);
    const optional = pkg.peerDependenciesMeta ?? {};
    for (const [n, r] of Object.entries(pkg.peerDependencies ?? {})) if (!n.startsWith("@fitlink/") && !optional[n]?.optional) peers.set(n, r);
  }
  for (const [n, r] of peers) console.log(`${n}@${r}`);' "${dirs[@]}")

cd "$work/consumer"
echo '{ "name": "fitlink-cjs-consumer", "private": true, "type": "commonjs" }' >package.json
npm install --no-audit --no-fund --no-package-lock --loglevel=error "${tarballs[@]}" "${peers[@]}"

# Known exports per entry point; every other entry point must at least export something.
cat >check.cjs <<'EOF'
const assert = require('node:assert/strict');
const path = require('node:path');
const expected = {
  '@fitlink/core': ['createHttpClient', 'FitlinkError'],
  '@fitlink/testing': ['createSandbox'],
  '@fitlink/testing/node': ['startSandboxServer'],
};
let checked = 0;
for (const dir of process.argv.slice(2)) {
  const pkg = require(path.join(dir, 'package.json'));
  for (const sub of Object.keys(pkg.exports ?? { '.': pkg.main })) {
    if (sub.endsWith('.json') || sub.includes('*')) continue;
    // `@fitlink/testing/vitest` registers vitest hooks: it loads only inside a vitest run.
    if (sub === './vitest') continue;
    const id = sub === '.' ? pkg.name : `${pkg.name}/${sub.slice(2)}`;
    const mod = require(id);
    assert.ok(Object.keys(mod).length > 0, `${id}: require() gave no exports`);
    for (const name of expected[id] ?? []) {
      assert.equal(typeof mod[name], 'function', `${id}: export ${name} is missing`);
    }
    console.log(`require('${id}'): ${Object.keys(mod).length} exports ok`);
    checked++;
  }
}
assert.ok(checked > 0, 'no entry point checked');
EOF
pkg_dirs=()
for dir in "${dirs[@]}"; do
  pkg_dirs+=("$work/consumer/node_modules/$(node -p "require('$root/$dir/package.json').name")")
done
node check.cjs "${pkg_dirs[@]}"
echo "check-packages: ${#dirs[@]} package(s) ok"
