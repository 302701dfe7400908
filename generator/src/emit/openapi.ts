import type { Ir, IrField, IrOperation } from '../ir/ir-types.ts';

type Schema = Record<string, unknown>;

/** Regexes for the spec's formats, so OpenAPI tools can check values too. */
const FORMAT_PATTERNS: Record<string, string> = {
  datetime14: '^[0-9]{14}$',
  date8: '^[0-9]{8}$',
  money: '^(0|[1-9][0-9]*)\\.[0-9]{2}$',
  currency: '^[A-Z]{3}$',
  digits: '^[0-9]+$',
};

/**
 * OpenAPI 3.1 document for the whole spec. Each operation carries its own
 * `servers` entry because LianLian spreads endpoints over several hosts;
 * signing and encryption travel as `x-lianlian-*` extensions.
 */
export function emitOpenApi(ir: Ir, version: string): Schema {
  const paths: Record<string, Schema> = {};
  const schemas: Record<string, Schema> = {};
  const webhooks: Record<string, Schema> = {};
  for (const op of ir.operations) {
    schemas[op.kind === 'notification' ? notificationSchemaName(op) : `${op.typeName}Request`] = objectSchema(op.request);
    if (op.kind !== 'notification') schemas[`${op.typeName}Response`] = responseSchema(op);
  }
  // Several doc pages can describe one endpoint (e.g. MPAY and Easypay result queries):
  // such a path lists every operation, and its bodies are a oneOf.
  const byPath = new Map<string, IrOperation[]>();
  for (const op of ir.operations.filter((o) => o.kind !== 'notification')) {
    const key = new URL(op.endpoint).pathname;
    byPath.set(key, [...(byPath.get(key) ?? []), op]);
  }
  for (const [path, ops] of byPath) {
    const first = ops[0]!;
    const ref = (suffix: string) => (ops.length === 1 ? { $ref: `#/components/schemas/${first.typeName}${suffix}` } : { oneOf: ops.map((o) => ({ $ref: `#/components/schemas/${o.typeName}${suffix}` })) });
    const mediaType = first.encoding === 'form' ? 'application/x-www-form-urlencoded' : 'application/json';
    paths[path] = {
      post: {
        operationId: first.id,
        summary: first.title,
        description: first.summary,
        tags: [first.product],
        servers: [...new Set(ops.map((o) => new URL(o.endpoint).origin))].map((url) => ({ url })),
        externalDocs: { url: first.docUrl },
        ...(ops.length > 1 && { 'x-lianlian-operations': ops.map((o) => ({ id: o.id, docUrl: o.docUrl })) }),
        ...(first.kind === 'redirect' && { 'x-lianlian-redirect': true }),
        'x-lianlian-route': first.route,
        ...(first.effect && { 'x-lianlian-effect': first.effect }),
        'x-lianlian-sign-types': first.signTypes,
        'x-lianlian-payload': first.payload,
        'x-lianlian-success-codes': first.successCodes,
        ...(first.apiVersion !== undefined && { 'x-lianlian-api-version': first.apiVersion }),
        ...(first.errata.length > 0 && { 'x-lianlian-errata': first.errata }),
        requestBody: { required: true, content: { [mediaType]: { schema: ref('Request') } } },
        responses: {
          '200': {
            description: first.kind === 'redirect' ? 'LianLian\'s payment page (HTML).' : `Signed answer; success when ret_code is ${first.successCodes.join(' or ')}.`,
            ...(first.kind !== 'redirect' && { content: { 'application/json': { schema: ref('Response') } } }),
          },
        },
      },
    };
  }
  for (const op of ir.operations.filter((o) => o.kind === 'notification')) {
    webhooks[op.id] = {
      post: {
        operationId: op.id,
        summary: op.title,
        description: op.summary,
        tags: [op.product],
        externalDocs: { url: op.docUrl },
        'x-lianlian-sign-types': op.signTypes,
        requestBody: {
          required: true,
          content: { [op.encoding === 'json' ? 'application/json' : 'application/x-www-form-urlencoded']: { schema: { $ref: `#/components/schemas/${notificationSchemaName(op)}` } } },
        },
        responses: { '200': { description: 'Answer {"ret_code":"0000","ret_msg":"ok"} once handled (async-notification-concept.md).' } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'LianLian Pay server-to-server APIs',
      version,
      description: 'Generated from spec/ by lianlian-sdk. Descriptions are ours; facts come from the linked doc pages.',
    },
    tags: ir.products.map((p) => ({ name: p.name, description: p.title, externalDocs: { url: p.docUrl } })),
    paths,
    ...(Object.keys(webhooks).length > 0 && { webhooks }),
    components: { schemas },
  };
}

/** The success answer: always-present fields, the groups success codes select, and other groups as optional. */
function responseSchema(op: IrOperation): Schema {
  const fields: IrField[] = [...op.response];
  for (const g of op.responseGroups) {
    const onSuccess = g.field === 'ret_code' && g.values.some((v) => op.successCodes.includes(v));
    fields.push(...g.fields.map((f) => (onSuccess ? f : { ...f, presence: 'optional' as const })));
  }
  const unsigned = fields.filter((f) => f.unsigned);
  const schema = objectSchema(fields.filter((f) => !f.unsigned));
  if (unsigned.length === 0) return schema;
  const properties = schema.properties as Record<string, Schema>;
  properties.unverified = { ...objectSchema(unsigned.map((f) => ({ ...f, presence: 'optional' as const }))), description: 'Fields LianLian leaves out of its signature, kept apart: display them, never act on them.' };
  return schema;
}

function objectSchema(fields: readonly IrField[]): Schema {
  const properties: Record<string, Schema> = {};
  for (const f of fields) properties[f.name] = fieldSchema(f);
  const required = fields.filter((f) => f.presence === 'required').map((f) => f.name);
  return { type: 'object', properties, ...(required.length && { required }), additionalProperties: false };
}

function fieldSchema(f: IrField): Schema {
  const s: Schema = { description: describeField(f) };
  if (f.type === 'list') Object.assign(s, { type: 'array', items: objectSchema(f.items ?? []) });
  else if (f.type === 'object') Object.assign(s, objectSchema(f.items ?? []), { description: s.description });
  else s.type = f.type;
  if (f.maxLength !== undefined) s.maxLength = f.maxLength;
  if (f.format !== undefined) {
    s['x-lianlian-format'] = f.format;
    if (FORMAT_PATTERNS[f.format]) s.pattern = FORMAT_PATTERNS[f.format];
    if (f.format === 'url') s.format = 'uri';
  }
  // The spec writes enum values as text; an integer field's values are numbers on the wire.
  if (f.enum) s.enum = f.type === 'integer' ? f.enum.map(Number) : [...f.enum];
  if (f.fixed !== undefined) s.const = f.fixed;
  if (f.sensitive) s['x-lianlian-sensitive'] = true;
  // The client discards an answer whose echoed identifier differs from the request's.
  if (f.echo) s['x-lianlian-echo'] = true;
  if (f.erratum) s['x-lianlian-erratum'] = f.erratum;
  return s;
}

function describeField(f: IrField): string {
  const parts = [f.description];
  if (f.condition) parts.push(`Needed when: ${f.condition}.`);
  if (f.enumLabels) parts.push(f.enumLabels.map((e) => `\`${e.value}\`: ${e.label}`).join('; ') + '.');
  return parts.join(' ');
}

/** `EasypayNotification`, `OnlineBankingSyncNotification`: the type stem already says what it is. */
export function notificationSchemaName(op: IrOperation): string {
  return op.typeName.endsWith('Notification') ? op.typeName : `${op.typeName}Notification`;
}
