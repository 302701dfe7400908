/**
 * `pnpm changeset:spec`: turns a spec change into a changeset. Loads the spec at a
 * git base (default `HEAD`) and the working spec through the real loader and IR,
 * compares the operations with generator/src/diff (the same rules as docs-drift),
 * and writes `.changeset/spec-<hash>.md`: every affected package with the bump its
 * changes call for, and one sentence per change for users.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { classify, maxBump, verdictFor, type Bump } from '../diff/bump.ts';
import { diffOperations, type Change, type OperationChange } from '../diff/diff-operations.ts';
import type { FieldFacts, OperationFacts } from '../diff/operation-facts.ts';
import { packagesFor } from '../diff/packages.ts';
import { buildIr } from '../ir/build-ir.ts';
import type { Ir, IrField, IrOperation } from '../ir/ir-types.ts';
import { loadSpec, type LoadedSpec } from '../load/load-spec.ts';
import { SpecError } from '../load/spec-error.ts';

const REPO = resolve(import.meta.dirname, '../../..');

const USAGE = `usage: pnpm changeset:spec [--base REF | --base-dir DIR] [--spec DIR] [--dir DIR] [--dry-run]
  Compares the spec at a git revision with the working spec and writes a changeset
  (.changeset/spec-<hash>.md) bumping the packages the changes reach.
  --base      git revision of the spec to compare with (default: HEAD)
  --base-dir  compare with the spec in this folder instead of a git revision
  --spec      the edited spec (default: spec)
  --dir       where to write the changeset (default: .changeset)
  --dry-run   print the changeset instead of writing it
Exit 0: changeset written (or nothing changed); 1: the spec also changed in ways
generator/src/diff does not classify (listed; the changeset, if any, is still
written: add those by hand with \`pnpm changeset\`); 2: bad arguments or spec.`;

/** What one spec change means for the packages. */
export interface SpecChangeset {
  readonly changes: readonly OperationChange[];
  /** Overall bump; `none` when no operation changed. */
  readonly bump: Bump;
  /** Changesets' packages (publishable workspace packages) with the bump each gets. */
  readonly releases: ReadonlyMap<string, Exclude<Bump, 'none'>>;
  /** Packages the diff names that changesets does not version (`@lianlian-sdk/deno`: jsr.json). */
  readonly unversioned: readonly string[];
  /** One sentence per change, for users. */
  readonly sentences: readonly string[];
  /** Differences generator/src/diff has no rule for (sign types, payload, shared tables, …). */
  readonly unclassified: readonly string[];
}

/**
 * Loads both specs (loader + IR), diffs their operations with generator/src/diff
 * and works out each package's bump: per package, the largest bump of the changes
 * that touch it (`packagesFor`: clients for any change, the sandbox when an API's
 * facts change).
 *
 * @example
 * const plan = await planSpecChangeset('/tmp/spec-at-head', 'spec');
 * plan.bump; // 'major' when `cardBind.apply.platform` became required
 */
export async function planSpecChangeset(beforeDir: string, afterDir: string, publishable?: readonly string[]): Promise<SpecChangeset> {
  const [before, after] = await Promise.all([loadSpec(beforeDir), loadSpec(afterDir)]);
  const [irBefore, irAfter] = [buildIr(before), buildIr(after)];
  const changes = diffOperations(operationFacts(irBefore), operationFacts(irAfter));
  const known = new Set(publishable ?? (await publishablePackages(REPO)));
  const releases = new Map<string, Exclude<Bump, 'none'>>();
  const unversioned = new Set<string>();
  let bump: Bump = 'none';
  for (const change of changes) {
    const verdict = verdictFor(change).bump;
    if (verdict === 'none') continue;
    bump = maxBump(bump, verdict);
    for (const pkg of packagesFor(change)) {
      if (!known.has(pkg)) {
        unversioned.add(pkg);
        continue;
      }
      releases.set(pkg, maxBump(releases.get(pkg) ?? 'none', verdict) as Exclude<Bump, 'none'>);
    }
  }
  return {
    changes,
    bump,
    releases: new Map([...releases].sort(([a], [b]) => packageRank(a) - packageRank(b) || (a < b ? -1 : 1))),
    unversioned: [...unversioned],
    sentences: changes.flatMap((c) => sentencesFor(c, irAfter.operations.find((o) => o.id === c.id)?.title)),
    unclassified: unclassified(irBefore, irAfter, before, after),
  };
}

