import { join } from 'node:path';
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { emitClient } from '../src/emit/client.ts';
import { buildIr } from '../src/ir/build-ir.ts';
import { loadSpec } from '../src/load/load-spec.ts';
import { poisonSpec, withPayload } from './_hostile-spec.ts';
import { REPO, scratchRepo } from './_repo.ts';

/** The text after TypeScript's formatter, with the settings client.ts was formatted with before it was printed in its final form. */
function formatted(text: string): string {
  const file = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true }).createSourceFile('client.ts', text);
  file.formatText({ indentSize: 2, convertTabsToSpaces: true, semicolons: 'insert' as never });
  return file.getFullText();
}

describe('client.ts is printed already formatted', () => {
  it("TypeScript's formatter changes nothing in the client of the whole spec", async () => {
    const client = emitClient(buildIr(await loadSpec(join(REPO, 'spec'))));
    expect(client).toContain('export class LianLian');
    expect(formatted(client)).toBe(client);
  });

  it('nor in the client of a spec with a payload in every text field', async () => {
    const root = await scratchRepo();
    await poisonSpec(join(root, 'spec'), withPayload);
    const client = emitClient(buildIr(await loadSpec(join(root, 'spec'))));
    expect(client).toContain('globalThis.pwned');
    expect(formatted(client)).toBe(client);
  });
});
