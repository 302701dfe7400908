import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { cacheKey, generatorFingerprint, NO_CACHE, type RunCache } from '../cache.ts';
import { checkSemantics } from './check-semantics.ts';
import { schemaCheckers, type SchemaCheck } from './check-schema.ts';
import { checkText } from './check-text.ts';
import { SourceFile } from './source-file.ts';
import { SpecError, type SpecProblem } from './spec-error.ts';
import type { SharedTables, SpecFile } from './spec-types.ts';

export interface LoadedSpec {
  readonly files: readonly { readonly path: string; readonly spec: SpecFile }[];
  readonly shared: SharedTables;
}

/** spec/shared/<name>.yaml is checked against spec/schema/<name>.schema.json. */
const SHARED = {
  'return-codes': 'returnCodes',
  currencies: 'currencies',
  'risk-item': 'riskItem',
  'transaction-report': 'transactionReport',
  'evidence-sources': 'evidenceSources',
} as const;

/**
 * Reads every `spec/products/*.yaml`, checks it against spec.schema.json and the
 * semantic rules, and throws one SpecError listing every problem found.
 */
export async function loadSpec(specDir: string, cache: RunCache = NO_CACHE): Promise<LoadedSpec> {
  const schemaText = (name: string) => readFile(join(specDir, 'schema', `${name}.schema.json`), 'utf8');
  const mainText = await schemaText('spec');
  const checkers = schemaCheckers(JSON.parse(mainText) as object);
  const checked = fileChecker(cache, cache === NO_CACHE ? '' : await generatorFingerprint());
  const productsDir = join(specDir, 'products');
  const names = (await readdir(productsDir)).filter((n) => n.endsWith('.yaml')).sort();
  const problems: SpecProblem[] = [];
  const files: { path: string; spec: SpecFile; source: SourceFile }[] = [];
  if (names.length === 0) problems.push({ file: relative(process.cwd(), productsDir), line: 1, column: 1, message: 'no *.yaml spec files' });

  for (const name of names) {
    const path = relative(process.cwd(), join(productsDir, name));
    const source = new SourceFile(path, await readFile(join(productsDir, name), 'utf8'));
    const { data, problems: fileProblems } = await checked(source, checkers.main, mainText);
    if (fileProblems.length) {
      problems.push(...fileProblems);
      continue;
    }
    const spec = data as SpecFile;
    problems.push(...checkSemantics(source, spec));
    files.push({ path, spec, source });
  }
  problems.push(...checkAcrossFiles(files));

  const shared: Record<string, unknown> = {};
  let evidenceFile: SourceFile | undefined;
  const sharedDir = join(specDir, 'shared');
  for (const name of (await readdir(sharedDir).catch(() => [] as string[])).filter((n) => n.endsWith('.yaml')).sort()) {
    const stem = name.slice(0, -'.yaml'.length);
    const path = relative(process.cwd(), join(sharedDir, name));
    const source = new SourceFile(path, await readFile(join(sharedDir, name), 'utf8'));
    const key = SHARED[stem as keyof typeof SHARED];
    if (!key) {
      problems.push(source.at(0, `unknown shared table "${stem}"; expected one of: ${Object.keys(SHARED).join(', ')}`));
      continue;
    }
    const ownText = await schemaText(stem);
    const { data, problems: found } = await checked(source, checkers.referencing(JSON.parse(ownText) as object), mainText, ownText);
    if (data === undefined) {
      problems.push(...found);
      continue;
    }
    problems.push(...found, ...(found.length ? [] : checkSharedSemantics(source, data as Record<string, unknown>)));
    shared[key] = data;
    if (key === 'evidenceSources') evidenceFile = source;
  }
  const sourceIds = new Set((shared.evidenceSources as SharedTables['evidenceSources'])?.sources.map((s) => s.id) ?? []);
  for (const { spec, source } of files) problems.push(...checkEvidenceSources(source, spec, sourceIds));
  if (evidenceFile) problems.push(...checkEvidenceSources(evidenceFile, { rules: (shared.evidenceSources as SharedTables['evidenceSources'])?.rules }, sourceIds));
  if (problems.length) throw new SpecError(problems);
  return { files: files.map(({ path, spec }) => ({ path, spec })), shared: shared as SharedTables };
}