/** The changeset file: frontmatter with each package's bump, then the sentences. */
export function renderChangeset(plan: SpecChangeset): string {
  const front = [...plan.releases].map(([pkg, bump]) => `"${pkg}": ${bump}`);
  const body =
    plan.sentences.length === 1
      ? (plan.sentences[0] ?? '')
      : `API changes from the spec:\n\n${plan.sentences.map((s) => `- ${s}`).join('\n')}`;
  return `---\n${front.join('\n')}\n---\n\n${body}\n`;
}

/** `spec-<first 8 hex of the content's SHA-256>.md`: the same change always gets the same name. */
export function changesetFileName(text: string): string {
  return `spec-${createHash('sha256').update(text).digest('hex').slice(0, 8)}.md`;
}

/**
 * Writes every file of `specDir` as it is at git revision `ref` into `into`
 * (`git ls-tree` + `git show REF:path`), and returns the copy's spec folder.
 */
export async function specAtRevision(specDir: string, ref: string, into: string): Promise<string> {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  const top = await realpath(git(specDir, 'rev-parse', '--show-toplevel').trim());
  const rel = relative(top, await realpath(specDir)).split('\\').join('/');
  const commit = git(top, 'rev-parse', '--verify', `${ref}^{commit}`).trim();
  const paths = git(top, 'ls-tree', '-r', '--name-only', '-z', commit, '--', rel).split('\0').filter(Boolean);
  if (!paths.length) throw new Error(`${rel}/ does not exist at ${ref}`);
  for (const path of paths) {
    const text = execFileSync('git', ['show', `${commit}:${path}`], { cwd: top, maxBuffer: 256 * 1024 * 1024 });
    const to = join(into, relative(rel, path));
    await mkdir(dirname(to), { recursive: true });
    await writeFile(to, text);
  }
  return into;
}

/** Publishable (non-private) packages under `packages/`: the ones changesets versions. */
export async function publishablePackages(repo: string): Promise<string[]> {
  const out: string[] = [];
  for (const dir of await readdir(join(repo, 'packages')).catch(() => [] as string[])) {
    const text = await readFile(join(repo, 'packages', dir, 'package.json'), 'utf8').catch(() => undefined);
    if (!text) continue;
    const pkg = JSON.parse(text) as { name?: string; private?: boolean };
    if (pkg.name && !pkg.private) out.push(pkg.name);
  }
  return out.sort((a, b) => packageRank(a) - packageRank(b) || (a < b ? -1 : 1));
}

const ORDER = ['@lianlian-sdk/web', '@lianlian-sdk/node', '@lianlian-sdk/deno', '@lianlian-sdk/sandbox'];
function packageRank(name: string): number {
  const at = ORDER.indexOf(name);
  return at < 0 ? ORDER.length : at;
}

// ---------------------------------------------------------------------------
// IR → the facts generator/src/diff compares

/** The IR's operations (defaults resolved) in the shape the diff reads. */
export function operationFacts(ir: Ir): OperationFacts[] {
  return ir.operations.map((op) => ({
    id: op.id,
    kind: op.kind,
    title: op.title,
    summary: op.summary,
    doc: op.doc,
    ...(op.endpoint && { endpoint: op.endpoint }),
    request: op.request.map(fieldFacts),
    response: op.response.map(fieldFacts),
    responseGroups: op.responseGroups.map((g) => ({ when: { field: g.field, values: g.values }, fields: g.fields.map(fieldFacts) })),
  }));
}

function fieldFacts(f: IrField): FieldFacts {
  return {
    name: f.name,
    presence: f.presence,
    type: f.type,
    description: f.description,
    ...(f.condition !== undefined && { condition: f.condition }),
    ...(f.maxLength !== undefined && { maxLength: f.maxLength }),
    ...(f.format !== undefined && { format: f.format }),
    ...(f.enumLabels && { enum: f.enumLabels }),
    ...(f.fixed !== undefined && { fixed: f.fixed }),
    ...(f.unsigned && { unsigned: true }),
    ...(f.echo && { echo: true }),
    ...(f.items && { items: f.items.map(fieldFacts) }),
  };
}

/**
 * What the IR carries beyond those facts, compared as a whole: an operation's
 * signing and transport (`effect`, `signTypes`, `payload`, `encoding`, `apiVersion`,
 * `successCodes`), errata and doc page; a field's `sensitive` and `erratum`;
 * a product's title and errata; the shared tables. The diff has no rule for
 * these, so they are listed for a maintainer rather than guessed at.
 */
