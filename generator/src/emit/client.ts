import type {
  ClassDeclarationStructure,
  ImportDeclarationStructure,
  MethodDeclarationStructure,
  OptionalKind,
  SourceFile,
  StatementStructures,
  TypeAliasDeclarationStructure,
  WriterFunction,
} from 'ts-morph';
import { pascal } from '../ir/build-ir.ts';
import type { Ir, IrOperation, IrProduct } from '../ir/ir-types.ts';
import { effectDoc, outcomeDocs, throwsDocs } from './call-docs.ts';
import { docText } from './doc-text.ts';
import { tsMorph } from '../commonjs.ts';
import { lightProject } from './exported-names.ts';
import { notificationSchemaName } from './openapi.ts';

const { IndentationText, QuoteKind, Scope, StructureKind } = tsMorph;

/**
 * `client.ts`: one resource class per product, one method per operation, and the
 * `LianLian` class that holds them. Method JSDoc comes from the spec, with the doc link;
 * every spec text in it goes through {@link docText}, so the spec cannot write code here.
 */
export function emitClient(ir: Ir): string {
  return clientText(emitClientFile(ir));
}

/** The text of {@link emitClientFile}'s file, as the package holds it. */
export function clientText(file: SourceFile): string {
  return file.getFullText().replace(/\r\n/g, '\n');
}

