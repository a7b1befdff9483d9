/**
 * Holds every provider package to the same shape (STYLE.md): the same files, the same
 * package.json contract, the same named exports, an example, a docs page and a changeset.
 * A provider package is any package under packages/ with a `./testing` export. A folder name
 * with a hyphen spells its exports in camel case (`apple-health`: `createAppleHealthClient`,
 * `appleHealth`, `APPLE_HEALTH_SCOPES`). An ingest-only package (its descriptor's `authKinds` is
 * `['api-key']`: phone exporter apps post to the app, nothing is called) has no API to describe,
 * so it needs no rate-limit policy, error mapping, resources, route table or API base URL.
 *
 * Run after `pnpm build`: `pnpm check:shape`. Prints every problem and exits 1 if any.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const problems: string[] = [];
const fail = (pkg: string, message: string) => problems.push(`${pkg}: ${message}`);

const REQUIRED_FILES = [
  'README.md',
  'src/index.ts',
  'src/provider.ts',
  'src/app.ts',
  'src/client.ts',
  'src/endpoints.ts',
  'src/rate-limit.ts',
  'src/errors.ts',
  'src/scopes.ts',
  'src/sources.ts',
  'src/testing/index.ts',
  'src/testing/plugin.ts',
  'src/testing/handlers.ts',
  'src/testing/fake.ts',
];
const REQUIRED_DIRS = [
  'src/resources',
  'src/schemas',
  'src/mapper',
  'src/testing/fixtures',
  'test',
];
/** What an ingest-only package (no outbound API) does without. */
const INGEST_ONLY_OPTIONAL = ['src/rate-limit.ts', 'src/errors.ts', 'src/resources'];
const camelCase = (dir: string) =>
  dir.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
const SAME_FIELDS = [
  'type',
  'sideEffects',
  'engines',
  'files',
  'license',
  'publishConfig',
  'scripts',
];

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const nonEmptyDir = (path: string) =>
  existsSync(path) && statSync(path).isDirectory() && readdirSync(path).length > 0;

const providers = readdirSync(join(root, 'packages'))
  .filter((dir) => existsSync(join(root, 'packages', dir, 'package.json')))
  .filter((dir) => readJson(join(root, 'packages', dir, 'package.json')).exports?.['./testing'])
  .sort();
if (providers.length === 0) problems.push('no provider package found');

const changesets = readdirSync(join(root, '.changeset'))
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .map((name) => readFileSync(join(root, '.changeset', name), 'utf8'))
  .join('\n');

// Public option names every provider shares: `pageSize`, `cursor`, `since`/`until`, `includeRaw`.
const OLD_OPTION_NAMES =
  /^\s+(?:readonly\s+)?(perPage|per_page|limit|count|offset|start|from|to|raw)\?:/m;

let reference: Record<string, unknown> | undefined;
for (const dir of providers) {
  const base = join(root, 'packages', dir);
  const pkg = readJson(join(base, 'package.json'));
  const name: string = pkg.name;
  if (name !== `@fitlink/${dir}`) fail(dir, `package name should be @fitlink/${dir}, is ${name}`);

  const ingestOnly = readFileSync(join(base, 'src', 'provider.ts'), 'utf8').includes(
    "authKinds: ['api-key']",
  );
  for (const file of REQUIRED_FILES) {
    if (ingestOnly && INGEST_ONLY_OPTIONAL.includes(file)) continue;
    if (!existsSync(join(base, file))) fail(name, `missing ${file}`);
  }
  for (const folder of REQUIRED_DIRS) {
    if (ingestOnly && INGEST_ONLY_OPTIONAL.includes(folder)) continue;
    if (!nonEmptyDir(join(base, folder))) fail(name, `missing or empty ${folder}/`);
  }

  if (reference === undefined) reference = pkg;
  else {
    for (const field of SAME_FIELDS) {
      if (JSON.stringify(pkg[field]) !== JSON.stringify(reference[field])) {
        fail(name, `package.json "${field}" differs from ${String(reference.name)}`);
      }
    }
  }
  const exportKeys = Object.keys(pkg.exports ?? {})
    .sort()
    .join(',');
  if (exportKeys !== '.,./package.json,./testing')
    fail(name, `exports should be ., ./testing, ./package.json (has ${exportKeys})`);
  if (pkg.dependencies?.['@fitlink/core'] === undefined)
    fail(name, 'does not depend on @fitlink/core');
  if (pkg.peerDependencies?.zod === undefined) fail(name, 'zod is not a peer dependency');
  if (pkg.peerDependenciesMeta?.msw?.optional !== true) fail(name, 'msw is not an optional peer');

  // Named exports, from the built output (what users import).
  const index = join(base, 'dist', 'index.js');
  const testing = join(base, 'dist', 'testing', 'index.js');
  if (!existsSync(index) || !existsSync(testing)) {
    fail(name, 'dist/ is missing: run the build first');
    continue;
  }
  const main = (await import(pathToFileURL(index).href)) as Record<string, unknown>;
  const sandbox = (await import(pathToFileURL(testing).href)) as Record<string, unknown>;
  const camel = camelCase(dir);
  const clientName = Object.keys(main).find(
    (key) => key.toLowerCase() === `create${camel.toLowerCase()}client`,
  );
  const P = clientName?.slice('create'.length, -'Client'.length);
  if (P === undefined) {
    fail(name, 'no create<P>Client export');
    continue;
  }
  const descriptor = main[camel] as { id?: string; capabilities?: string[] } | undefined;
  if (descriptor?.id !== dir) fail(name, `no descriptor export "${camel}" with id "${dir}"`);
  const factories = [`create${P}App`, `create${P}Client`];
  if (!ingestOnly) factories.push(`create${P}RateLimitPolicy`);
  for (const expected of factories) {
    if (typeof main[expected] !== 'function') fail(name, `missing export ${expected}`);
  }
  if (!Object.keys(main).some((key) => key.startsWith(`map${P}`)))
    fail(name, `no map${P}* mapper export`);
  if (!Object.keys(main).some((key) => new RegExp(`^${camel}\\w*Schema$`, 'i').test(key))) {
    fail(name, `no ${camel}*Schema export`);
  }
  for (const expected of [`${camel}SandboxPlugin`, `create${P}Handlers`]) {
    if (typeof sandbox[expected] !== 'function') fail(name, `./testing is missing ${expected}`);
  }
  const hasWebhooks = descriptor?.capabilities?.includes('webhooks') ?? false;
  if (hasWebhooks !== existsSync(join(base, 'src', 'webhooks.ts'))) {
    fail(
      name,
      hasWebhooks
        ? 'has the webhooks capability but no src/webhooks.ts'
        : 'has src/webhooks.ts but not the webhooks capability',
    );
  }

  checkNames(name, dir, P, main, sandbox, descriptor?.capabilities ?? [], ingestOnly);
  checkOptionNames(name, join(base, 'dist', 'index.d.ts'));

  if (!existsSync(join(root, 'examples', `${dir}.ts`))) fail(name, `missing examples/${dir}.ts`);
  if (!existsSync(join(root, 'docs', 'providers', `${dir}.md`)))
    fail(name, `missing docs/providers/${dir}.md`);
  if (!changesets.includes(`"${name}"`)) fail(name, 'no changeset mentions it');
}