function unclassified(a: Ir, b: Ir, la: LoadedSpec, lb: LoadedSpec): string[] {
  const out: string[] = [];
  const byId = new Map(a.operations.map((op) => [op.id, op]));
  for (const op of b.operations) {
    const old = byId.get(op.id);
    if (!old) continue;
    for (const key of ['effect', 'lookup', 'notFoundCodes', 'signTypes', 'payload', 'encoding', 'apiVersion', 'successCodes', 'errata', 'doc'] as const)
      if (!same(old[key], op[key])) out.push(`\`${op.id}\`: ${key}`);
    const extras = (o: IrOperation) => fieldExtras([...o.request.map((f) => ['request', f] as const), ...o.response.map((f) => ['response', f] as const), ...o.responseGroups.flatMap((g) => g.fields.map((f) => [`response`, f] as const))]);
    const [ea, eb] = [extras(old), extras(op)];
    for (const [path, value] of eb) if (ea.has(path) && ea.get(path) !== value) out.push(`\`${op.id}\`: ${path}`);
  }
  const products = new Map(a.products.map((p) => [p.name, p]));
  for (const p of b.products) {
    const old = products.get(p.name);
    if (old && !same([old.title, old.errata, old.docUrl], [p.title, p.errata, p.docUrl])) out.push(`product \`${p.name}\`: title, doc or errata`);
  }
  const tables = new Set([...Object.keys(la.shared), ...Object.keys(lb.shared)]);
  for (const t of [...tables].sort())
    if (!same(la.shared[t as keyof LoadedSpec['shared']], lb.shared[t as keyof LoadedSpec['shared']])) out.push(`shared table \`${t}\``);
  return out;
}

function fieldExtras(fields: readonly (readonly [string, IrField])[]): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (prefix: string, f: IrField) => {
    const path = `${prefix}.${f.name}`;
    out.set(`${path} (sensitive, erratum)`, JSON.stringify([f.sensitive ?? false, f.erratum ?? null]));
    for (const i of f.items ?? []) walk(`${path}[]`, i);
  };
  for (const [prefix, f] of fields) walk(prefix, f);
  return out;
}

function same(x: unknown, y: unknown): boolean {
  return JSON.stringify(x) === JSON.stringify(y);
}

// ---------------------------------------------------------------------------
// Sentences for users

const PRESENCE = { required: 'required', optional: 'optional', conditional: 'required in some cases' } as Record<string, string>;
const KIND = { api: 'an API call', redirect: 'a payment page (redirect)', notification: 'a notification' } as Record<string, string>;
const NOUN = { api: 'API call', redirect: 'payment page (redirect)', notification: 'notification' } as Record<string, string>;

const code = (s: string | number | undefined) => `\`${String(s)}\``;
const list = (values: readonly string[] | undefined) => (values ?? []).map(code).join(', ');

/** One sentence per change, breaking ones first: "`cardBind.apply`: `platform` is now required." */
export function sentencesFor(change: OperationChange, title?: string): string[] {
  const id = code(change.id);
  if (change.status === 'added') return [`New ${NOUN[change.kind] ?? change.kind} ${id}${title ? `: ${title}` : ''}.`];
  if (change.status === 'removed') return [`${id} has been removed.`];
  const rank = (c: Change) => ['major', 'minor', 'patch', 'none'].indexOf(classify(c).bump);
  return [...change.changes].sort((x, y) => rank(x) - rank(y)).map((c) => `${id}: ${sentence(c)}`);
}

