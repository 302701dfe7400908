import { pascal } from '../ir/build-ir.ts';
import type { Ir, IrOperation } from '../ir/ir-types.ts';
import { CLIENT_PACKAGE, FUNCTIONS_ENTRY } from '../targets.ts';
import { effectDoc, outcomeDocs, throwsDocs } from './call-docs.ts';
import { docText } from './doc-text.ts';
import { notificationSchemaName } from './openapi.ts';

export interface FunctionsInputs {
  readonly ir: Ir;
  /** The emitted operations.ts, whose table each operation module reduces to its rules. */
  readonly operations: string;
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
export function functionsEntry(input: FunctionsInputs): Map<string, string> {
  const files = new Map<string, string>();
  const table = operationsTable(input.operations);
  const dir = FUNCTIONS_ENTRY.dir;
  files.set(
    `${dir}/_client.ts`,
    [
      "import type { LianLianConfig } from '../runtime/4-operations/config.ts';",
      "import { createCore, type Core } from '../runtime/4-operations/core.ts';",
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
      '  const core = createCore(config);',
      '  const client: LianLianClient = Object.freeze({ oidPartner: config.oidPartner });',
      '  cores.set(client, core);',
      '  return client;',
      '}',
      '',
      '/**',
      ' * Parses the client\'s two keys now, so a bad one fails at startup instead of at the first call; resolves with',
      ' * the client. `createClient` has already checked the other settings and stays synchronous, like `new LianLian()`.',
      ' * Rejects with a `KeyFormatError` whose message and `setting` name the setting (`privateKey` or',
      ' * `lianlianPublicKey`), never the key text. Named `clientReady`, not `ready`, because this entry\'s exports are',
      ' * imported by name beside the operation functions, where a bare `ready` would not say what becomes ready.',
      ' *',
      ' * @example',
      ' * ```ts',
      ' * const client = await clientReady(createClient({ oidPartner: \'201304121000001004\', privateKey, lianlianPublicKey }));',
      ' * ```',
      ' */',
      'export async function clientReady<C extends LianLianClient>(client: C): Promise<C> {',
      '  await coreOf(client).keys();',
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
  const names = new Set<string>(['createClient', 'clientReady']);
  const byId = new Map(input.ir.operations.map((o) => [o.id, o]));
  for (const op of input.ir.operations) {
    const full = table[op.id];
    if (!full) throw new Error(`operations table has no ${op.id}`);
    const def = runtimeDef(full as OperationShape);
    const name = functionName(op);
    const see = ` * @see ${docText(op.docUrl)}`;
    const lines = [
      "import type { OperationDef } from '../runtime/1-errors-encoding/operation.ts';",
      "import { coreOf, type LianLianClient } from './_client.ts';",
    ];
    const body: string[] = [];
    let exported: string[];
    if (op.kind === 'notification') {
      const type = notificationSchemaName(op);
      lines.push("import { notificationHandlerFor, parseNotificationFor, type NotificationOptions } from '../runtime/4-operations/notification.ts';", `import type { ${type} } from '../client.ts';`);
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
      lines.push("import type { RequestOptions } from '../runtime/4-operations/config.ts';");
      if (redirect) lines.push("import { redirectFormFor, type RedirectForm } from '../runtime/4-operations/redirect.ts';");
      else lines.push("import { callOperation } from '../runtime/4-operations/call.ts';");
      if (op.payload === 'lianpay1_0_1') lines.push("import { sealLianpay } from '../runtime/3-sign-verify/pay-load.ts';");
      lines.push(`import type { ${[`${op.typeName}Params`, ...(redirect ? [] : [result])].join(', ')} } from '../client.ts';`);
      exported = [name];
      const codes = op.successCodes.map((c) => `\`${c}\``).join(' or ');
      body.push(
        '/**',
        ` * ${docText(op.summary)}`,
        ' *',
        redirect
          ? ` * Builds the signed form the payer's browser posts to \`${docText(op.endpoint)}\`: its fields, and \`html()\` for a page that posts itself.`
          : ` * \`POST ${docText(op.endpoint)}\`${op.payload !== 'none' ? `, body encrypted as \`pay_load\` (${op.payload})` : ''}. Succeeds on ret_code ${codes}; any other code throws \`LianLianError\`.\n * ${effectDoc(op)}`,
        ' *',
        ...throwsDocs(op).map((t) => ` * ${t}`),
        ' *',
        see,
        ' */',
        `export function ${name}(client: LianLianClient, params: ${op.typeName}Params, options?: RequestOptions): Promise<${result}> {`,
        redirect
          ? '  return redirectFormFor(coreOf(client), operation, params, options);'
          : `  return callOperation(coreOf(client), operation, params, options${op.payload === 'lianpay1_0_1' ? ', sealLianpay' : ''});`,
        '}',
      );
      const lookup = op.lookup && byId.get(op.lookup.operation);
      if (lookup) {
        // The lookup query's rules come from its own module, so a bundle that calls both carries them once.
        lines.push("import { outcomeOf, type Outcome } from '../runtime/4-operations/outcome.ts';", `import { operation as lookupOperation } from './${lookup.id}.ts';`, `import type { ${lookup.typeName}Response } from '../client.ts';`);
        exported.push(`${name}Outcome`);
        body.push(
          '',
          '/**',
          ...outcomeDocs(op, lookup).map((l) => (l ? ` * ${l}` : ' *')),
          ' *',
          see,
          ' */',
          `export function ${name}Outcome(client: LianLianClient, params: ${op.typeName}Params, options?: RequestOptions): Promise<Outcome<${lookup.typeName}Response>> {`,
          '  return outcomeOf(coreOf(client), operation, lookupOperation, params, options);',
          '}',
        );
      }
    }
    for (const n of exported) {
      if (names.has(n)) throw new Error(`functions entry: ${op.id} would export ${n} twice`);
      names.add(n);
    }
    files.set(
      `${dir}/${op.id}.ts`,
      [...lines, '', `/**\n * \`${op.id}\` as the runtime reads it: \`operations['${op.id}']\` reduced to the rules its calls check.\n * @internal (exported for the modules whose lookup it is)\n */`, `export const operation: OperationDef = ${JSON.stringify(def, null, 2)};`, '', ...body, ''].join('\n'),
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
      ` * import { createClient, cardBindQuery } from '${CLIENT_PACKAGE}/functions';`,
      ' *',
      " * const client = createClient({ oidPartner: '201304121000001004', privateKey, lianlianPublicKey });",
      " * const cards = await cardBindQuery(client, { user_id: 'u1', offset: '0' });",
      ' * ```',
      ' * @module',
      ' */',
      `export { clientReady, createClient } from './${dir}/_client.ts';`,
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