/**
 * A file's data with the checks that need only the file: it reads (syntax, aliases), its text is
 * clean and it matches its schema. `data` is undefined when it does not read. A file that passes
 * is kept in the run cache under its text, its schemas and the generator's code, so the next run
 * neither parses nor checks it again (its SourceFile parses only to locate a later problem).
 */
function fileChecker(cache: RunCache, fingerprint: string) {
  return async (source: SourceFile, checkSchema: SchemaCheck, ...schemaTexts: string[]): Promise<{ readonly data?: unknown; readonly problems: readonly SpecProblem[] }> => {
    const key = cacheKey(fingerprint, 'checked spec file', ...schemaTexts, source.text);
    const hit = await cache.get(key);
    if (hit) {
      try {
        return { data: deserialize(hit), problems: [] };
      } catch {
        // An entry this Node cannot read: check the file again.
      }
    }
    const { data, problems: unreadable } = source.toData();
    if (unreadable.length) return { problems: unreadable };
    const problems = [...checkText(source, data), ...checkSchema(source, data)];
    // Serialized now, before any later step could change the objects; v8's format keeps what JSON would not (shared aliased objects, NaN, -0).
    if (problems.length === 0) await cache.set(key, serialize(data));
    return { data, problems };
  };
}

/** Unique codes, currencies, group ids, and unique field names within each group or file. */
function checkSharedSemantics(source: SourceFile, data: Record<string, unknown>): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const unique = (list: unknown, listKey: string, prop: string, base: (string | number)[] = []) => {
    const seen = new Map<string, number>();
    (Array.isArray(list) ? (list as Record<string, unknown>[]) : []).forEach((item, i) => {
      const v = String(item[prop]);
      const first = seen.get(v);
      if (first !== undefined) problems.push(source.problem([...base, listKey, i, prop], `duplicate ${prop} "${v}" (first at ${listKey}[${first}])`));
      else seen.set(v, i);
    });
  };
  unique(data.codes, 'codes', 'code');
  unique(data.currencies, 'currencies', 'code');
  unique(data.groups, 'groups', 'id');
  unique(data.files, 'files', 'id');
  (data.groups as Record<string, unknown>[] | undefined)?.forEach((g, i) => unique(g.fields, 'fields', 'name', ['groups', i]));
  (data.files as Record<string, unknown>[] | undefined)?.forEach((f, i) => unique(f.columns, 'columns', 'name', ['files', i]));
  return problems;
}

function checkAcrossFiles(files: readonly { path: string; spec: SpecFile; source: SourceFile }[]): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const products = new Map<string, string>();
  const ops = new Map<string, string>();
  for (const { path, spec, source } of files) {
    const other = products.get(spec.product);
    if (other) problems.push(source.problem(['product'], `product "${spec.product}" is already defined in ${other}`));
    products.set(spec.product, path);
    spec.operations.forEach((op, i) => {
      const prev = ops.get(op.id);
      if (prev && prev !== path) problems.push(source.problem(['operations', i, 'id'], `operation "${op.id}" is already defined in ${prev}`));
      ops.set(op.id, path);
    });
  }
  return problems;
}

/** Every `evidence[].source` names a repository listed in spec/shared/evidence-sources.yaml. */
function checkEvidenceSources(source: SourceFile, spec: object, known: ReadonlySet<string>): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i]));
    else if (node !== null && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) {
        if (key === 'evidence' && Array.isArray(value))
          value.forEach((e: { source?: string }, i) => {
            if (e.source !== undefined && !known.has(e.source))
              problems.push(source.problem([...path, key, i, 'source'], `evidence source "${e.source}" is not in spec/shared/evidence-sources.yaml; expected one of: ${[...known].join(', ')}`));
          });
        else walk(value, [...path, key]);
      }
  };
  walk(spec, []);
  return problems;
}
