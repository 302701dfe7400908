import { join, resolve } from 'node:path';

/** LianLian's docs, committed verbatim as inputs (docs-snapshots/README.md says where each comes from). */
export const SNAPSHOTS = resolve(import.meta.dirname, '../../../docs-snapshots');

/** The latest docs revision: SUMMARY.md and the pages it links. import-docs reads it by default. */
export const LATEST_DOCS = join(SNAPSHOTS, 'lianlian-docs');

/** The revision of 2019-09-17, the "old" side of the docs-drift tests. */
export const DOCS_2019_09_17 = join(SNAPSHOTS, 'lianlian-docs-2019-09-17');

/** Pages as the docs website renders them (`<stem>.txt` shows `docs/<stem>.md`). */
export const RENDERED_PAGES = join(SNAPSHOTS, 'rendered-pages');
