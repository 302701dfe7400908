import type { FieldRule, OperationDef } from '../../runtime/1-errors-encoding/operation.ts';
import type { Ir, IrField, IrOperation } from '../ir/ir-types.ts';

/** `operations.ts`: the runtime's table of every operation (what to validate, where to send, how to sign). */
export function emitOperations(ir: Ir): string {
  const table: Record<string, OperationDef> = {};
  for (const op of ir.operations) table[op.id] = toDef(op);
  return [
    "import type { OperationDef } from './runtime/1-errors-encoding/operation.ts';",
    '',
    '/** Every operation in the spec, keyed by id. The client, validator and sandbox all read this one table. */',
    `export const operations = ${JSON.stringify(table, null, 2)} as const satisfies Record<string, OperationDef>;`,
    '',
    '/** Operation ids, e.g. `cardBind.query`. */',
    'export type OperationId = keyof typeof operations;',
    '',
  ].join('\n');
}

function toDef(op: IrOperation): OperationDef {
  return {
    id: op.id,
    kind: op.kind,
    endpoint: op.endpoint,
    encoding: op.encoding,
    route: op.route,
    ...(op.effect && { effect: op.effect }),
    ...(op.lookup && { lookup: op.lookup }),
    ...(op.notFoundCodes && { notFoundCodes: op.notFoundCodes }),
    signTypes: op.signTypes,
    payload: op.payload,
    ...(op.apiVersion !== undefined && { apiVersion: op.apiVersion }),
    successCodes: op.successCodes,
    request: op.request.map(rule),
    response: op.response.map(rule),
    responseGroups: op.responseGroups.map((g) => ({ field: g.field, values: g.values, fields: g.fields.map(rule) })),
    doc: op.doc,
  };
}

/** Drops prose; keeps only what the runtime checks. */
export function rule(f: IrField): FieldRule {
  return {
    name: f.name,
    presence: f.presence,
    type: f.type,
    ...(f.maxLength !== undefined && { maxLength: f.maxLength }),
    ...(f.format !== undefined && { format: f.format }),
    ...(f.enum && { enum: f.enum }),
    ...(f.fixed !== undefined && { fixed: f.fixed }),
    ...(f.sensitive && { sensitive: true }),
    ...(f.unsigned && { unsigned: true }),
    ...(f.echo && { echo: true }),
    ...(f.managed && { managed: true }),
    ...(f.items && { items: f.items.map(rule) }),
  };
}
