import { describe, expect, it } from 'vitest';
import { classify } from '../../src/diff/bump.ts';
import { diffOperations, type Change, type OperationChange } from '../../src/diff/diff-operations.ts';
import type { FieldFacts, OperationFacts } from '../../src/diff/operation-facts.ts';

const f = (name: string, over: Partial<FieldFacts> = {}): FieldFacts => ({ name, presence: 'optional', type: 'string', ...over });
const api = (id: string, over: Partial<OperationFacts> = {}): OperationFacts => ({ id, kind: 'api', request: [], ...over });

describe('diffOperations', () => {
  const table: [string, { given: { before: OperationFacts[]; after: OperationFacts[] }; want: OperationChange[] }][] = [
    ['equal operations: no change', { given: { before: [api('a.b', { request: [f('x')] })], after: [api('a.b', { request: [f('x')] })] }, want: [] }],
    [
      // payment-risk-item.md: "0, ID Card … X, Other Certificates By default is 0, currently only 0 is supported" reads as 0 twice.
      'a value listed twice: its first label counts, so equal cells stay equal',
      {
        given: {
          before: [api('a.b', { request: [f('t', { enum: [{ value: '0', label: 'ID card' }, { value: 'X', label: 'Other' }, { value: '0', label: 'only 0 is supported' }] })] })],
          after: [api('a.b', { request: [f('t', { enum: [{ value: '0', label: 'ID card' }, { value: 'X', label: 'Other' }, { value: '0', label: 'only 0 is supported' }] })] })],
        },
        want: [],
      },
    ],
    [
      'operations added and removed',
      { given: { before: [api('a.old')], after: [api('a.new')] }, want: [{ id: 'a.old', kind: 'api', status: 'removed', changes: [] }, { id: 'a.new', kind: 'api', status: 'added', changes: [] }] },
    ],
    [
      'fields added and removed, with their presence',
      {
        given: { before: [api('a.b', { request: [f('x'), f('gone', { presence: 'required' })] })], after: [api('a.b', { request: [f('x'), f('new')] })] },
        want: [
          {
            id: 'a.b',
            kind: 'api',
            status: 'changed',
            changes: [
              { kind: 'field-removed', target: 'request.gone', before: 'required' },
              { kind: 'field-added', target: 'request.new', after: 'optional' },
            ],
          },
        ],
      },
    ],
    [
      'every fact of a field',
      {
        given: {
          before: [api('a.b', { request: [f('x', { maxLength: 3, format: 'url', fixed: '1', description: 'old' })] })],
          after: [api('a.b', { request: [f('x', { presence: 'required', type: 'integer', format: 'money', description: 'new' })] })],
        },
        want: [
          {
            id: 'a.b',
            kind: 'api',
            status: 'changed',
            changes: [
              { kind: 'presence', target: 'request.x', before: 'optional', after: 'required' },
              { kind: 'type', target: 'request.x', before: 'string', after: 'integer' },
              { kind: 'max-length', target: 'request.x', before: 3 },
              { kind: 'format', target: 'request.x', before: 'url', after: 'money' },
              { kind: 'fixed', target: 'request.x', before: '1' },
              { kind: 'text', target: 'request.x', what: 'description', before: 'old', after: 'new' },
            ],
          },
        ],
      },
    ],
    [
      'enum values added, removed and relabelled',
      {
        given: {
          before: [api('a.b', { request: [f('t', { enum: [{ value: '2', label: 'Debit' }, { value: '3', label: 'Credit' }] })] })],
          after: [api('a.b', { request: [f('t', { enum: [{ value: '2', label: 'Debit card' }, { value: 'P', label: 'Authenticated' }] })] })],
        },
        want: [
          {
            id: 'a.b',
            kind: 'api',
            status: 'changed',
            changes: [
              { kind: 'enum-added', target: 'request.t', values: ['P'] },
              { kind: 'enum-removed', target: 'request.t', values: ['3'] },
              { kind: 'text', target: 'request.t', what: 'label 2', before: 'Debit', after: 'Debit card' },
            ],
          },
        ],
      },
    ],
    [
      'list items, addressed with []',
      {
        given: {
          before: [api('a.b', { response: [f('agreement_list', { type: 'list', items: [f('card_no', { maxLength: 4 })] })] })],
          after: [api('a.b', { response: [f('agreement_list', { type: 'list', items: [f('card_no', { maxLength: 19 })] })] })],
        },
        want: [{ id: 'a.b', kind: 'api', status: 'changed', changes: [{ kind: 'max-length', target: 'response.agreement_list[].card_no', before: 4, after: 19 }] }],
      },
    ],
    [
      'response fields matched across groups; a group condition of several values ignores their order',
      {
        given: {
          before: [api('a.b', { responseGroups: [{ when: { field: 'ret_code', values: ['8888', '0000'] }, fields: [f('token')] }] })],
          after: [api('a.b', { responseGroups: [{ when: { field: 'ret_code', values: ['0000', '8888'] }, fields: [f('token')] }], response: [f('ret_code')] })],
        },
        want: [{ id: 'a.b', kind: 'api', status: 'changed', changes: [{ kind: 'field-added', target: 'response.ret_code', after: 'optional' }] }],
      },
    ],
    [
      'endpoint and words of the operation',
      {
        given: { before: [api('a.b', { endpoint: 'https://x/1', summary: 's' })], after: [api('a.b', { endpoint: 'https://x/2', summary: 't' })] },
        want: [
          {
            id: 'a.b',
            kind: 'api',
            status: 'changed',
            changes: [
              { kind: 'endpoint', target: '', before: 'https://x/1', after: 'https://x/2' },
              { kind: 'text', target: '', what: 'summary', before: 's', after: 't' },
            ],
          },
        ],
      },
    ],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    expect(diffOperations(given.before, given.after)).toEqual(want);
  });
});

describe('classify: the reason given with each bump', () => {
  const table: [string, { given: Change; want: ReturnType<typeof classify> }][] = [
    ['field removed', { given: { kind: 'field-removed', target: 'request.cvv2', before: 'optional' }, want: { bump: 'major', reason: 'field removed' } }],
    ['newly required', { given: { kind: 'presence', target: 'request.pay_type', before: 'optional', after: 'required' }, want: { bump: 'major', reason: 'field newly required' } }],
    ['enum narrowed', { given: { kind: 'enum-removed', target: 'request.t', values: ['3'] }, want: { bump: 'major', reason: 'enum narrowed (value removed)' } }],
    ['type changed', { given: { kind: 'type', target: 'request.t', before: 'string', after: 'integer' }, want: { bump: 'major', reason: 'type changed' } }],
    ['shortened', { given: { kind: 'max-length', target: 'request.t', before: 32, after: 16 }, want: { bump: 'major', reason: 'max length shortened' } }],
    ['optional added', { given: { kind: 'field-added', target: 'request.t', after: 'optional' }, want: { bump: 'minor', reason: 'optional field added' } }],
    ['enum widened', { given: { kind: 'enum-added', target: 'request.t', values: ['P'] }, want: { bump: 'minor', reason: 'enum widened' } }],
    ['lengthened', { given: { kind: 'max-length', target: 'request.t', before: 16, after: 32 }, want: { bump: 'minor', reason: 'max length lengthened' } }],
    ['text', { given: { kind: 'text', target: 'request.t', what: 'description' }, want: { bump: 'patch', reason: 'text only' } }],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    expect(classify(given)).toEqual(want);
  });
});
