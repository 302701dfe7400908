import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { checkSemantics } from './check-semantics.ts';
import { schemaChecker } from './check-schema.ts';
import { SourceFile } from './source-file.ts';
import { SpecError, type SpecProblem } from './spec-error.ts';
import type { SpecFile } from './spec-types.ts';

export interface LoadedSpec {
  readonly files: readonly { readonly path: string; readonly spec: SpecFile }[];
}

/**
 * Reads every `spec/products/*.yaml`, checks it against spec.schema.json and the
 * semantic rules, and throws one SpecError listing every problem found.
 */
export async function loadSpec(specDir: string): Promise<LoadedSpec> {
  const schema = JSON.parse(await readFile(join(specDir, 'schema', 'spec.schema.json'), 'utf8')) as object;
  const checkSchema = schemaChecker(schema);
  const productsDir = join(specDir, 'products');
  const names = (await readdir(productsDir)).filter((n) => n.endsWith('.yaml')).sort();
  const problems: SpecProblem[] = [];
  const files: { path: string; spec: SpecFile; source: SourceFile }[] = [];
  if (names.length === 0) problems.push({ file: relative(process.cwd(), productsDir), line: 1, column: 1, message: 'no *.yaml spec files' });

  for (const name of names) {
    const path = relative(process.cwd(), join(productsDir, name));
    const source = new SourceFile(path, await readFile(join(productsDir, name), 'utf8'));
    const syntax = source.syntaxProblems();
    if (syntax.length) {
      problems.push(...syntax);
      continue;
    }
    const data = source.doc.toJS() as unknown;
    const schemaProblems = checkSchema(source, data);
    if (schemaProblems.length) {
      problems.push(...schemaProblems);
      continue;
    }
    const spec = data as SpecFile;
    problems.push(...checkSemantics(source, spec));
    files.push({ path, spec, source });
  }
  problems.push(...checkAcrossFiles(files));
  if (problems.length) throw new SpecError(problems);
  return { files: files.map(({ path, spec }) => ({ path, spec })) };
}

function checkAcrossFiles(files: readonly { path: string; spec: SpecFile; source: SourceFile }[]): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const products = new Map<string, string>();
  const ops = new Map<string, string>();
  const endpoints = new Map<string, string>();
  for (const { path, spec, source } of files) {
    const other = products.get(spec.product);
    if (other) problems.push(source.problem(['product'], `product "${spec.product}" is already defined in ${other}`));
    products.set(spec.product, path);
    spec.operations.forEach((op, i) => {
      const prev = ops.get(op.id);
      if (prev && prev !== path) problems.push(source.problem(['operations', i, 'id'], `operation "${op.id}" is already defined in ${prev}`));
      ops.set(op.id, path);
      if (op.kind !== 'api') return;
      const owner = endpoints.get(op.endpoint);
      if (owner) problems.push(source.problem(['operations', i, 'endpoint'], `endpoint ${op.endpoint} is already used by ${owner}`));
      endpoints.set(op.endpoint, op.id);
    });
  }
  return problems;
}
