/**
 * One docs page as both readers see it: the markdown source (read-markdown-page.ts)
 * and the website's plain-text rendering (read-rendered-page.ts) produce the same
 * blocks, so everything after reading is shared.
 */

/** A heading; `level` is unknown (undefined) in rendered text, which drops the `#`s. */
export interface HeadingBlock {
  readonly kind: 'heading';
  readonly level?: number;
  readonly text: string;
  /** GitHub/GitBook anchor, e.g. `synchronous-notification`. */
  readonly anchor: string;
}

/** Prose: a paragraph, list item or block quote, inline markup flattened to text. */
export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly text: string;
}

/** A code block (endpoint, sample request or response), verbatim. */
export interface CodeBlock {
  readonly kind: 'code';
  readonly text: string;
}

/** A table; every cell is flattened text (`<br>`, code spans, links and emphasis removed). */
export interface TableBlock {
  readonly kind: 'table';
  /** Headings above the table, outermost first (rendered text: every heading so far). */
  readonly headings: readonly string[];
  /** The paragraph right above the table, e.g. "The following parameters are returned only when ret_code=0000:". */
  readonly caption?: string;
  readonly header: readonly string[];
  /** Rows as the website shows them: cells past the header's count are dropped, missing ones are `''`. */
  readonly rows: readonly (readonly string[])[];
}

/** One block of a page, in reading order. */
export type DocBlock = HeadingBlock | ParagraphBlock | CodeBlock | TableBlock;

/** A read page. */
export interface DocPage {
  /** Path relative to the docs root, e.g. `docs/card-bind-unbind-api.md`. */
  readonly path: string;
  /** The first heading. */
  readonly title: string;
  readonly blocks: readonly DocBlock[];
  /** Oddities met while reading (rows run together, unclosed code blocks, ...). */
  readonly warnings: readonly string[];
}

/**
 * The anchor GitBook/GitHub give a heading: lower case, punctuation dropped,
 * spaces to hyphens ("Aggregate Payment Synchronous Notification" →
 * `aggregate-payment-synchronous-notification`).
 */
export function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** True for a table whose header starts Name | Required | Type: a parameter table. */
export function isParameterTable(table: TableBlock): boolean {
  const [name, required, type] = table.header.map((h) => h.trim().toLowerCase());
  return name === 'name' && required === 'required' && (type?.startsWith('type') ?? false);
}

/** All the page's text outside parameter tables, whitespace collapsed: what "text-only" changes compare. */
export function proseOf(blocks: readonly DocBlock[]): string {
  return blocks
    .filter((b) => b.kind !== 'table' || !isParameterTable(b))
    .map((b) => (b.kind === 'table' ? [b.header, ...b.rows].map((r) => r.join(' | ')).join('\n') : b.text))
    .join('\n')
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}