function sentence(c: Change): string {
  const response = c.target.startsWith('response.');
  const name = c.target.slice(c.target.indexOf('.') + 1);
  const field = response ? `the answer's ${code(name)}` : code(name);
  const was = (v: string | number | undefined, show = code) => (v === undefined ? '' : ` (was ${show(v)})`);
  const when = (key: string | number | undefined) => {
    if (key === undefined) return 'always';
    const [f = '', values = ''] = String(key).split('=');
    return `only when ${code(f)} is ${values.split('|').map(code).join(' or ')}`;
  };
  switch (c.kind) {
    case 'field-added':
      return response
        ? `answers ${c.after === 'required' ? 'now include' : 'may now include'} ${code(name)}.`
        : `new ${c.after === 'required' ? 'required' : c.after === 'conditional' ? 'conditionally required' : 'optional'} field ${code(name)}.`;
    case 'field-removed':
      return response ? `answers no longer include ${code(name)}.` : `${code(name)} has been removed; stop sending it.`;
    case 'presence':
      return `${field} is now ${PRESENCE[String(c.after)] ?? String(c.after)}.`;
    case 'type':
      return `${field} is now ${article(String(c.after))} ${c.after}${was(c.before, String)}.`;
    case 'max-length':
      if (c.after === undefined) return `${field} no longer has a maximum length${was(c.before, String)}.`;
      if (c.before === undefined) return `${field} is now limited to ${c.after} characters.`;
      return `${field} now allows at most ${c.after} characters (was ${c.before}).`;
    case 'format':
      if (c.after === undefined) return `${field} no longer has to match a format${was(c.before)}.`;
      return `${field} must now be in the ${code(c.after)} format${was(c.before)}.`;
    case 'fixed':
      if (c.after === undefined) return `${field} is no longer fixed${was(c.before)}.`;
      return `${field} is now always ${code(c.after)}${was(c.before)}.`;
    case 'unsigned':
      return c.after === 'unsigned'
        ? `${field} is no longer covered by LianLian's signature: it is returned apart, under \`unverified\`.`
        : `${field} is now covered by LianLian's signature (no longer under \`unverified\`).`;
    case 'echo':
      return c.after === 'echoed'
        ? `An answer whose ${field} differs from the request's is now refused as an answer to another request.`
        : `${field} in an answer is no longer compared with the request's.`;
    case 'enum-added':
      return response ? `${field} may now also be ${list(c.values)}.` : `${field} now also accepts ${list(c.values)}.`;
    case 'enum-removed':
      return response ? `${field} can no longer be ${list(c.values)}.` : `${field} no longer accepts ${list(c.values)}.`;
    case 'enum-introduced':
      return `${field} is now limited to ${list(c.values)}.`;
    case 'enum-dropped':
      return `${field} now takes any value (was one of ${list(c.values)}).`;
    case 'returned-when':
      return `${field} is now returned ${when(c.after)} (was ${when(c.before)}).`;
    case 'endpoint':
      return `now calls ${code(c.after)}${was(c.before)}.`;
    case 'kind':
      return `is now ${KIND[String(c.after)] ?? String(c.after)} (was ${KIND[String(c.before)] ?? String(c.before)}).`;
    case 'text':
      if (c.what === 'title' || c.what === 'summary') return `reworded its ${c.what} in the docs.`;
      if (c.what === 'condition') return `reworded when ${field} is needed.`;
      if (c.what?.startsWith('label ')) return `reworded what ${code(c.what.slice('label '.length))} means for ${field}.`;
      return `reworded the description of ${field}.`;
  }
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

// ---------------------------------------------------------------------------
// CLI

async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      base: { type: 'string' },
      'base-dir': { type: 'string' },
      spec: { type: 'string' },
      dir: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.base !== undefined && values['base-dir'] !== undefined) {
    console.error(`--base and --base-dir are exclusive\n${USAGE}`);
    return 2;
  }
  const specDir = resolve(values.spec ?? join(REPO, 'spec'));
  const outDir = resolve(values.dir ?? join(REPO, '.changeset'));
  const ref = values.base ?? 'HEAD';
  let scratch: string | undefined;
  try {
    let baseDir = values['base-dir'] === undefined ? undefined : resolve(values['base-dir']);
    if (baseDir === undefined) {
      scratch = await mkdtemp(join(tmpdir(), 'lianlian-spec-base-'));
      baseDir = await specAtRevision(specDir, ref, join(scratch, 'spec'));
    }
    const baseName = values['base-dir'] ?? ref;
    const plan = await planSpecChangeset(baseDir, specDir);
    const warn = () => {
      if (!plan.unclassified.length) return;
      console.error(`changeset:spec: these changes have no rule in generator/src/diff; add them by hand with \`pnpm changeset\`:`);
      for (const u of plan.unclassified) console.error(`  - ${u}`);
    };
    if (plan.bump === 'none') {
      console.log(`changeset:spec: no operation changed between the spec at ${baseName} and ${relative(process.cwd(), specDir) || '.'}; no changeset written.`);
      warn();
      return plan.unclassified.length ? 1 : 0;
    }
    const text = renderChangeset(plan);
    const file = join(outDir, changesetFileName(text));
    const summary = `${plan.bump} (${plan.changes.length} operation${plan.changes.length === 1 ? '' : 's'} changed)`;
    if (values['dry-run']) {
      console.log(`changeset:spec: ${summary}; would write ${relative(process.cwd(), file)}:\n`);
      process.stdout.write(text);
    } else {
      const existing = await readFile(file, 'utf8').catch(() => undefined);
      if (existing !== text) {
        await mkdir(outDir, { recursive: true });
        await writeFile(file, text);
      }
      console.log(`changeset:spec: ${summary}; ${existing === text ? 'already written' : 'wrote'} ${relative(process.cwd(), file)}`);
    }
    if (plan.unversioned.length) console.log(`  not versioned by changesets: ${plan.unversioned.join(', ')}`);
    warn();
    return plan.unclassified.length ? 1 : 0;
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      if (err instanceof SpecError) console.error(err.message);
      else console.error(`changeset:spec failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(2);
    },
  );
}
