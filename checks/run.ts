/**
 * `pnpm check:packages`: is every published package fit to publish? Needs `pnpm build` first.
 *
 * Per npm package (@lianlian-sdk/web, /node, /sandbox), on the tarball `pnpm pack` makes
 * (what `pnpm publish` uploads, with `workspace:` ranges rewritten):
 *   pack     — contents: no tests, sources, source maps, tsconfig or build info; no stale dist file
 *              (every dist module has its source); a LICENSE
 *   publint  — strict (warnings fail)
 *   attw     — @arethetypeswrong/cli, profile esm-only: the packages are ESM-only (see require(esm))
 * Then:
 *   require(esm) — `require()` of every subpath of web and node on this Node and on the current LTS
 *                  (Node 24 from the `node` package), the CommonJS story the packages rely on
 *   deno publish — `deno publish --dry-run` of the JSR workspace, after scripts/stage-jsr.ts: @lianlian-sdk/web's
 *                  sources and the @lianlian-sdk/deno layer (slow types, license, exports)
 *   export maps  — package.json ↔ deno.json, web ↔ node ↔ deno (checks/validate-exports.ts)
 *   versions     — the deno.json files and openapi.json carry the version of the package.json
 *                  they follow (generator/src/versions.ts: the Deno package follows @lianlian-sdk/web)
 *
 * Prints one row per check and exits 1 if any failed.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { CHECKS_DIR, REPO } from './bundle.ts';
import { validateExports } from './validate-exports.ts';
import { stageJsr } from '../scripts/stage-jsr.ts';
import { TARGETS } from '../generator/src/targets.ts';
import { sourceVersion, versionProblems } from '../generator/src/versions.ts';

const run = promisify(execFile);

interface Row {
  readonly check: string;
  readonly subject: string;
  readonly status: 'PASS' | 'WARN' | 'FAIL';
  readonly detail: string;
}

const rows: Row[] = [];
const ATTW_PROFILE = 'esm-only';
const ATTW_IGNORED_RESOLUTIONS = new Set(['node10', 'node16-cjs']); // what --profile esm-only ignores
const PACKAGES = [
  { dir: 'packages/web', sources: 'src' },
  { dir: 'packages/node', sources: 'src' },
  { dir: 'packages/sandbox', sources: 'src' },
] as const;
const SUBPATHS = ['', '/node-crypto', '/node-http', '/functions', '/openapi.json'];

async function sh(cmd: string, args: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(cmd, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number | string; stdout?: string; stderr?: string; message: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? e.message };
  }
}

/** pnpm itself: the one running this script (`npm_execpath`), else pnpm on PATH. */
function pnpm(args: readonly string[], cwd: string) {
  const execpath = process.env.npm_execpath;
  return execpath && /pnpm/.test(execpath) && execpath.endsWith('js') ? sh(process.execPath, [execpath, ...args], cwd) : sh('pnpm', args, cwd);
}

