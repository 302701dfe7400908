import { operations, type OperationDef } from '@lianlian-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLS } from './_calls.ts';
import { startTestEnv, type TestEnv } from './_helpers.ts';
import { specViolations } from './_spec.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await startTestEnv();
});
afterAll(() => env.sandbox.close());

const apiOps = (Object.values(operations) as OperationDef[]).filter((op) => op.kind === 'api');

describe('every api operation', () => {
  it('has a valid call in this table', () => {
    expect(apiOps.map((op) => op.id).filter((id) => !CALLS[id])).toEqual([]);
    expect(apiOps.length).toBeGreaterThanOrEqual(29);
  });

  it.each(apiOps.map((op) => [op.id, op] as const))('%s answers a signed success that conforms to the spec', async (id, op) => {
    // The client has already verified the sandbox's signature (it throws otherwise) and the success code.
    const answer = (await CALLS[id]!(env, `u-${id}`)) as Record<string, unknown>;
    expect(op.successCodes).toContain(answer.ret_code);
    expect(specViolations(op, answer)).toEqual([]);
  });
});
