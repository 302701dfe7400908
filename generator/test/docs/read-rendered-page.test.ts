import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocBlock, TableBlock } from '../../src/docs/page-model.ts';
import { comparableFacts, pageOperations } from '../../src/docs/page-operations.ts';
import { readMarkdownPage } from '../../src/docs/read-markdown-page.ts';
import { readRenderedPage } from '../../src/docs/read-rendered-page.ts';
import { LATEST_DOCS, RENDERED_PAGES } from '../../src/docs/snapshots.ts';

const tables = (blocks: readonly DocBlock[]) => blocks.filter((b): b is TableBlock => b.kind === 'table');

describe('rendered-text reader', () => {
  const table: [string, { given: string; want: { title: string; tables: { caption?: string; rows: string[][] }[]; headings: string[] } }][] = [
    [
      'cells one per line, caption, headings without markup',
      {
        given: 'Query API\n\nRequest\n\nParameters\n\nName\n\nRequired\n\nType\n\nDescription\n\nuser_id\n\nRequired\n\nString(32)\n\nThe user\n\nResponse\n\nThe following parameters are returned only when ret_code=0000:\n\nName\n\nRequired\n\nType\n\nDescription\n\ntoken\n\nOptional\n\nString\n\nUsed for Verify API\n\nLast updated\n',
        want: {
          title: 'Query API',
          headings: ['Query API', 'Request', 'Parameters', 'Response'],
          tables: [
            { rows: [['user_id', 'Required', 'String(32)', 'The user']] },
            { caption: 'The following parameters are returned only when ret_code=0000:', rows: [['token', 'Optional', 'String', 'Used for Verify API']] },
          ],
        },
      },
    ],
    [
      'an empty description cell leaves no line',
      {
        given: 'X\n\nName\n\nRequired\n\nType\n\nDescription\n\nbuyer_confirm_valid\n\nOptional\n\nInt\n\nseller_send_valid\n\nOptional\n\nInt\n\nid_no\n\nOptional\n\nString\n\nOnly ID card.\n',
        want: {
          title: 'X',
          headings: ['X'],
          tables: [{ rows: [['buyer_confirm_valid', 'Optional', 'Int', ''], ['seller_send_valid', 'Optional', 'Int', ''], ['id_no', 'Optional', 'String', 'Only ID card.']] }],
        },
      },
    ],
    [
      'site navigation and chrome around the content are dropped',
      {
        given: 'Docs\n  • Introduction\n  • Relevant API\n    • Card Bind\nPowered by GitBook\nOn this page\n  1. Relevant API\n\nCard Bind\n\nPreviousPayment Result Query APINextApply API\n\nLast updated 6 years ago\n\nCard Bind is a process.\n',
        want: { title: 'Card Bind', headings: ['Card Bind'], tables: [] },
      },
    ],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    const page = readRenderedPage('docs/x.md', given);
    expect(page.title).toBe(want.title);
    expect(page.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(want.headings);
    expect(tables(page.blocks).map((t) => ({ ...(t.caption !== undefined && { caption: t.caption }), rows: t.rows }))).toEqual(want.tables);
  });

  it('reads card-bind-overview.txt: title after the navigation, prose, no tables', async () => {
    const page = readRenderedPage('docs/card-bind-overview.md', await readFile(join(RENDERED_PAGES, 'card-bind-overview.txt'), 'utf8'));
    expect(page.title).toBe('Card Bind');
    expect(tables(page.blocks)).toEqual([]);
    expect(page.blocks.some((b) => b.kind === 'paragraph' && b.text.startsWith('Card Bind is a process to record the used card'))).toBe(true);
    expect(page.blocks.some((b) => b.kind === 'paragraph' && b.text.includes('Powered by GitBook'))).toBe(false);
    expect(pageOperations(page).operations).toEqual([]);
  });

  it('the rendered card-bind-unbind page yields the same facts as its markdown page', async () => {
    const rendered = readRenderedPage('docs/card-bind-unbind-api.md', await readFile(join(RENDERED_PAGES, 'card-bind-unbind-api.txt'), 'utf8'));
    const markdown = readMarkdownPage('docs/card-bind-unbind-api.md', await readFile(join(LATEST_DOCS, 'docs/card-bind-unbind-api.md'), 'utf8'));
    const [fromText] = pageOperations(rendered).operations;
    const [fromMarkdown] = pageOperations(markdown).operations;
    expect(fromText).toBeDefined();
    expect(comparableFacts(fromText?.facts ?? { id: '', kind: 'api', request: [] })).toEqual(comparableFacts(fromMarkdown?.facts ?? { id: '', kind: 'api', request: [] }));
    // Descriptions read the same too: the markdown reader flattens markup the way the site renders it.
    expect(fromText?.facts.request).toEqual(fromMarkdown?.facts.request);
    expect(fromText?.facts.responseGroups).toEqual(fromMarkdown?.facts.responseGroups);
    // And the facts are the ones the page states.
    expect(fromText?.facts.endpoint).toBe('https: //traderapi.lianlianpay.com/bankcardunbind.htm');
    expect(fromText?.facts.request.find((f) => f.name === 'pay_type')?.enum?.map((e) => e.value)).toEqual(['2', '3', 'D', 'M', 'F']);
    expect(fromText?.facts.responseGroups?.map((g) => [g.when, g.fields.map((f) => f.name)])).toEqual([[{ field: 'ret_code', values: ['0000'] }, ['sign_type', 'sign']]]);
  });
});