/** {@link emitClient} as a parsed ts-morph file, so the generator can read its exports without parsing it again. */
export function emitClientFile(ir: Ir): SourceFile {
  // ts-morph prints the file in its final form (two-space indents, single quotes, and the types
  // written below with their semicolons), so TypeScript's formatter, a quarter of a second,
  // never runs; generator/test/client-format.test.ts checks that formatting would change nothing.
  const project = lightProject({ quoteKind: QuoteKind.Single, indentationText: IndentationText.TwoSpaces });
  // The whole file is described first and printed once: adding statements one by one makes
  // ts-morph re-parse the growing file after each (quadratic, most of a second for this file).
  const statements: (StatementStructures | WriterFunction)[] = [];
  const imports: ImportDeclarationStructure[] = [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './runtime/5-client/client-core.ts', namedImports: ['LianLianCore'] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './runtime/4-operations/config.ts', isTypeOnly: true, namedImports: ['LianLianConfig', 'RequestOptions'] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './runtime/4-operations/notification.ts', isTypeOnly: true, namedImports: ['NotificationOptions'] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './runtime/4-operations/outcome.ts', isTypeOnly: true, namedImports: ['Outcome'] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './runtime/4-operations/redirect.ts', isTypeOnly: true, namedImports: ['RedirectForm'] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './operations.ts', namedImports: ['operations'] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './wire-types.ts', isTypeOnly: true, namedImports: ['components'] },
  ];
  const addTypeAlias = (alias: OptionalKind<TypeAliasDeclarationStructure>) => statements.push({ ...alias, kind: StructureKind.TypeAlias });
  addTypeAlias({ name: 'Schemas', type: "components['schemas']" });
  addTypeAlias({
    name: 'Managed',
    docs: ['Fields the client fills in: merchant id, signature, sign type, fixed versions and the request time.'],
    type: "'oid_partner' | 'sign' | 'sign_type' | 'api_version' | 'time_stamp' | 'timestamp' | 'version'",
  });
  addTypeAlias({
    name: 'JsonObject',
    isExported: true,
    docs: ['A JSON-string field (such as `risk_item`) may be given as an object; it is serialized once, with sorted keys, and that exact text is signed.'],
    type: '{ readonly [key: string]: string | number | boolean | null | JsonObject | readonly JsonObject[]; }',
  });

  const apiOps = (p: IrProduct) => p.operations;
  for (const op of ir.operations.filter((o) => o.kind === 'notification')) {
    const name = notificationSchemaName(op);
    addTypeAlias({
      name,
      isExported: true,
      docs: [`Verified fields of ${docText(op.title)}. [Doc page](${docText(op.docUrl)})`],
      type: `Schemas['${name}']`,
    });
  }
  for (const op of ir.operations.filter((o) => o.kind !== 'notification')) {
    const jsonFields = op.request.filter((f) => f.format === 'json-string' && !f.managed).map((f) => f);
    const omit = ['Managed', ...jsonFields.map((f) => `'${f.name}'`)].join(' | ');
    const base = `Omit<Schemas['${op.typeName}Request'], ${omit}>`;
    const paramsDoc = `Parameters for {@link ${productOf(ir, op).className}.${op.method}}. [Doc page](${docText(op.docUrl)})`;
    if (!jsonFields.length) addTypeAlias({ name: `${op.typeName}Params`, isExported: true, docs: [paramsDoc], type: base });
    // Written by hand: each JSON member on its own line under its doc comment (TypeDoc does not read a comment
    // sharing the member's line), and ts-morph would give a multi-line alias type a hanging indent.
    else
      statements.push((w) =>
        w
          .writeLine(`/** ${paramsDoc} */`)
          .write(`export type ${op.typeName}Params = ${base} & `)
          .inlineBlock(() => {
            for (const f of jsonFields) w.writeLine('/** JSON text, or an object the client serializes with sorted keys. */').writeLine(`${f.name}${f.presence === 'required' ? '' : '?'}: string | JsonObject;`);
          })
          .write(';'),
      );
    if (op.kind === 'api')
      addTypeAlias({
        name: `${op.typeName}Response`,
        isExported: true,
        docs: [`Verified answer of {@link ${productOf(ir, op).className}.${op.method}}. [Doc page](${docText(op.docUrl)})`],
        type: `Schemas['${op.typeName}Response']`,
      });
  }

  const byId = new Map(ir.operations.map((o) => [o.id, o]));
  for (const product of ir.products) {
    if (apiOps(product).length === 0) continue;
    statements.push(resourceClass(product, apiOps(product), byId));
  }

  const withApis = ir.products.filter((p) => apiOps(p).length > 0);
  statements.push({
    kind: StructureKind.Class,
    name: 'LianLian',
    isExported: true,
    docs: [
      [
        'LianLian Pay client. Every request is validated against the spec, signed, sent, and its answer verified before it is returned.',
        '',
        '@example',
        '```ts',
        "const ll = new LianLian({ oidPartner: '201304121000001004', privateKey, lianlianPublicKey });",
        "const cards = await ll.cardBind.query({ user_id: 'u1', offset: '0' });",
        '```',
      ].join('\n'),
    ],
    properties: [
      ...withApis.map((p) => ({
        name: p.name,
        isReadonly: true,
        type: p.className,
        docs: [`${docText(p.title)}. [Doc page](${docText(p.docUrl)})`],
      })),
      { name: '#core', isReadonly: true, type: 'LianLianCore' },
    ],
    ctors: [
      {
        parameters: [{ name: 'config', type: 'LianLianConfig' }],
        statements: ['const core = new LianLianCore(config);', 'this.#core = core;', ...withApis.map((p) => `this.${p.name} = new ${p.className}(core);`)],
      },
    ],
    methods: [readyMethod()],
  });

  // Printed in one go, ts-morph puts no blank line after the imports; adding them one by one, it did.
  return project.createSourceFile('client.ts', { statements: [...imports, (w) => w.blankLineIfLastNot(), ...statements] });
}

/** `LianLian#ready()`: the constructor stays synchronous, so the keys are parsed here (or on the first call). */
function readyMethod(): MethodDeclarationStructure {
  return {
    kind: StructureKind.Method,
    name: 'ready',
    scope: Scope.Public,
    isAsync: true,
    docs: [
      [
        'Parses both keys now, so a bad one fails at startup instead of at the first call. The constructor has',
        'already checked the other settings. Resolves with this client; rejects with a `KeyFormatError` whose',
        'message and `setting` name the setting (`privateKey` or `lianlianPublicKey`), never the key text.',
        'Calls made without it parse the keys on first use.',
        '',
        '@example',
        '```ts',
        "const ll = await new LianLian({ oidPartner: '201304121000001004', privateKey, lianlianPublicKey }).ready();",
        '```',
      ].join('\n'),
    ],
    returnType: 'Promise<this>',
    statements: ['await this.#core.ready();', 'return this;'],
  };
}

