/**
 * The export maps of the npm packages (package.json) and the Deno package
 * (jsr.json and deno.json) must name the same entry points, each pointing at the
 * same module (hono's build/validate-exports.ts idea). `./package.json` is the
 * one npm-only subpath: JSR has no package.json.
 *
 * `tsx checks/validate-exports.ts` prints the problems and exits 1 if any;
 * `checks/run.ts` calls `validateExports()`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** `./dist/node-crypto.js` → `node-crypto`; `./mod.ts` and `./dist/index.js` → `index`; JSON keeps its name. */
function stem(file: string): string {
  const base = file.replace(/^\.\/(dist\/)?/, '');
  if (base.endsWith('.json')) return base;
  const s = base.replace(/\.(d\.ts|js|ts)$/, '');
  return s === 'mod' ? 'index' : s;
}

/** Every file an npm export entry can resolve to, under any condition. */
function targets(entry: Conditions): string[] {
  return typeof entry === 'string' ? [entry] : Object.values(entry).flatMap(targets);
}

export function validateExports(): string[] {
  const problems: string[] = [];
  const npm = ['packages/web', 'packages/node'].map((dir) => ({ dir, json: readJson(`${dir}/package.json`) }));
  const deno = ['packages/deno/jsr.json', 'packages/deno/deno.json'].map((file) => ({ file, json: readJson(file) }));

  // Every file an export names exists (the npm ones after `pnpm build`).
  for (const { dir, json } of npm)
    for (const [subpath, entry] of Object.entries(json.exports ?? {}))
      for (const t of targets(entry)) if (!existsSync(join(REPO, dir, t))) problems.push(`${dir}/package.json: ${subpath} → ${t} does not exist (run pnpm build?)`);
  for (const { file, json } of deno)
    for (const [subpath, entry] of Object.entries(json.exports ?? {}))
      for (const t of targets(entry)) if (!existsSync(join(REPO, 'packages/deno', t))) problems.push(`${file}: ${subpath} → ${t} does not exist`);

  // npm: conditions map one subpath to one module (types beside its JS), and web and node agree.
  const npmMaps = npm.map(({ dir, json }) => {
    const map = new Map<string, string>();
    for (const [subpath, entry] of Object.entries(json.exports ?? {})) {
      const stems = new Set(targets(entry).map(stem));
      if (stems.size !== 1) problems.push(`${dir}/package.json: ${subpath} points at different modules per condition: ${[...stems].join(', ')}`);
      map.set(subpath, [...stems][0] ?? '');
    }
    return { dir, map };
  });
  const [web, node] = npmMaps;
  if (web && node) compare(`${web.dir}/package.json`, web.map, `${node.dir}/package.json`, node.map, problems);

  // deno: jsr.json and deno.json agree on name, version, license and exports.
  const [jsr, denoJson] = deno;
  if (jsr && denoJson) {
    for (const key of ['name', 'version', 'license'] as const)
      if (jsr.json[key] !== denoJson.json[key]) problems.push(`${key} differs: jsr.json ${JSON.stringify(jsr.json[key])}, deno.json ${JSON.stringify(denoJson.json[key])}`);
    const jsrMap = new Map(Object.entries(jsr.json.exports ?? {}).map(([s, e]) => [s, stem(targets(e)[0] ?? '')]));
    const denoMap = new Map(Object.entries(denoJson.json.exports ?? {}).map(([s, e]) => [s, stem(targets(e)[0] ?? '')]));
    compare(jsr.file, jsrMap, denoJson.file, denoMap, problems);
    // npm ↔ JSR: the same subpaths (less the npm-only ones), each to the same module.
    if (web) compare(`${web.dir}/package.json`, new Map([...web.map].filter(([s]) => !NPM_ONLY.has(s))), jsr.file, jsrMap, problems);
  }
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
  console.log(problems.length ? `export maps out of sync: ${problems.length} problem(s)` : 'export maps in sync: web, node (package.json), deno (jsr.json, deno.json)');
  process.exitCode = problems.length ? 1 : 0;
}