/**
 * One name per concept (STYLE-ours.md item 2): the route table, scopes, URLs, page cap, sport
 * table, webhook verbs and sandbox names every provider spells the same way, the old spellings
 * refused, and the sandbox plugin's one handle shape.
 */
function checkNames(
  name: string,
  dir: string,
  P: string,
  main: Record<string, unknown>,
  sandbox: Record<string, unknown>,
  capabilities: readonly string[],
  ingestOnly: boolean,
): void {
  const UP = dir.toUpperCase().replace(/-/g, '_');
  const routes = main[`${UP}_ROUTES`] as Record<string, Record<string, unknown>> | undefined;
  if (routes === undefined || typeof routes !== 'object') {
    if (!ingestOnly) fail(name, `missing export ${UP}_ROUTES`);
  } else {
    for (const [route, definition] of Object.entries(routes)) {
      const ok =
        typeof definition?.method === 'string' &&
        typeof definition.path === 'string' &&
        'scope' in definition &&
        'response' in definition;
      if (!ok) fail(name, `${UP}_ROUTES.${route} is not a route definition (defineRoutes)`);
    }
  }
  const constants = [`${UP}_SCOPES`, `${UP}_DEFAULT_SCOPES`];
  if (!ingestOnly) constants.push(`${UP}_API_BASE_URL`);
  if (capabilities.includes('activities')) constants.push(`${UP}_SPORT_TYPES`);
  for (const constant of constants) {
    if (main[constant] === undefined) fail(name, `missing export ${constant}`);
  }
  const legacy = Object.keys(main).filter(
    (key) =>
      /^[A-Za-z]+Routes$/.test(key) ||
      /^[a-z]+Scopes$/.test(key) ||
      /_MAX_PER_PAGE$|_AUTHORIZATION_URL$/.test(key) ||
      /SportTable$|^[a-z]+SportTypes$/.test(key),
  );
  for (const key of legacy) fail(name, `export ${key} uses an old name (see STYLE-ours.md item 2)`);
  if (capabilities.includes('webhooks')) {
    if (typeof main[`parse${P}WebhookEvent`] !== 'function')
      fail(name, `missing export parse${P}WebhookEvent`);
    if (!Object.keys(main).some((key) => key.startsWith(`verify${P}Webhook`)))
      fail(name, `no verify${P}Webhook* export`);
  }
  if (typeof sandbox[`create${P}Fake`] !== 'function')
    fail(name, `./testing is missing create${P}Fake`);
  for (const key of Object.keys(sandbox)) {
    if (/FakeData$/.test(key) || /rotateRefreshTokens/.test(key))
      fail(name, `./testing export ${key} uses an old name`);
  }
  const createPlugin = sandbox[`${camelCase(dir)}SandboxPlugin`];
  if (typeof createPlugin === 'function') {
    const plugin = (createPlugin as () => Record<string, unknown>)();
    for (const member of ['knobs', 'stats']) {
      if (typeof plugin[member] !== 'object' || plugin[member] === null)
        fail(name, `the sandbox plugin has no ${member} object`);
    }
    for (const member of ['data', 'auth']) {
      if (!(member in plugin)) fail(name, `the sandbox plugin has no ${member} member`);
    }
  }
}

/** Refuses the old spellings in list and mapper option interfaces of the published types. */
function checkOptionNames(name: string, declarations: string): void {
  if (!existsSync(declarations)) return;
  // Without comments, so a `{@link …}` does not end an interface's body early.
  const text = readFileSync(declarations, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of text.matchAll(
    /interface (\w+(?:List|Map\w*|Mapper\w*)Options)\b[^{]*\{([^}]*)\}/g,
  )) {
    const old = OLD_OPTION_NAMES.exec(match[2] ?? '');
    if (old)
      fail(
        name,
        `${match[1]} has option "${old[1]}" (one name per concept: pageSize, cursor, since/until, includeRaw)`,
      );
  }
}

if (problems.length > 0) {
  console.error(`check-provider-shape: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `check-provider-shape: ${providers.length} provider packages share one shape (${providers.join(', ')})`,
);