function resourceClass(product: IrProduct, ops: readonly IrOperation[], byId: ReadonlyMap<string, IrOperation>): ClassDeclarationStructure {
  return {
    kind: StructureKind.Class,
    name: product.className,
    isExported: true,
    docs: [`${docText(product.title)}. [Doc page](${docText(product.docUrl)})`],
    properties: [{ name: '#core', isReadonly: true, type: 'LianLianCore' }],
    ctors: [{ parameters: [{ name: 'core', type: 'LianLianCore' }], statements: ['this.#core = core;'] }],
    methods: ops.flatMap((op) => methods(op, byId)),
  };
}

function methods(op: IrOperation, byId: ReadonlyMap<string, IrOperation>): MethodDeclarationStructure[] {
  const ref = `operations['${op.id}']`;
  const see = `@see ${docText(op.docUrl)}`;
  const summary = docText(op.summary);
  const endpoint = docText(op.endpoint);
  const m = (name: string, doc: string[], parameters: MethodDeclarationStructure['parameters'], returnType: string, statement: string): MethodDeclarationStructure => ({
    kind: StructureKind.Method,
    name,
    scope: Scope.Public,
    docs: [[...doc, '', see].join('\n')],
    parameters,
    returnType,
    statements: [statement],
  });
  const params = [
    { name: 'params', type: `${op.typeName}Params` },
    { name: 'options', type: 'RequestOptions', hasQuestionToken: true },
  ];
  const outcomeMethod = (write: IrOperation, lookup: IrOperation) =>
    m(`${write.method}Outcome`, outcomeDocs(write, lookup), params, `Promise<Outcome<${lookup.typeName}Response>>`, `return this.#core.outcome(${ref}, operations['${lookup.id}'], params, options);`);
  if (op.kind === 'api') {
    const codes = op.successCodes.map((c) => `\`${c}\``).join(' or ');
    return [
      m(
        op.method,
        [summary, '', `\`POST ${endpoint}\`${op.payload !== 'none' ? `, body encrypted as \`pay_load\` (${op.payload})` : ''}. Succeeds on ret_code ${codes}; any other code throws {@link LianLianError}.`, effectDoc(op), '', ...throwsDocs(op)],
        params,
        `Promise<${op.typeName}Response>`,
        `return this.#core.request(${ref}, params, options);`,
      ),
      ...(op.lookup ? [outcomeMethod(op, byId.get(op.lookup.operation)!)] : []),
    ];
  }
  if (op.kind === 'redirect')
    return [
      m(
        op.method,
        [summary, '', `Builds the signed form the payer's browser posts to \`${endpoint}\`: its fields, and \`html()\` for a page that posts itself.`, '', ...throwsDocs(op)],
        params,
        'Promise<RedirectForm>',
        `return this.#core.redirectForm(${ref}, params, options);`,
      ),
    ];
  const type = notificationSchemaName(op);
  return [
    m(
      `${op.method}Handler`,
      [
        summary,
        '',
        'A web-standard `Request → Response` handler: it verifies LianLian\'s signature over the raw body, then calls `onNotification` with the typed fields, and answers `{"ret_code":"0000","ret_msg":"ok"}` only after it resolves; otherwise LianLian retries.',
        'Duplicate deliveries are normal: make `onNotification` idempotent (key it on the order number).',
      ],
      [
        { name: 'onNotification', type: `(notification: ${type}) => unknown | Promise<unknown>` },
        { name: 'options', type: 'NotificationOptions', hasQuestionToken: true },
      ],
      '(request: Request) => Promise<Response>',
      `return this.#core.notificationHandler<${type}>(${ref}, onNotification, options);`,
    ),
    m(
      `parse${pascal(op.method)}`,
      [`Verifies and parses ${docText(op.title)} from a body you already have (${op.encoding === 'json' ? 'the raw JSON text' : 'the form LianLian posts'}).`],
      [{ name: 'body', type: 'string | URLSearchParams' }],
      `Promise<${type}>`,
      `return this.#core.parseNotification<${type}>(${ref}, body);`,
    ),
  ];
}

function productOf(ir: Ir, op: IrOperation): IrProduct {
  const p = ir.products.find((x) => x.name === op.product);
  if (!p) throw new Error(`operation ${op.id} has no product`);
  return p;
}
