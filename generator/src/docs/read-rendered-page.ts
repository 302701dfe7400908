import { anchorOf, type DocBlock, type DocPage } from './page-model.ts';

/** The column headers every parameter table starts with. */
const TABLE_HEADER = ['Name', 'Required', 'Type', 'Description'];
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const PRESENCE = /^(required|optional|conditional)\b/i;
const TYPE = /^(string|int|integer|list|object|number)\b/i;

/**
 * Reads a page as the docs website renders it to plain text
 * (rendered-pages/*.txt): every table cell and heading on its own line,
 * separated by blank lines; code blocks are runs of lines without blank lines
 * between them; no markup at all. A site page may start with the navigation
 * (bullet list down to "Powered by GitBook", then "On this page", the
 * breadcrumb, the title, "Previous…Next…" and "Last updated…"); the page ends at
 * a "Last updated" footer.
 *
 * Headings cannot be told from paragraphs by markup, so a chunk counts as a
 * heading when it is one short line without closing punctuation.
 */
export function readRenderedPage(path: string, source: string): DocPage {
  const lines = stripChrome(source.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd()));
  const chunks = chunksOf(lines);
  const blocks: DocBlock[] = [];
  const headings: string[] = [];
  let title: string | undefined;

  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i] ?? [];
    const first = chunk[0] ?? '';
    if (chunk.length === 1 && isHeaderAt(chunks, i)) {
      const last = blocks.at(-1);
      const caption = last?.kind === 'paragraph' ? last.text : undefined;
      const rows: string[][] = [];
      i += TABLE_HEADER.length;
      while (isRowStart(chunks, i)) {
        const row = [one(chunks[i]), one(chunks[i + 1]), one(chunks[i + 2])];
        // An empty description cell leaves no line: the next chunk then starts another row.
        const hasDescription = i + 3 < chunks.length && !isRowStart(chunks, i + 3) && (chunks[i + 3]?.length ?? 0) === 1;
        row.push(hasDescription ? one(chunks[i + 3]) : '');
        rows.push(row);
        i += hasDescription ? 4 : 3;
      }
      i--;
      blocks.push({ kind: 'table', headings: [...headings], ...(caption !== undefined && { caption }), header: TABLE_HEADER, rows });
      continue;
    }
    if (chunk.length > 1 || /^https?:\s?\/\//.test(first) || /^(curl|<form|\{)/.test(first)) {
      blocks.push({ kind: 'code', text: chunk.join('\n').trim() });
      continue;
    }
    const text = first.replace(/^\s*•\s*/, '').replace(/\s+/g, ' ').trim();
    if (title === undefined || isHeading(first)) {
      title ??= text;
      headings.push(text);
      blocks.push({ kind: 'heading', text, anchor: anchorOf(text) });
      continue;
    }
    blocks.push({ kind: 'paragraph', text });
  }
  return { path, title: title ?? path, blocks, warnings: [] };
}

/** Drops the site navigation and page chrome around the content. */
function stripChrome(lines: string[]): string[] {
  let start = 0;
  const powered = lines.findIndex((l) => l.trim() === 'Powered by GitBook');
  if (powered >= 0) {
    start = powered + 1;
    if (lines[start]?.trim() === 'On this page') start++;
    while (/^\s*\d+\.\s/.test(lines[start] ?? '')) start++; // breadcrumb
  }
  const content = lines.slice(start);
  // The footer ("Last updated" alone) ends the page; "Last updated 6 years ago" under the title is chrome.
  const footer = content.findIndex((l) => l.trim() === 'Last updated');
  return (footer >= 0 ? content.slice(0, footer) : content).filter((l) => !/^(Previous.*Next|Last updated\b)/.test(l.trim()));
}

/** Groups lines into chunks separated by blank lines. */
function chunksOf(lines: readonly string[]): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length) chunks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) chunks.push(current);
  return chunks;
}

function one(chunk: readonly string[] | undefined): string {
  return (chunk ?? []).join(' ').replace(/\s+/g, ' ').trim();
}

function isHeaderAt(chunks: readonly (readonly string[])[], i: number): boolean {
  return TABLE_HEADER.every((h, k) => chunks[i + k]?.length === 1 && one(chunks[i + k]) === h);
}

function isRowStart(chunks: readonly (readonly string[])[], i: number): boolean {
  return (
    FIELD_NAME.test(one(chunks[i])) &&
    chunks[i]?.length === 1 &&
    PRESENCE.test(one(chunks[i + 1])) &&
    TYPE.test(one(chunks[i + 2]))
  );
}

/** A short line without closing punctuation: "Request Parameters", "Sample Response". */
function isHeading(line: string): boolean {
  const t = line.trim();
  return t.length <= 60 && !/[.:;,。：!?]$/.test(t) && !t.startsWith('•') && t.split(/\s+/).length <= 7;
}
