import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { Ir } from '../ir/ir-types.ts';
import { GENERATED_HEADER, RUNTIME_DEPENDENCIES, SUBPATH_ENTRIES, type Target } from '../targets.ts';
import type { ExportGroup, RuntimeFile } from './runtime-files.ts';

export interface TargetInputs {
  readonly ir: Ir;
  readonly version: string;
  readonly openapi: string;
  readonly wireTypes: string;
  readonly client: string;
  readonly operations: string;
  readonly runtime: readonly RuntimeFile[];
  readonly runtimeExports: readonly ExportGroup[];
  readonly clientExports: ExportGroup;
  /** Generated tables from spec/shared/ (return codes, currencies, risk_item builder, report formats). */
  readonly sharedTables: readonly { readonly name: string; readonly text: string; readonly exports: ExportGroup }[];
}

/** All files of one target package, keyed by path relative to the repo root. */
export async function emitTarget(target: Target, templatesDir: string, input: TargetInputs): Promise<Map<string, string>> {
  const render = async (name: string, data: object) =>
    Handlebars.compile(await readFile(join(templatesDir, name), 'utf8'), { noEscape: true, strict: true })(data);
  const files = new Map<string, string>();
  const put = (path: string, text: string) => files.set(`${target.dir}/${path}`, text.endsWith('\n') ? text : text + '\n');
  const src = target.flavor === 'deno' ? '' : 'src/';
  const ts = (text: string) => `${GENERATED_HEADER}\n${text}`;

  put(`${src}client.ts`, ts(input.client));
  put(`${src}operations.ts`, ts(input.operations));
  put(`${src}wire-types.ts`, ts(input.wireTypes));
  for (const t of input.sharedTables) put(`${src}${t.name}`, ts(t.text));
  for (const f of input.runtime) put(`${src}runtime/${f.path}`, ts(f.text));
  const p = target.defaultProvider;
  put(`${src}default-provider.ts`, ts(`/** The crypto provider \`new LianLian()\` uses in this package. */\nexport { ${p.name} as defaultProvider } from '${p.file}';\n`));
  for (const e of SUBPATH_ENTRIES)
    put(`${src}${e.file}`, ts(`/** Opt-in entry point: \`${target.packageName}/${e.subpath.slice(2)}\`. */\nexport { ${e.values.join(', ')} } from '${e.from}';\n${e.types.length ? `export type { ${e.types.join(', ')} } from '${e.from}';\n` : ''}`));
  const runtimeExports = input.runtimeExports.filter((g) => target.nodeInMain || !/\/node-[^/]*$/.test(g.from));
  const exportGroups = [input.clientExports, { from: './operations.ts', values: ['operations'], types: ['OperationId'] }, { from: './wire-types.ts', values: [], types: ['components', 'paths'] }, ...input.sharedTables.map((t) => t.exports), ...runtimeExports];
  put(
    `${src}${target.flavor === 'deno' ? 'mod.ts' : 'index.ts'}`,
    await render('index.ts.hbs', {
      header: `${GENERATED_HEADER}\n/**\n * ${target.description}\n * @module\n */`,
      exports: exportGroups.filter((g) => g.values.length).map((g) => ({ from: g.from, values: g.values })),
      typeExports: exportGroups.filter((g) => g.types.length).map((g) => ({ from: g.from, values: g.types })),
    }),
  );
  put('openapi.json', input.openapi);

  const common = { packageName: target.packageName, version: input.version, description: target.description };
  if (target.flavor === 'npm') {
    const subpaths = SUBPATH_ENTRIES.map((e) => ({ subpath: e.subpath, stem: e.file.replace(/\.ts$/, '') }));
    put('package.json', await render('package.json.hbs', { ...common, dependencies: RUNTIME_DEPENDENCIES, subpaths }));
    put('tsconfig.json', await render('tsconfig.json.hbs', { types: target.types }));
  } else {
    const denoImports = RUNTIME_DEPENDENCIES.flatMap((d) => [
      { specifier: d.name, target: `npm:${d.name}@${d.version}` },
      { specifier: `${d.name}/`, target: `npm:/${d.name}@${d.version}/` },
    ]);
    const exportMap = [{ subpath: '.', file: './mod.ts' }, ...SUBPATH_ENTRIES.map((e) => ({ subpath: e.subpath, file: `./${e.file}` }))];
    put('deno.json', await render('deno.json.hbs', { ...common, denoImports, exportMap }));
    put('jsr.json', await render('jsr.json.hbs', { ...common, exportMap }));
  }
  put(
    'README.md',
    await render('README.md.hbs', {
      ...common,
      importLine:
        target.flavor === 'deno'
          ? `import { LianLian } from 'jsr:${target.packageName}';`
          : `import { LianLian } from '${target.packageName}';`,
      operations: input.ir.operations
        .filter((o) => o.kind === 'api')
        .map((o) => ({ product: o.product, method: o.method, endpoint: o.endpoint, encrypted: o.payload !== 'none', title: o.title, docUrl: o.docUrl })),
    }),
  );
  return files;
}