async function checkPackage(dir: string, sources: string, packDir: string): Promise<void> {
  const name = (JSON.parse(readFileSync(join(REPO, dir, 'package.json'), 'utf8')) as { name: string }).name;
  const packed = await pnpm(['pack', '--json', '--pack-destination', packDir], join(REPO, dir));
  if (packed.code !== 0) {
    rows.push({ check: 'pack', subject: name, status: 'FAIL', detail: `pnpm pack failed: ${packed.stderr.trim().split('\n')[0]}` });
    return;
  }
  const info = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('{'))) as { filename: string; files: { path: string }[] };
  const files = info.files.map((f) => f.path);

  // pack contents
  const bad = files.filter(
    (f) =>
      /(^|\/)(test|tests|__tests__)\//.test(f) ||
      /\.(test|spec)\.[cm]?[jt]s$/.test(f) ||
      f.startsWith(`${sources}/`) ||
      f.endsWith('.map') ||
      f.endsWith('.tsbuildinfo') ||
      /(^|\/)tsconfig[^/]*\.json$/.test(f),
  );
  const stale = files
    .filter((f) => f.startsWith('dist/') && /\.(js|d\.ts)$/.test(f))
    .filter((f) => !existsSync(join(REPO, dir, sources, f.slice('dist/'.length).replace(/\.(js|d\.ts)$/, '.ts'))));
  const problems = [...bad.map((f) => `ships ${f}`), ...stale.map((f) => `stale ${f} (no ${sources}/ source; rebuild)`)];
  const hasLicense = files.some((f) => /^licen[cs]e(\.md|\.txt)?$/i.test(f));
  const size = `${files.length} files`;
  rows.push(
    problems.length
      ? { check: 'pack', subject: name, status: 'FAIL', detail: problems.slice(0, 5).join('; ') + (problems.length > 5 ? ` (+${problems.length - 5})` : '') }
      : hasLicense
        ? { check: 'pack', subject: name, status: 'PASS', detail: `${size}: dist, ${files.filter((f) => !f.startsWith('dist/')).join(', ')}` }
        : { check: 'pack', subject: name, status: 'WARN', detail: `${size}; no LICENSE file in the tarball although "license" is set` },
  );

  // publint, on the same tarball
  const tarball = await readFile(info.filename);
  const { messages, pkg } = await publint({
    pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) as ArrayBuffer },
    strict: true,
    level: 'suggestion',
  });
  const errors = messages.filter((m) => m.type === 'error');
  rows.push({
    check: 'publint',
    subject: name,
    status: errors.length ? 'FAIL' : messages.length ? 'WARN' : 'PASS',
    detail: messages.length ? messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false })}`).join('; ') : 'strict: no errors, warnings or suggestions',
  });

  // attw, on the same tarball
  const attw = await sh(join(CHECKS_DIR, 'node_modules/.bin/attw'), [info.filename, '--profile', ATTW_PROFILE, '--format', 'json'], REPO);
  let detail: string;
  try {
    const json = JSON.parse(attw.stdout) as { problems?: Record<string, { kind?: string; entrypoint?: string; resolutionKind?: string }[]> };
    const all = Object.values(json.problems ?? {}).flat();
    const counted = all.filter((p) => !p.resolutionKind || !ATTW_IGNORED_RESOLUTIONS.has(p.resolutionKind));
    const kinds = Object.entries(json.problems ?? {}).map(([k, v]) => `${k}×${v.length}`);
    detail = counted.length
      ? `${counted.length} problem(s): ${counted.map((p) => `${p.kind ?? '?'} at ${p.entrypoint ?? '?'} (${p.resolutionKind ?? 'all'})`).join(', ')}`
      : `--profile ${ATTW_PROFILE}: no problems${all.length ? ` (ignored by the profile: ${kinds.join(', ')} under node10/node16-cjs)` : ''}`;
  } catch {
    detail = (attw.stderr || attw.stdout).trim().split('\n').slice(0, 3).join(' ');
  }
  rows.push({ check: 'attw', subject: name, status: attw.code === 0 ? 'PASS' : 'FAIL', detail });
}

/** `require()` every subpath, in a CommonJS script, on each Node we support. */
async function checkRequire(): Promise<void> {
  const lts = join(CHECKS_DIR, 'node_modules/node/bin/node');
  const nodes = [{ bin: process.execPath, label: `node ${process.version}` }];
  if (existsSync(lts)) nodes.push({ bin: lts, label: `node ${(await sh(lts, ['--version'], REPO)).stdout.trim()} (LTS)` });
  else rows.push({ check: 'require(esm)', subject: 'current LTS', status: 'FAIL', detail: `no ${lts}: pnpm install` });
  const specs = ['@lianlian-sdk/node', '@lianlian-sdk/web'].flatMap((p) => SUBPATHS.map((s) => p + s));
  const script = [
    `const specs = ${JSON.stringify(specs)};`,
    'const bad = [];',
    'for (const s of specs) { try { const m = require(s); if (!m || typeof m !== "object" || Object.keys(m).length === 0) bad.push(s + ": empty"); } catch (e) { bad.push(s + ": " + (e.code || e.message)); } }',
    'const { LianLian } = require("@lianlian-sdk/node");',
    'if (typeof LianLian !== "function") bad.push("@lianlian-sdk/node: no LianLian");',
    'console.log(JSON.stringify(bad));',
  ].join('\n');
  for (const { bin, label } of nodes) {
    // -e runs as CommonJS (input-type defaults to commonjs); require resolves from checks/.
    const r = await sh(bin, ['--input-type=commonjs', '-e', script], CHECKS_DIR);
    const bad = r.code === 0 ? (JSON.parse(r.stdout.trim().split('\n').pop() ?? '[]') as string[]) : [r.stderr.trim().split('\n')[0] ?? 'failed'];
    const warned = /ExperimentalWarning/.test(r.stderr) ? ' (with an ExperimentalWarning)' : '';
    rows.push({
      check: 'require(esm)',
      subject: label,
      status: bad.length ? 'FAIL' : 'PASS',
      detail: bad.length ? bad.join('; ') : `require() of ${specs.length} subpaths of web and node${warned}`,
    });
  }
}

async function checkDeno(): Promise<void> {
  const deno = join(REPO, 'node_modules/.bin/deno');
  // From the workspace root, `deno publish` takes every member: the client's sources, then the layer.
  // --allow-dirty: a dry run of a work tree; the real publish runs on a clean checkout.
  const r = await sh(deno, ['publish', '--dry-run', '--allow-dirty'], REPO);
  const out = `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  const errors = out.split('\n').filter((l) => /^error/.test(l.trim()));
  for (const name of ['@lianlian-sdk/web', '@lianlian-sdk/deno']) {
    // "Simulating publish of @scope/name@version with files:" then one indented file:// line per file.
    const section = new RegExp(`Simulating publish of ${name}@\\S+ with files:\\n((?:\\s+file://.*\\n)+)`).exec(out);
    const files = section?.[1]?.trim().split('\n').length ?? 0;
    rows.push({
      check: 'deno publish',
      subject: name,
      status: r.code === 0 && /Dry run complete/.test(out) && files > 0 ? 'PASS' : 'FAIL',
      detail: r.code === 0 ? `--dry-run: no slow types, ${files} files` : errors.slice(0, 3).join('; ') || out.trim().split('\n').slice(-3).join(' '),
    });
  }
}

