import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_DOCS } from '../src/docs/snapshots.ts';
import { loadSpec } from '../src/load/load-spec.ts';
import { REPO } from './_repo.ts';

const DOCS = LATEST_DOCS;

/** Pages SUMMARY.md links whose text has a parameter table (or a `<param list>` tag standing for one). */
async function pagesWithParameters(): Promise<string[]> {
  const summary = await readFile(join(DOCS, 'SUMMARY.md'), 'utf8');
  const pages = [...new Set([...summary.matchAll(/\]\(([^)]+\.md)\)/g)].map((m) => m[1]!))];
  const out: string[] = [];
  for (const page of pages) {
    const text = await readFile(join(DOCS, page), 'utf8').catch(() => '');
    if (/\|\s*Name\s*\|\s*Required\s*\|/i.test(text) || /<param [^>]*list=/.test(text)) out.push(page);
  }
  return out;
}

describe('spec coverage of the docs', () => {
  it('every SUMMARY page with parameters is an operation or a shared table in spec/', async () => {
    const loaded = await loadSpec(join(REPO, 'spec'));
    const covered = new Set<string>(loaded.files.flatMap((f) => f.spec.operations.map((o) => o.doc)));
    for (const table of Object.values(loaded.shared)) covered.add((table as { doc: string }).doc);
    const pages = await pagesWithParameters();
    expect(pages.length).toBeGreaterThan(35);
    expect(pages.filter((p) => !covered.has(p))).toEqual([]);
  });
});
