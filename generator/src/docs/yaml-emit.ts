import type { SpecErratum, SpecEvidence, SpecField, SpecFile, SpecOperation } from '../load/spec-types.ts';

/**
 * Writes spec YAML in the committed files' own style (spec/products/*.yaml):
 * block maps in a fixed key order, enum entries and small lists in flow style,
 * errata prose folded (`>-`), a rule comment above each operation. Used for what
 * the importer adds; what it keeps is left byte for byte (yaml-patch.ts).
 */

/** Key order of a field, as the committed files write it. */
export const FIELD_KEYS = ['name', 'presence', 'condition', 'type', 'maxLength', 'format', 'enum', 'fixed', 'sensitive', 'unsigned', 'echo', 'erratum', 'evidence', 'description', 'items'] as const;

/** Key order of an operation. */
export const OPERATION_KEYS = [
  'id',
  'title',
  'kind',
  'doc',
  'summary',
  'endpoint',
  'encoding',
  'effect',
  'lookup',
  'notFoundCodes',
  'signTypes',
  'payload',
  'apiVersion',
  'successCodes',
  'errata',
  'evidence',
  'request',
  'response',
  'responseGroups',
] as const;

/** The comment line above every operation. */
export const OPERATION_RULE = `# ${'-'.repeat(75)}`;

const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;

/** A scalar, plain when YAML reads it back as the same string, else double-quoted. */
export function scalar(value: string | number | boolean, flow = false): string {
  if (typeof value !== 'string') return String(value);
  const plain =
    /^[A-Za-z(][^\n]*$/.test(value) &&
    !/\s$/.test(value) &&
    !RESERVED.test(value) &&
    !/:(\s|$)|\s#/.test(value) &&
    !(flow && /[,[\]{}]/.test(value));
  return plain ? value : JSON.stringify(value);
}

/** `key: value` lines for one map entry at `indent`. */
export function keyLines(key: string, value: unknown, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (key === 'enum' && Array.isArray(value))
    return [`${pad}enum:`, ...(value as { value: string; label: string }[]).map((e) => `${pad}  - { value: ${scalar(e.value, true)}, label: ${scalar(e.label, true)} }`)];
  if (key === 'items' || key === 'request' || key === 'response' || key === 'fields')
    return (value as SpecField[]).length ? [`${pad}${key}:`, ...(value as SpecField[]).flatMap((f) => fieldLines(f, indent + 2))] : [`${pad}${key}: []`];
  if (key === 'lookup') {
    const l = value as NonNullable<SpecOperation['lookup']>;
    return [
      `${pad}lookup:`,
      `${pad}  operation: ${scalar(l.operation)}`,
      `${pad}  fields: [${l.fields.map((f) => scalar(f, true)).join(', ')}]`,
      ...(l.set ? [`${pad}  set: { ${Object.entries(l.set).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')} }`] : []),
    ];
  }
  if (key === 'notFoundCodes') return [`${pad}${key}: [${(value as string[]).map((v) => JSON.stringify(v)).join(', ')}]`];
  if (key === 'signTypes' || key === 'successCodes')
    return [`${pad}${key}: [${(value as string[]).map((v) => (key === 'successCodes' ? JSON.stringify(v) : scalar(v, true))).join(', ')}]`];
  if (key === 'errata') return [`${pad}errata:`, ...(value as SpecErratum[]).flatMap((e) => erratumLines(e, indent + 2))];
  if (key === 'responseGroups')
    return [
      `${pad}responseGroups:`,
      ...(value as NonNullable<SpecOperation['responseGroups']>).flatMap((g) => [
        `${pad}  - when: { field: ${scalar(g.when.field, true)}, values: [${g.when.values.map((v) => JSON.stringify(v)).join(', ')}] }`,
        ...keyLines('fields', g.fields, indent + 4),
      ]),
    ];
  if (key === 'evidence')
    return [`${pad}evidence:`, ...(value as SpecEvidence[]).flatMap((e) => itemLines(e as unknown as Record<string, unknown>, ['source', 'path', 'line', 'shows'], indent + 2))];
  if (key === 'docSays' || key === 'weUse' || key === 'otherReading' || key === 'shows') return foldedLines(key, String(value), indent);
  return [`${pad}${key}: ${scalar(value as string | number | boolean)}`];
}

/** One field as a list item: `- name: …` at `indent`, its other keys two columns in. */
export function fieldLines(field: SpecField, indent: number): string[] {
  return itemLines(field as unknown as Record<string, unknown>, FIELD_KEYS, indent);
}

/** One operation as a list item. */
export function operationLines(op: SpecOperation, indent: number): string[] {
  return itemLines(op as unknown as Record<string, unknown>, OPERATION_KEYS, indent);
}

function erratumLines(e: SpecErratum, indent: number): string[] {
  return itemLines(e as unknown as Record<string, unknown>, ['id', 'doc', 'field', 'docSays', 'weUse', 'otherReading', 'evidence'], indent);
}

function itemLines(map: Record<string, unknown>, order: readonly string[], indent: number): string[] {
  const keys = [...order.filter((k) => map[k] !== undefined), ...Object.keys(map).filter((k) => !order.includes(k) && map[k] !== undefined)];
  const lines = keys.flatMap((k) => keyLines(k, map[k], indent + 2));
  if (lines[0] !== undefined) lines[0] = `${' '.repeat(indent)}- ${lines[0].slice(indent + 2)}`;
  return lines;
}

/** Long prose as a folded block (`>-`), wrapped near 88 columns; one line when short or when folding would change it. */
function foldedLines(key: string, text: string, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (/\n| {2}|^\s|\s$/.test(text) || text.length + indent + key.length < 80) return [`${pad}${key}: ${scalar(text)}`];
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent + 2 + line.length + 1 + word.length > 88) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return [`${pad}${key}: >-`, ...out.map((l) => `${pad}  ${l}`)];
}

/** A whole new spec file. */
export function fileText(spec: SpecFile): string {
  const lines = [
    '# yaml-language-server: $schema=../schema/spec.schema.json',
    'version: 1',
    `product: ${scalar(spec.product)}`,
    `title: ${scalar(spec.title)}`,
    `doc: ${scalar(spec.doc)}`,
    '',
  ];
  if (spec.errata?.length) lines.push(...keyLines('errata', spec.errata, 0), '');
  lines.push('operations:');
  spec.operations.forEach((op, i) => {
    if (i > 0) lines.push('');
    lines.push(`  ${OPERATION_RULE}`, ...operationLines(op, 2));
  });
  return `${lines.join('\n')}\n`;
}
