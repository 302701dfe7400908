/**
 * The spec's `effect`, `lookup` and `notFoundCodes` (issue 12): the loader
 * refuses a lookup that could not be sent or could not tell "not found" from
 * a failure, each problem located, and writes nothing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate, scratchRepo } from './_repo.ts';

describe('spec: effect, lookup, notFoundCodes', () => {
  it('every API call states its effect; a lookup must name a read call with notFoundCodes whose required fields it supplies', async () => {
    const root = await scratchRepo();
    const file = join(root, 'spec/products/instant-payment.yaml');
    const yaml = await readFile(file, 'utf8');
    const broken = yaml
      .replace('    lookup:\n      operation: instantPayment.query\n      fields: [no_order]\n', '    lookup:\n      operation: instantPayment.balance\n      fields: [no_order, money_order]\n') // apply: a query without notFoundCodes, fields it lacks
      .replace(/(id: instantPayment\.query\n(?:.*\n)*?)    effect: read\n    notFoundCodes: \["8901"\]\n/, '$1') // query: no effect at all
      .replace('    lookup:\n      operation: instantPayment.query\n      fields: [no_order]\n', '    lookup:\n      operation: instantPayment.nothing\n      fields: [no_order]\n'); // confirm: an unknown operation
    expect(broken).not.toBe(yaml);
    await writeFile(file, broken);
    const before = await readFile(join(root, 'packages/web/src/operations.ts'), 'utf8');
    const run = await generate(root);
    expect(run.code).toBe(2);
    const problems = run.stderr.split('\n').filter((l) => l.startsWith('spec/products/instant-payment.yaml:'));
    expect(problems.join('\n')).toMatch(/:\d+:\d+: lookup names "instantPayment.balance", which has no notFoundCodes/);
    expect(problems.join('\n')).toMatch(/:\d+:\d+: "no_order" is not a request field of instantPayment.balance/);
    expect(problems.join('\n')).toMatch(/:\d+:\d+: API call "instantPayment.query" needs effect: read .* or write/);
    expect(problems.join('\n')).toMatch(/:\d+:\d+: lookup names "instantPayment.nothing", which is not an operation of instantPayment/);
    expect(await readFile(join(root, 'packages/web/src/operations.ts'), 'utf8')).toBe(before);
  });
});
