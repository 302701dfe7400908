import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { pascal } from '../ir/build-ir.ts';
import type { Ir, IrOperation } from '../ir/ir-types.ts';
import { FUNCTIONS_ENTRY, GENERATED_HEADER, PACKAGE_METADATA, RUNTIME_DEPENDENCIES, SUBPATH_ENTRIES, type Target } from '../targets.ts';
import { docText } from './doc-text.ts';
import { notificationSchemaName } from './openapi.ts';
import type { ExportGroup, RuntimeFile } from './runtime-files.ts';
import { DEFAULT_PROVIDER_FUNCTIONS_FILE, providerDefaults } from './provider-defaults.ts';

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

/** `{{{json value}}}` in a template writes the value as a JSON literal (strings quoted and escaped). */
const TEMPLATE_HELPERS = { json: (value: unknown) => JSON.stringify(value) };

/** A manifest as changesets (`JSON.stringify(pkg, null, detectIndent(raw))` + the newline it found) and npm write it. */
function manifestText(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** All files of one target package, keyed by path relative to the repo root. */
export async function emitTarget(target: Target, templatesDir: string, input: TargetInputs): Promise<Map<string, string>> {
  const render = async (name: string, data: object) =>
    Handlebars.compile(await readFile(join(templatesDir, name), 'utf8'), { noEscape: true, strict: true })(data, { helpers: TEMPLATE_HELPERS });
  // Manifests (package.json, jsr.json, deno.json) are laid out the way changesets and npm write
  // package.json (JSON.stringify with the file's indent, 2 spaces here, plus a newline; key order
  // kept), so `changeset version` changes the "version" line and nothing else.
  const renderJson = async (name: string, data: object) => {
    const text = await render(name, data);
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (err) {
      throw new Error(`templates/${name} did not render valid JSON for ${target.packageName}: ${err instanceof Error ? err.message : String(err)}`);
    }
    return manifestText(doc);
  };
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
  put(
    `${src}default-provider.ts`,
    ts(
      `/** The crypto provider \`new LianLian()\` uses in this package. */\nexport { ${p.name} as defaultProvider } from '${p.file}';\n` +
        (target.describesReturnCodes
          ? `/** ret_code descriptions are added to errors by default in this package. */\nexport { describeReturnCode as defaultDescribeReturnCode } from './return-codes.ts';\n`
          : `/** ret_code descriptions are opt-in in this package (\`describeReturnCode\` in the config), to keep bundles small. */\nexport const defaultDescribeReturnCode: ((code: string) => { readonly description: string } | undefined) | undefined = undefined;\n`),
    ),
  );
  for (const e of SUBPATH_ENTRIES)
    put(`${src}${e.file}`, ts(`/** Opt-in entry point: \`${target.packageName}/${e.subpath.slice(2)}\`. */\nexport { ${e.values.join(', ')} } from '${e.from}';\n${e.types.length ? `export type { ${e.types.join(', ')} } from '${e.from}';\n` : ''}`));
  const defaulted = providerDefaults(target, input.runtimeExports.filter((g) => target.nodeInMain || !/\/node-[^/]*$/.test(g.from)));
  if (defaulted.file) put(`${src}${DEFAULT_PROVIDER_FUNCTIONS_FILE}`, ts(defaulted.file));
  const runtimeExports = defaulted.groups;
  const exportGroups = [input.clientExports, { from: './operations.ts', values: ['operations'], types: ['OperationId'] }, { from: './wire-types.ts', values: [], types: ['components', 'paths'] }, ...input.sharedTables.map((t) => t.exports), ...runtimeExports];
  put(
    `${src}${target.flavor === 'deno' ? 'mod.ts' : 'index.ts'}`,
    await render('index.ts.hbs', {
      header: `${GENERATED_HEADER}\n/**\n * ${target.description}\n * @module\n */`,
      exports: exportGroups.filter((g) => g.values.length).map((g) => ({ from: g.from, values: g.values })),
      typeExports: exportGroups.filter((g) => g.types.length).map((g) => ({ from: g.from, values: g.types })),
    }),
  );
  for (const [path, text] of functionsEntry(target, input)) put(`${src}${path}`, ts(text));
  put('openapi.json', input.openapi);
  put('LICENSE', await render('LICENSE.hbs', {}));

  const common = {
    packageName: target.packageName,
    version: input.version,
    description: target.description,
    license: PACKAGE_METADATA.license,
    keywords: [...PACKAGE_METADATA.keywords, ...target.keywords],
    repository: PACKAGE_METADATA.repository && { type: 'git', ...PACKAGE_METADATA.repository, directory: target.dir },
    homepage: PACKAGE_METADATA.homepage,
  };
  const entries = [...SUBPATH_ENTRIES, FUNCTIONS_ENTRY];
  if (target.flavor === 'npm') {
    const subpaths = entries.map((e) => ({ subpath: e.subpath, stem: e.file.replace(/\.ts$/, '') }));
    put('package.json', await renderJson('package.json.hbs', { ...common, dependencies: RUNTIME_DEPENDENCIES, subpaths }));
    put('tsconfig.json', await render('tsconfig.json.hbs', { types: target.types }));
  } else {
    const denoImports = RUNTIME_DEPENDENCIES.flatMap((d) => [
      { specifier: d.name, target: `npm:${d.name}@${d.version}` },
      { specifier: `${d.name}/`, target: `npm:/${d.name}@${d.version}/` },
    ]);
    // Same subpaths as the npm packages (checks/validate-exports.ts), but ./package.json: JSR has none.
    const exportMap = [{ subpath: '.', file: './mod.ts' }, ...entries.map((e) => ({ subpath: e.subpath, file: `./${e.file}` })), { subpath: './openapi.json', file: './openapi.json' }];
    put('deno.json', await renderJson('deno.json.hbs', { ...common, denoImports, exportMap }));
    put('jsr.json', await renderJson('jsr.json.hbs', { ...common, exportMap }));
  }
  put(
    'README.md',
    await render('README.md.hbs', {
      ...common,
      specifier: target.flavor === 'deno' ? `jsr:${target.packageName}` : target.packageName,
      npm: target.flavor === 'npm',
      describesReturnCodes: target.describesReturnCodes,
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

/** The standalone name of an operation's function, e.g. `cardBind.query` → `cardBindQuery`. */
function functionName(op: IrOperation): string {
  return `${op.product}${pascal(op.method)}`;
}

/**
 * `functions.ts` and `functions/<operation id>.ts`: the tree-shakable API. Each
 * operation module holds its own rules (copied from the emitted `operations`
 * table, so both APIs check exactly the same thing) and imports only the
 * runtime; the LianLian class keeps using the one table.
 */
function functionsEntry(target: Target, input: TargetInputs): Map<string, string> {
  const files = new Map<string, string>();
  const table = operationsTable(input.operations);
  const dir = FUNCTIONS_ENTRY.dir;
  files.set(
    `${dir}/_client.ts`,
    [
      "import type { LianLianConfig } from '../runtime/config.ts';",
      "import { createCore, type Core } from '../runtime/core.ts';",
      "import { defaultDescribeReturnCode, defaultProvider } from '../default-provider.ts';",
      '',
      '/** Settings for {@link createClient}: the same as `new LianLian()`. */',
      'export type ClientConfig = LianLianConfig;',
      '',
      '/** A configured client for the standalone operation functions: your merchant id, keys (imported once, on first use) and settings. Make one with {@link createClient}. */',
      'export interface LianLianClient {',
      '  /** Your merchant id (`oid_partner`). */',
      '  readonly oidPartner: string;',
      '}',
      '',
      'const cores = new WeakMap<LianLianClient, Core>();',
      '',
      '/**',
      ' * Makes a client for the functions of this entry point. Same checks and defaults as `new LianLian(config)`.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * const client = createClient({ oidPartner: '201304121000001004', privateKey, lianlianPublicKey });",
      " * const cards = await cardBindQuery(client, { user_id: 'u1', offset: '0' });",
      ' * ```',
      ' */',
      'export function createClient(config: ClientConfig): LianLianClient {',
      '  const core = createCore(config, defaultProvider, config.describeReturnCode ?? defaultDescribeReturnCode);',
      '  const client: LianLianClient = Object.freeze({ oidPartner: config.oidPartner });',
      '  cores.set(client, core);',
      '  return client;',
      '}',
      '',
      '/** @internal */',
      'export function coreOf(client: LianLianClient): Core {',
      '  const core = cores.get(client);',
      "  if (!core) throw new TypeError('expected a client made by createClient()');",
      '  return core;',
      '}',
      '',
    ].join('\n'),
  );

  const barrel: string[] = [];
  const names = new Set<string>(['createClient']);
  for (const op of input.ir.operations) {
    const full = table[op.id];
    if (!full) throw new Error(`operations table has no ${op.id}`);
    const def = runtimeDef(full as OperationShape);
    const name = functionName(op);
    const see = ` * @see ${docText(op.docUrl)}`;
    const lines = [
      "import type { OperationDef } from '../runtime/operation.ts';",
      "import { coreOf, type LianLianClient } from './_client.ts';",
    ];
    const body: string[] = [];
    let exported: string[];
    if (op.kind === 'notification') {
      const type = notificationSchemaName(op);
      lines.push("import { notificationHandlerFor, parseNotificationFor, type NotificationOptions } from '../runtime/notification.ts';", `import type { ${type} } from '../client.ts';`);
      exported = [`${name}Handler`, `parse${pascal(op.product)}${pascal(op.method)}`];
      body.push(
        '/**',
        ` * ${docText(op.summary)}`,
        ' *',
        " * A web-standard `Request → Response` handler: it verifies LianLian's signature over the raw body, then calls `onNotification` with the typed fields, and answers `{\"ret_code\":\"0000\",\"ret_msg\":\"ok\"}` only after it resolves; otherwise LianLian retries.",
        ' * Duplicate deliveries are normal: make `onNotification` idempotent (key it on the order number).',
        ' *',
        see,
        ' */',
        `export function ${exported[0]}(client: LianLianClient, onNotification: (notification: ${type}) => unknown | Promise<unknown>, options?: NotificationOptions): (request: Request) => Promise<Response> {`,
        `  return notificationHandlerFor<${type}>(coreOf(client), operation, onNotification, options);`,
        '}',
        '',
        '/**',
        ` * Verifies and parses ${docText(op.title)} from a body you already have (${op.encoding === 'json' ? 'the raw JSON text' : 'the form LianLian posts'}).`,
        ' *',
        see,
        ' */',
        `export function ${exported[1]}(client: LianLianClient, body: string | URLSearchParams): Promise<${type}> {`,
        `  return parseNotificationFor<${type}>(coreOf(client), operation, body);`,
        '}',
      );
    } else {
      const redirect = op.kind === 'redirect';
      const result = redirect ? 'RedirectForm' : `${op.typeName}Response`;
      lines.push("import type { RequestOptions } from '../runtime/config.ts';");
      if (redirect) lines.push("import { redirectFormFor, type RedirectForm } from '../runtime/redirect.ts';");
      else lines.push("import { callOperation } from '../runtime/call.ts';");
      if (op.payload === 'lianpay1_0_1') lines.push("import { sealLianpay } from '../runtime/pay-load.ts';");
      lines.push(`import type { ${[`${op.typeName}Params`, ...(redirect ? [] : [result])].join(', ')} } from '../client.ts';`);
      exported = [name];
      const codes = op.successCodes.map((c) => `\`${c}\``).join(' or ');
      body.push(
        '/**',
        ` * ${docText(op.summary)}`,
        ' *',
        redirect
          ? ` * Builds the signed form the payer's browser posts to \`${docText(op.endpoint)}\`: its fields, and \`html()\` for a page that posts itself.`
          : ` * \`POST ${docText(op.endpoint)}\`${op.payload !== 'none' ? `, body encrypted as \`pay_load\` (${op.payload})` : ''}. Succeeds on ret_code ${codes}; any other code throws \`LianLianError\`.`,
        ' *',
        see,
        ' */',
        `export function ${name}(client: LianLianClient, params: ${op.typeName}Params, options?: RequestOptions): Promise<${result}> {`,
        redirect
          ? '  return redirectFormFor(coreOf(client), operation, params, options);'
          : `  return callOperation(coreOf(client), operation, params, options${op.payload === 'lianpay1_0_1' ? ', sealLianpay' : ''});`,
        '}',
      );
    }
    for (const n of exported) {
      if (names.has(n)) throw new Error(`functions entry: ${op.id} would export ${n} twice`);
      names.add(n);
    }
    files.set(
      `${dir}/${op.id}.ts`,
      [...lines, '', `/** \`${op.id}\` as the runtime reads it: \`operations['${op.id}']\` reduced to the rules its calls check. */`, `const operation: OperationDef = ${JSON.stringify(def, null, 2)};`, '', ...body, ''].join('\n'),
    );
    barrel.push(`export { ${exported.join(', ')} } from './${dir}/${op.id}.ts';`);
  }
  files.set(
    FUNCTIONS_ENTRY.file,
    [
      '/**',
      ' * The tree-shakable API: `createClient()` and one function per operation. A bundle carries only the',
      ' * operations it calls, not the whole `operations` table that `new LianLian()` reads. Same validation,',
      ' * signing and verification as the class; errors are the same classes as the main entry exports.',
      ' *',
      ' * @example',
      ' * ```ts',
      ` * import { createClient, cardBindQuery } from '${target.flavor === 'deno' ? `jsr:${target.packageName}` : target.packageName}/functions';`,
      ' *',
      " * const client = createClient({ oidPartner: '201304121000001004', privateKey, lianlianPublicKey });",
      " * const cards = await cardBindQuery(client, { user_id: 'u1', offset: '0' });",
      ' * ```',
      ' * @module',
      ' */',
      `export { createClient } from './${dir}/_client.ts';`,
      `export type { ClientConfig, LianLianClient } from './${dir}/_client.ts';`,
      ...barrel,
      '',
    ].join('\n'),
  );
  return files;
}

/** The `operations` object of the emitted `operations.ts`, so the per-operation modules carry exactly its rules. */
interface FieldShape {
  readonly name: string;
  readonly presence: string;
  readonly type: string;
  readonly format?: string;
  readonly unsigned?: boolean;
  readonly echo?: boolean;
  readonly items?: unknown;
}
interface OperationShape {
  readonly request: readonly FieldShape[];
  readonly response: readonly FieldShape[];
  readonly responseGroups: readonly { readonly fields: readonly FieldShape[] }[];
}

/**
 * What the runtime reads of an operation (validate.ts, verify-response.ts,
 * signed-fields.ts, notification.ts): request rules without list item shapes,
 * and of the response only the fields an answer is checked against (required,
 * echoed, unsigned, JSON and money fields), reduced to those facts. Each
 * function file carries this much; the full rules stay in `operations` for
 * `new LianLian()` and tooling.
 */
function runtimeDef(def: OperationShape): object {
  const { request, response, responseGroups, ...rest } = def;
  const checked = (fields: readonly FieldShape[]) =>
    fields
      .filter((f) => f.presence === 'required' || f.unsigned || f.echo || f.type !== 'string' || f.format === 'json-string' || f.format?.endsWith('money'))
      .map(({ name, presence, type, format, unsigned, echo }) => ({
        name,
        presence,
        type,
        ...((format === 'json-string' || format?.endsWith('money')) && { format }),
        ...(unsigned && { unsigned }),
        ...(echo && { echo }),
      }));
  return {
    ...rest,
    request: request.map(({ items: _items, ...rule }) => rule),
    response: checked(response),
    responseGroups: responseGroups.map((g) => ({ ...g, fields: checked(g.fields) })).filter((g) => g.fields.length > 0),
  };
}

function operationsTable(text: string): Record<string, unknown> {
  const m = /^export const operations = (\{[\s\S]*?\n\}) as const satisfies Record<string, OperationDef>;$/m.exec(text);
  if (!m?.[1]) throw new Error('package-files: cannot find the operations table in operations.ts (emit/operations.ts changed its shape)');
  return JSON.parse(m[1]) as Record<string, unknown>;
}
