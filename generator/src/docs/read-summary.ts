/** One link of SUMMARY.md, the docs' table of contents. */
export interface SummaryEntry {
  /** The `## Section` it is listed under, e.g. "MPAY Payment API". */
  readonly section: string;
  /** Link text, e.g. "Card Bind Apply API". */
  readonly title: string;
  /** Page path relative to the docs root, e.g. `docs/MPAY-card-bind-apply.md`. */
  readonly path: string;
  /** 0 for a top-level item, 1 for an item nested under it, ... */
  readonly depth: number;
  /**
   * The product the page belongs to: the top-level item it is nested under
   * ("Card Bind" for its Apply/Verify/... pages), the item itself when it has
   * children, else the section ("Instant Payment").
   */
  readonly group: string;
}

/**
 * Walks SUMMARY.md: `## Section` headings and nested `* [title](path)` lists.
 *
 * @example
 * readSummary('## Relevant API\n* [Card Bind](docs/card-bind-overview.md)\n    * [Apply API](docs/card-bind-apply-api.md)\n')
 * // [{ section: 'Relevant API', title: 'Card Bind', depth: 0, group: 'Card Bind', ... }, { title: 'Apply API', depth: 1, group: 'Card Bind', ... }]
 */
export function readSummary(source: string): SummaryEntry[] {
  const raw: { section: string; title: string; path: string; depth: number }[] = [];
  let section = '';
  const indents: number[] = [];
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = /^#{1,6}\s+(.*?)\s*$/.exec(line);
    if (heading) {
      section = heading[1] ?? '';
      indents.length = 0;
      continue;
    }
    const item = /^(\s*)[*+-]\s+\[([^\]]*)\]\(([^)]+)\)/.exec(line);
    if (!item) continue;
    const indent = (item[1] ?? '').replace(/\t/g, '    ').length;
    while ((indents.at(-1) ?? -1) >= indent) indents.pop();
    raw.push({ section, title: (item[2] ?? '').trim(), path: (item[3] ?? '').trim().replace(/^\.?\//, ''), depth: indents.length });
    indents.push(indent);
  }
  let top: { title: string; hasChildren: boolean } | undefined;
  return raw.map((e, i) => {
    if (e.depth === 0) top = { title: e.title, hasChildren: (raw[i + 1]?.depth ?? 0) > 0 && raw[i + 1]?.section === e.section };
    const group = e.depth > 0 || top?.hasChildren ? (top?.title ?? e.section) : e.section;
    return { ...e, group };
  });
}
