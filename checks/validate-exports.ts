/**
 * The export maps of the npm packages (package.json) and the JSR packages
 * (deno.json: the client's sources and the Deno layer) must name the same entry
 * points, each pointing at the same module (hono's build/validate-exports.ts idea).
 * `./package.json` is the one npm-only subpath: JSR has no package.json. The Deno
 * layer's openapi.json is staged from the client's (scripts/stage-jsr.ts).
 *
 * `tsx checks/validate-exports.ts` prints the problems and exits 1 if any;
 * `checks/run.ts` calls `validateExports()`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(fileURLToPath(import.meta.url), '../..');
const NPM_ONLY = new Set(['./package.json']);

type Conditions = string | { readonly [condition: string]: Conditions };
interface ExportMapFile {
  readonly name?: string;
  readonly version?: string;
  readonly license?: string;
  readonly exports?: Record<string, Conditions>;
}

function readJson(path: string): ExportMapFile {
  return JSON.parse(readFileSync(join(REPO, path), 'utf8')) as ExportMapFile;
}

/** `./dist/node-crypto.js` and `./src/node-crypto.ts` → `node-crypto`; `./mod.ts` → `index`; JSON keeps its name. */
function stem(file: string): string {
  const base = file.replace(/^\.\/((dist|src)\/)?/, '');
  if (base.endsWith('.json')) return base;
  const s = base.replace(/\.(d\.ts|js|ts)$/, '');
  return s === 'mod' ? 'index' : s;
}

/** Every file an export entry can resolve to, under any condition. */
function targets(entry: Conditions): string[] {
  return typeof entry === 'string' ? [entry] : Object.values(entry).flatMap(targets);
}

/** subpath → module stem; a subpath whose conditions name different modules, or a missing file, is a problem. */
function exportMap(file: string, json: ExportMapFile, problems: string[]): Map<string, string> {
  const dir = dirname(file);
  const map = new Map<string, string>();
  for (const [subpath, entry] of Object.entries(json.exports ?? {})) {
    for (const t of targets(entry)) if (!existsSync(join(REPO, dir, t))) problems.push(`${file}: ${subpath} → ${t} does not exist (run pnpm build?)`);
    const stems = new Set(targets(entry).map(stem));
    if (stems.size !== 1) problems.push(`${file}: ${subpath} points at different modules per condition: ${[...stems].join(', ')}`);
    map.set(subpath, [...stems][0] ?? '');
  }
  return map;
}

export function validateExports(): string[] {
  const problems: string[] = [];
  const maps = ['packages/web/package.json', 'packages/node/package.json', 'packages/web/deno.json', 'packages/deno/deno.json'].map((file) => ({ file, map: exportMap(file, readJson(file), problems) }));
  const [webNpm, nodeNpm, webJsr, denoJsr] = maps as [(typeof maps)[number], (typeof maps)[number], (typeof maps)[number], (typeof maps)[number]];
  compare(webNpm.file, webNpm.map, nodeNpm.file, nodeNpm.map, problems);
  compare(webNpm.file, new Map([...webNpm.map].filter(([s]) => !NPM_ONLY.has(s))), webJsr.file, webJsr.map, problems);
  compare(webJsr.file, webJsr.map, denoJsr.file, denoJsr.map, problems);
  // The JSR packages publish together: the same version and license.
  const [web, deno] = [readJson(webJsr.file), readJson(denoJsr.file)];
  for (const key of ['version', 'license'] as const)
    if (web[key] !== deno[key]) problems.push(`${key} differs: ${webJsr.file} ${JSON.stringify(web[key])}, ${denoJsr.file} ${JSON.stringify(deno[key])}`);
  return problems;
}

function compare(aName: string, a: Map<string, string>, bName: string, b: Map<string, string>, problems: string[]): void {
  for (const [subpath, s] of a) {
    const other = b.get(subpath);
    if (other === undefined) problems.push(`${subpath} is in ${aName} but not in ${bName}`);
    else if (other !== s) problems.push(`${subpath} is ${s} in ${aName} but ${other} in ${bName}`);
  }
  for (const subpath of b.keys()) if (!a.has(subpath)) problems.push(`${subpath} is in ${bName} but not in ${aName}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problems = validateExports();
  for (const p of problems) console.error(p);
  console.log(problems.length ? `export maps out of sync: ${problems.length} problem(s)` : 'export maps in sync: web, node (package.json); web, deno (deno.json)');
  process.exitCode = problems.length ? 1 : 0;
}
