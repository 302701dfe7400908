import type { ErrorObject } from 'ajv/dist/2020.js';
import { ajv2020 } from '../commonjs.ts';
import type { SourceFile } from './source-file.ts';
import type { SpecProblem } from './spec-error.ts';

type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** Checks one parsed file against a schema; every problem is located in the file. */
export type SchemaCheck = (file: SourceFile, data: unknown) => SpecProblem[];

/** Compiles spec.schema.json once; the same schema editors use, so the two never disagree. */
export function schemaChecker(schema: object, references: readonly object[] = []): SchemaCheck {
  const ajv = newAjv();
  for (const r of references) ajv.addSchema(r);
  return checkWith(ajv.compile(schema) as Validate);
}

/**
 * spec.schema.json and the shared tables' schemas, which `$ref` it, in one Ajv: each schema is
 * checked against the meta-schema and compiled once (one Ajv per schema compiled spec.schema.json
 * six times, a third of a second), and only when a file is checked against it (a run whose files
 * all come from the run cache compiles nothing).
 */
export function schemaCheckers(main: object): { readonly main: SchemaCheck; readonly referencing: (schema: object) => SchemaCheck } {
  let ajv: ReturnType<typeof newAjv> | undefined;
  let validateMain: Validate | undefined;
  const compiledMain = () => {
    ajv ??= newAjv();
    validateMain ??= ajv.compile(main) as Validate;
    return { ajv, validateMain };
  };
  return {
    main: (file, data) => checkWith(compiledMain().validateMain)(file, data),
    // The main schema goes in first: the shared ones `$ref` it by its `$id`.
    referencing: (schema) => {
      let validate: Validate | undefined;
      return (file, data) => checkWith((validate ??= compiledMain().ajv.compile(schema) as Validate))(file, data);
    },
  };
}

function newAjv() {
  // `optimize: false`: Ajv skips its passes over the validator code it generates, a third of the
  // compile time; the validators check the same things and report the same errors, a little slower,
  // which costs nothing on a dozen files.
  return new (ajv2020().default)({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, code: { optimize: false } });
}

function checkWith(validate: Validate): SchemaCheck {
  return (file, data) => {
    if (validate(data)) return [];
    // `if` only says which branch failed; the branch's own error says what is wrong.
    return dedupe((validate.errors ?? []).filter((e) => e.keyword !== 'if').map((e) => toProblem(file, e)));
  };
}

function toProblem(file: SourceFile, e: ErrorObject): SpecProblem {
  const path = pointerToPath(e.instancePath);
  const where = describe(path);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return file.problem(path, `${where}: missing required key "${String(p.missingProperty)}"`);
    case 'additionalProperties':
      return file.problem(
        path,
        `${where}: unknown key "${String(p.additionalProperty)}"; allowed keys: ${allowedKeys(e).join(', ')}`,
        String(p.additionalProperty),
      );
    case 'enum':
      return file.problem(
        path,
        `${where}: unknown value ${JSON.stringify(e.data)}; expected one of: ${(p.allowedValues as unknown[]).map(String).join(', ')}`,
      );
    case 'false schema':
      return file.problem(path, `${where}: not allowed here`);
    case 'const':
      return file.problem(path, `${where}: must be ${JSON.stringify(p.allowedValue)}, got ${JSON.stringify(e.data)}`);
    case 'pattern':
      return file.problem(path, `${where}: ${JSON.stringify(e.data)} does not match ${String(p.pattern)}`);
    case 'type':
      return file.problem(path, `${where}: must be ${String(p.type)}, got ${JSON.stringify(e.data)}`);
    default:
      return file.problem(path, `${where}: ${e.message ?? e.keyword}`);
  }
}

function allowedKeys(e: ErrorObject): string[] {
  const props = (e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return Object.keys(props ?? {}).filter((k) => k !== '$schema');
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Names the place in words, e.g. `operations[2].request[4].type`. */
export function describe(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'file';
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function dedupe(problems: SpecProblem[]): SpecProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.line}:${p.column}:${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
