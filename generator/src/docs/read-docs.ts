import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isParameterTable, type DocPage } from './page-model.ts';
import { pageOperations, type PageOperation } from './page-operations.ts';
import { readMarkdownPage } from './read-markdown-page.ts';
import { readRenderedPage } from './read-rendered-page.ts';
import { readSummary, type SummaryEntry } from './read-summary.ts';

/** A docs revision, read. */
export interface DocSet {
  readonly root: string;
  readonly summary: readonly SummaryEntry[];
  /** Pages by the path SUMMARY.md (or the spec) uses for them. */
  readonly pages: ReadonlyMap<string, DocPage>;
  /** Raw text by path (line endings normalised), for "text changed" checks. */
  readonly texts: ReadonlyMap<string, string>;
  /** Path asked for → the file actually read, when a table-less page was read from its docs/ copy. */
  readonly substitutes: ReadonlyMap<string, string>;
  /** Rendered pages (rendered-pages/<stem>.txt) by the markdown path they show. */
  readonly rendered: ReadonlyMap<string, DocPage>;
  /** Paths listed but absent. */
  readonly missing: readonly string[];
}

/** Options for {@link readDocs}. */
export interface ReadDocsOptions {
  /** More pages to read besides SUMMARY.md's (the spec's `doc:` paths). */
  readonly extraPages?: readonly string[];
  /** A folder of rendered pages (`<stem>.txt` shows `docs/<stem>.md`). */
  readonly renderedDir?: string;
}

/**
 * Reads SUMMARY.md and every page it links (plus `extraPages`).
 *
 * A page whose file holds no parameter table, or is missing, is read from the
 * file of the same name under docs/ when that one has tables: SUMMARY.md links
 * Unified-direct-api.md at the docs root, a heading-only stub, while the text
 * lives in docs/Unified-direct-api.md (spec erratum unified-root-pages-empty).
 */
export async function readDocs(root: string, options: ReadDocsOptions = {}): Promise<DocSet> {
  const summary = readSummary(await readFile(join(root, 'SUMMARY.md'), 'utf8'));
  const paths = [...new Set([...summary.map((e) => e.path), ...(options.extraPages ?? [])].map((p) => p.split('#')[0] ?? p))];
  const pages = new Map<string, DocPage>();
  const texts = new Map<string, string>();
  const substitutes = new Map<string, string>();
  const missing: string[] = [];
  for (const path of paths) {
    const text = await readText(root, path);
    if (text !== undefined) texts.set(path, text);
    let page = text === undefined ? undefined : readMarkdownPage(path, text);
    if (!page || !hasParameterTables(page)) {
      const copy = `docs/${basename(path)}`;
      const copyText = copy === path ? undefined : await readText(root, copy);
      const copyPage = copyText === undefined ? undefined : readMarkdownPage(path, copyText);
      if (copyPage && hasParameterTables(copyPage)) {
        page = copyPage;
        substitutes.set(path, copy);
      }
    }
    if (page) pages.set(path, page);
    else missing.push(path);
  }
  const rendered = new Map<string, DocPage>();
  if (options.renderedDir !== undefined) {
    for (const name of (await readdir(options.renderedDir).catch(() => [] as string[])).filter((n) => n.endsWith('.txt')).sort()) {
      const path = `docs/${name.slice(0, -'.txt'.length)}.md`;
      rendered.set(path, readRenderedPage(path, await readFile(join(options.renderedDir, name), 'utf8')));
    }
  }
  return { root, summary, pages, texts, substitutes, rendered, missing };
}

/** Every operation the set documents, by doc path (`docs/x.md` or `docs/x.md#anchor`), and notes on pages that document none. */
export function docOperations(set: DocSet): { byDoc: Map<string, PageOperation>; notes: string[] } {
  const byDoc = new Map<string, PageOperation>();
  const notes: string[] = [];
  const paths = [...new Set([...set.pages.keys(), ...set.rendered.keys()])];
  for (const path of paths) {
    const page = set.pages.get(path) ?? set.rendered.get(path);
    if (!page) continue;
    const reading = pageOperations(page);
    if (reading.notAnOperation) notes.push(`${path}: ${reading.notAnOperation}; not an operation`);
    for (const op of reading.operations) byDoc.set(op.doc, op);
  }
  return { byDoc, notes };
}

function hasParameterTables(page: DocPage): boolean {
  return page.blocks.some((b) => b.kind === 'table' && isParameterTable(b));
}

async function readText(root: string, path: string): Promise<string | undefined> {
  const text = await readFile(join(root, path), 'utf8').catch(() => undefined);
  return text?.replace(/\r\n?/g, '\n');
}