function checkExportMaps(): void {
  const problems = validateExports();
  rows.push({
    check: 'export maps',
    subject: 'web, node, deno',
    status: problems.length ? 'FAIL' : 'PASS',
    detail: problems.length ? problems.join('; ') : 'package.json and deno.json name the same subpaths and modules',
  });
}

async function checkVersions(): Promise<void> {
  const problems = await versionProblems(REPO);
  const deno = TARGETS.find((t) => t.id === 'deno')!;
  const denoVersion = await sourceVersion(REPO, deno);
  rows.push({
    check: 'versions',
    subject: 'web, node, deno',
    status: problems.length ? 'FAIL' : 'PASS',
    detail: problems.length ? problems.join('; ') : `deno.json files and openapi.json match their package.json (deno follows ${deno.versionSource}: ${denoVersion})`,
  });
}

const packDir = await mkdtemp(join(tmpdir(), 'lianlian-pack-'));
try {
  for (const p of PACKAGES) await checkPackage(p.dir, p.sources, packDir);
  await checkRequire();
  stageJsr(REPO);
  await checkDeno();
  checkExportMaps();
  await checkVersions();
} finally {
  await rm(packDir, { recursive: true, force: true });
}

const width = (k: keyof Row) => Math.max(...rows.map((r) => r[k].length), k.length);
const [wc, ws] = [width('check'), width('subject')];
console.log(`${'check'.padEnd(wc)}  ${'package'.padEnd(ws)}  status  detail`);
for (const r of rows) console.log(`${r.check.padEnd(wc)}  ${r.subject.padEnd(ws)}  ${r.status.padEnd(6)}  ${r.detail}`);
const failed = rows.filter((r) => r.status === 'FAIL').length;
const warned = rows.filter((r) => r.status === 'WARN').length;
if (warned) console.log(`\n${warned} warning(s): they pass, but say what to fix`);
console.log(`\n${rows.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
