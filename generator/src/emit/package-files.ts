import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import Handlebars from 'handlebars';
import type { Ir } from '../ir/ir-types.ts';
import { CLIENT_PACKAGE, FUNCTIONS_ENTRY, GENERATED_HEADER, PACKAGE_METADATA, RUNTIME_DEPENDENCIES, SUBPATH_ENTRIES, type Target } from '../targets.ts';
import { configRows, errorClasses } from './config-table.ts';
import { functionsEntry } from './functions-entry.ts';
import type { ExportGroup, RuntimeFile } from './runtime-files.ts';
import { DEFAULT_PROVIDER_FUNCTIONS_FILE, providerDefaults } from './provider-defaults.ts';

export interface TargetInputs {
  readonly ir: Ir;
  readonly version: string;
  /** The client package's version, which a layer depends on exactly. */
  readonly clientVersion: string;
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

/** `{{{json value}}}` in a template writes the value as a JSON literal (strings quoted and escaped). */
const TEMPLATE_HELPERS = { json: (value: unknown) => JSON.stringify(value) };

/** The entry points besides `.`, in the order every export map lists them. */
const ENTRIES = [...SUBPATH_ENTRIES, FUNCTIONS_ENTRY];

/** A manifest as changesets (`JSON.stringify(pkg, null, detectIndent(raw))` + the newline it found) and npm write it. */
function manifestText(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

type Render = (name: string, data: object) => Promise<string>;

/** Compiled templates by their text: every target renders LICENSE, README and the manifests, each compiled once. */
const COMPILED = new Map<string, HandlebarsTemplateDelegate>();

function compiled(template: string): HandlebarsTemplateDelegate {
  let fn = COMPILED.get(template);
  if (!fn) COMPILED.set(template, (fn = Handlebars.compile(template, { noEscape: true, strict: true })));
  return fn;
}

/**
 * All files of one target package, keyed by path relative to the repo root: the whole
 * generated client for `web`; for a layer, its templates/<id>/ modules (which re-export
 * the client) and its manifests, and nothing the client already holds.
 */
export async function emitTarget(target: Target, templatesDir: string, input: TargetInputs): Promise<Map<string, string>> {
  const render: Render = async (name, data) => compiled(await readFile(join(templatesDir, name), 'utf8'))(data, { helpers: TEMPLATE_HELPERS });
  // Manifests (package.json, deno.json) are laid out the way changesets and npm write
  // package.json (JSON.stringify with the file's indent, 2 spaces here, plus a newline; key order
  // kept), so `changeset version` changes the "version" line and nothing else.
  const renderJson = async (name: string, data: object) => {
    const text = await render(name, data);
    try {
      return manifestText(JSON.parse(text));
    } catch (err) {
      throw new Error(`templates/${name} did not render valid JSON for ${target.packageName}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const files = new Map<string, string>();
  const put = (path: string, text: string) => files.set(`${target.dir}/${path}`, text.endsWith('\n') ? text : text + '\n');
  const src = target.flavor === 'deno' ? '' : 'src/';
  const common = {
    packageName: target.packageName,
    clientPackage: CLIENT_PACKAGE,
    version: input.version,
    clientVersion: input.clientVersion,
    description: target.description,
    license: PACKAGE_METADATA.license,
    keywords: [...PACKAGE_METADATA.keywords, ...target.keywords],
    repository: PACKAGE_METADATA.repository && { type: 'git', ...PACKAGE_METADATA.repository, directory: target.dir },
    homepage: PACKAGE_METADATA.homepage,
  };

  if (target.role === 'client') for (const [path, text] of await clientSources(target, input, render)) put(`${src}${path}`, text);
  else for (const [path, text] of await layerSources(target, templatesDir, render, common, input.runtimeExports)) put(`${src}${path}`, text);
  put('LICENSE', await render('LICENSE.hbs', {}));

  const subpaths = ENTRIES.map((e) => ({ subpath: e.subpath, stem: e.file.replace(/\.ts$/, '') }));
  if (target.flavor === 'npm') {
    const client = target.role === 'client';
    const dependencies = client ? RUNTIME_DEPENDENCIES : [{ name: CLIENT_PACKAGE, version: 'workspace:*' }];
    // A layer holds no copy of openapi.json: its build copies the client's into dist/.
    const openapiFile = client ? './openapi.json' : './dist/openapi.json';
    const clean = `node -e "require('node:fs').rmSync('dist', { recursive: true, force: true })"`;
    const copyOpenapi = `node -e "require('node:fs').cpSync(require.resolve('${CLIENT_PACKAGE}/openapi.json'), 'dist/openapi.json')"`;
    const build = [clean, 'tsc -p tsconfig.json', ...(client ? [] : [copyOpenapi])].join(' && ');
    put('package.json', await renderJson('package.json.hbs', { ...common, dependencies, subpaths, openapiFile, files: client ? ['dist', 'openapi.json'] : ['dist'], build }));
    put('tsconfig.json', await render('tsconfig.json.hbs', { types: ['node'] }));
  }
  // JSR: the client publishes its TypeScript sources as they are; the Deno layer re-exports them.
  if (target.role === 'client' || target.flavor === 'deno') {
    const jsrFile = (file: string) => `./${src}${file}`;
    const exportMap = [{ subpath: '.', file: jsrFile(target.flavor === 'deno' ? 'mod.ts' : 'index.ts') }, ...ENTRIES.map((e) => ({ subpath: e.subpath, file: jsrFile(e.file) })), { subpath: './openapi.json', file: './openapi.json' }];
    const imports =
      target.role === 'client'
        ? RUNTIME_DEPENDENCIES.flatMap((d) => [
            { specifier: d.name, target: `npm:${d.name}@${d.version}` },
            { specifier: `${d.name}/`, target: `npm:/${d.name}@${d.version}/` },
          ])
        : [
            // Exact, like the npm layer's dependency; in this repo's Deno workspace it resolves to packages/web.
            { specifier: CLIENT_PACKAGE, target: `jsr:${CLIENT_PACKAGE}@${input.clientVersion}` },
            { specifier: `${CLIENT_PACKAGE}/`, target: `jsr:/${CLIENT_PACKAGE}@${input.clientVersion}/` },
          ];
    const publish = target.role === 'client' ? ['src/**/*.ts', 'openapi.json', 'README.md', 'LICENSE'] : ['*.ts', 'openapi.json', 'README.md', 'LICENSE'];
    put('deno.json', await renderJson('deno.json.hbs', { ...common, exportMap, imports, publish }));
  }
  if (target.role === 'client') put('openapi.json', input.openapi);
  put(
    'README.md',
    await render(target.role === 'client' ? 'README.md.hbs' : `${target.id}/README.md.hbs`, {
      ...common,
      operations: input.ir.operations
        .filter((o) => o.kind === 'api')
        .map((o) => ({ product: o.product, method: o.method, endpoint: o.endpoint, encrypted: o.payload !== 'none', read: o.effect === 'read', title: o.title, docUrl: o.docUrl })),
      // Read from the runtime, so the README's settings and error tables cannot drift from the code.
      config: configRows(input.runtime),
      // Each row's advice is the template's inline partial `error-<Name>`: a new class without one fails generation.
      errors: errorClasses(input.runtimeExports).map((name) => ({ name, advice: `error-${name}` })),
      benchmarksUrl: PACKAGE_METADATA.repository ? `${PACKAGE_METADATA.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}/blob/HEAD/BENCHMARKS.md` : null,
    }),
  );
  return files;
}

const ts = (text: string) => `${GENERATED_HEADER}\n${text}`;

/** The generated client's modules: spec-derived code, the runtime, and its entry points. */
async function clientSources(target: Target, input: TargetInputs, render: Render): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  files.set('client.ts', ts(input.client));
  files.set('operations.ts', ts(input.operations));
  files.set('wire-types.ts', ts(input.wireTypes));
  for (const t of input.sharedTables) files.set(t.name, ts(t.text));
  for (const f of input.runtime) files.set(`runtime/${f.path}`, ts(f.text));
  for (const e of SUBPATH_ENTRIES)
    files.set(e.file, ts(`/** Opt-in entry point: \`${CLIENT_PACKAGE}/${e.subpath.slice(2)}\`. */\nexport { ${e.values.join(', ')} } from '${e.from}';\n${e.types.length ? `export type { ${e.types.join(', ')} } from '${e.from}';\n` : ''}`));
  // node-* runtime modules import Node built-ins: only their own subpaths export them.
  const runtimeExports = input.runtimeExports.filter((g) => !/\/node-[^/]*$/.test(g.from));
  const groups = [input.clientExports, { from: './operations.ts', values: ['operations'], types: ['OperationId'] }, { from: './wire-types.ts', values: [], types: ['components', 'paths'] }, ...input.sharedTables.map((t) => t.exports), ...runtimeExports];
  files.set(
    'index.ts',
    await render('index.ts.hbs', {
      header: `${GENERATED_HEADER}\n/**\n * ${target.description}\n * @module\n */`,
      exports: groups.filter((g) => g.values.length).map((g) => ({ from: g.from, values: g.values })),
      typeExports: groups.filter((g) => g.types.length).map((g) => ({ from: g.from, values: g.types })),
    }),
  );
  for (const [path, text] of functionsEntry(input)) files.set(path, ts(text));
  return files;
}

/**
 * A layer's modules: every templates/<id>/*.ts.hbs rendered, one re-export per entry point the
 * templates leave out, and (where the layer signs with another provider) the standalone signing
 * functions defaulted to it. None repeats a generated fact: they name the client's modules.
 */
async function layerSources(target: Target, templatesDir: string, render: Render, common: object, runtimeExports: readonly ExportGroup[]): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const defaulted = providerDefaults(target, runtimeExports);
  if (defaulted) files.set(DEFAULT_PROVIDER_FUNCTIONS_FILE, ts(defaulted.file));
  const data = { ...common, defaultedFunctions: defaulted?.names ?? [], defaultedFunctionsModule: `./${DEFAULT_PROVIDER_FUNCTIONS_FILE}` };
  const dir = join(templatesDir, target.id);
  for (const e of (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.ts.hbs')))
    files.set(relative(dir, join(e.parentPath, e.name)).replace(/\.hbs$/, ''), ts(await render(relative(templatesDir, join(e.parentPath, e.name)), data)));
  const main = target.flavor === 'deno' ? 'mod.ts' : 'index.ts';
  const reexports = [{ file: main, subpath: '' }, ...ENTRIES.map((e) => ({ file: e.file, subpath: e.subpath.slice(1) }))];
  for (const { file, subpath } of reexports)
    if (!files.has(file)) files.set(file, ts(`/**\n * \`${CLIENT_PACKAGE}${subpath}\`, as \`${target.packageName}${subpath}\`.\n * @module\n */\nexport * from '${CLIENT_PACKAGE}${subpath}';\n`));
  return files;
}
