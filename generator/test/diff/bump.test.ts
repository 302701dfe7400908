import { describe, expect, it } from 'vitest';
import { bumpFor, type Bump } from '../../src/diff/bump.ts';
import { diffOperations } from '../../src/diff/diff-operations.ts';
import type { FieldFacts, OperationFacts } from '../../src/diff/operation-facts.ts';
import { packagesFor, packagesForAll } from '../../src/diff/packages.ts';

const field = (over: Partial<FieldFacts> = {}): FieldFacts => ({ name: 'pay_type', presence: 'optional', type: 'string', description: 'Payment product.', ...over });
const op = (request: FieldFacts[], over: Partial<OperationFacts> = {}): OperationFacts => ({
  id: 'cardBind.apply',
  kind: 'api',
  endpoint: 'https://traderapi.lianlianpay.com/bankcardbind.htm',
  request,
  ...over,
});
const values = (...v: string[]) => v.map((value) => ({ value, label: `label ${value}` }));

/** One spec before and after; the bump the diff between them calls for. */
describe('bumpFor: each rule', () => {
  const table: [string, { given: { before: OperationFacts[]; after: OperationFacts[] }; want: Bump }][] = [
    ['nothing changed', { given: { before: [op([field()])], after: [op([field()])] }, want: 'none' }],
    // major
    ['operation removed', { given: { before: [op([field()])], after: [] }, want: 'major' }],
    ['field removed', { given: { before: [op([field(), field({ name: 'cvv2' })])], after: [op([field()])] }, want: 'major' }],
    ['field newly required', { given: { before: [op([field()])], after: [op([field({ presence: 'required' })])] }, want: 'major' }],
    ['field newly conditional', { given: { before: [op([field()])], after: [op([field({ presence: 'conditional', condition: 'card is credit' })])] }, want: 'major' }],
    ['required field added', { given: { before: [op([])], after: [op([field({ presence: 'required' })])] }, want: 'major' }],
    ['enum narrowed (value removed)', { given: { before: [op([field({ enum: values('2', '3') })])], after: [op([field({ enum: values('2') })])] }, want: 'major' }],
    ['enum introduced on a free field', { given: { before: [op([field()])], after: [op([field({ enum: values('2') })])] }, want: 'major' }],
    ['type changed', { given: { before: [op([field()])], after: [op([field({ type: 'integer' })])] }, want: 'major' }],
    ['max length shortened', { given: { before: [op([field({ maxLength: 32 })])], after: [op([field({ maxLength: 16 })])] }, want: 'major' }],
    ['max length introduced', { given: { before: [op([field()])], after: [op([field({ maxLength: 16 })])] }, want: 'major' }],
    ['fixed value changed', { given: { before: [op([field({ fixed: '1.0' })])], after: [op([field({ fixed: '1.1' })])] }, want: 'major' }],
    ['format introduced', { given: { before: [op([field()])], after: [op([field({ format: 'money' })])] }, want: 'major' }],
    ['field left the signature', { given: { before: [op([field()])], after: [op([field({ unsigned: true })])] }, want: 'major' }],
    ['endpoint changed', { given: { before: [op([field()])], after: [op([field()], { endpoint: 'https://traderapi.lianlianpay.com/other.htm' })] }, want: 'major' }],
    [
      'response field moved to another group',
      {
        given: {
          before: [op([], { responseGroups: [{ when: { field: 'ret_code', values: ['0000'] }, fields: [field({ name: 'token' })] }] })],
          after: [op([], { responseGroups: [{ when: { field: 'ret_code', values: ['8888'] }, fields: [field({ name: 'token' })] }] })],
        },
        want: 'major',
      },
    ],
    // minor
    ['operation added', { given: { before: [], after: [op([field()])] }, want: 'minor' }],
    ['optional field added', { given: { before: [op([])], after: [op([field()])] }, want: 'minor' }],
    ['enum widened', { given: { before: [op([field({ enum: values('2') })])], after: [op([field({ enum: values('2', '3') })])] }, want: 'minor' }],
    ['max length lengthened', { given: { before: [op([field({ maxLength: 16 })])], after: [op([field({ maxLength: 32 })])] }, want: 'minor' }],
    ['max length lifted', { given: { before: [op([field({ maxLength: 16 })])], after: [op([field()])] }, want: 'minor' }],
    ['field no longer required', { given: { before: [op([field({ presence: 'required' })])], after: [op([field()])] }, want: 'minor' }],
    ['enum lifted', { given: { before: [op([field({ enum: values('2') })])], after: [op([field()])] }, want: 'minor' }],
    // patch
    ['description only', { given: { before: [op([field()])], after: [op([field({ description: 'Payment product, reworded.' })])] }, want: 'patch' }],
    ['enum label only', { given: { before: [op([field({ enum: values('2') })])], after: [op([field({ enum: [{ value: '2', label: 'Debit card' }] })])] }, want: 'patch' }],
    ['summary only', { given: { before: [op([field()], { summary: 'a' })], after: [op([field()], { summary: 'b' })] }, want: 'patch' }],
    // the largest wins
    ['the largest wins: minor over patch', { given: { before: [op([field({ maxLength: 16 })])], after: [op([field({ name: 'x' }), field({ maxLength: 32, description: 'new' })])] }, want: 'minor' }],
    [
      'across operations',
      { given: { before: [op([field()]), op([field()], { id: 'mpay.apply' })], after: [op([field({ description: 'x' })]), op([], { id: 'mpay.apply' })] }, want: 'major' },
    ],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    expect(bumpFor(diffOperations(given.before, given.after))).toBe(want);
  });
});

describe('packages a change touches', () => {
  const table: [string, { given: { before: OperationFacts[]; after: OperationFacts[] }; want: string[] }][] = [
    ['an API fact change: the clients and the sandbox', { given: { before: [op([field()])], after: [op([field({ presence: 'required' })])] }, want: ['@lianlian-sdk/web', '@lianlian-sdk/node', '@lianlian-sdk/deno', '@lianlian-sdk/sandbox'] }],
    [
      'a notification fact change: the clients only (the sandbox serves APIs)',
      { given: { before: [op([field()], { kind: 'notification' })], after: [op([field({ presence: 'required' })], { kind: 'notification' })] }, want: ['@lianlian-sdk/web', '@lianlian-sdk/node', '@lianlian-sdk/deno'] },
    ],
    ['words only: the clients (JSDoc), not the sandbox', { given: { before: [op([field()])], after: [op([field({ description: 'x' })])] }, want: ['@lianlian-sdk/web', '@lianlian-sdk/node', '@lianlian-sdk/deno'] }],
    ['an API added: the sandbox routes it', { given: { before: [], after: [op([])] }, want: ['@lianlian-sdk/web', '@lianlian-sdk/node', '@lianlian-sdk/deno', '@lianlian-sdk/sandbox'] }],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    const changes = diffOperations(given.before, given.after);
    expect(changes).toHaveLength(1);
    expect(packagesFor(changes[0] ?? { id: '', kind: 'api', status: 'changed', changes: [] })).toEqual(want);
    expect(packagesForAll(changes)).toEqual(want);
  });
});
