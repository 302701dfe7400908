import { inlineText } from './inline-text.ts';
import { anchorOf, type DocBlock, type DocPage, type HeadingBlock } from './page-model.ts';

const FENCE = /^\s*(`{3,})/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const RULE = /^\s*(\*\s*){3,}$|^\s*(-\s*){3,}$/;

/**
 * Reads one markdown page of LianLian's docs into blocks: headings, prose, code
 * blocks and tables (pipe tables and the `<table>` markup some pages use), each
 * table with the headings above it and the paragraph right before it (its
 * caption, e.g. "returned only when ```ret_code=0000```:").
 *
 * Tables are read the way the website renders them (GitHub-flavoured markdown):
 * a row with more cells than the header loses the extra ones. That matters for
 * Unified-direct-api.md, whose user_id row is run onto the no_order row's line.
 */
export function readMarkdownPage(path: string, source: string): DocPage {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: DocBlock[] = [];
  const warnings: string[] = [];
  const trail: HeadingBlock[] = [];
  let paragraph: string[] = [];

  const flush = () => {
    const text = inlineText(paragraph.join(' '));
    if (text) blocks.push({ kind: 'paragraph', text });
    paragraph = [];
  };
  const caption = () => {
    const last = blocks.at(-1);
    return last?.kind === 'paragraph' ? last.text : undefined;
  };
  const pushTable = (header: string[], rows: string[][]) => {
    const cap = caption();
    blocks.push({ kind: 'table', headings: trail.map((h) => h.text), ...(cap !== undefined && { caption: cap }), header, rows });
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const opened = i + 1;
      const body: string[] = [];
      let closed = false;
      // Closing fences are sometimes indented with a tab (instant-payment-apply-API.md); accept any indentation.
      for (i++; i < lines.length; i++) {
        if (new RegExp(`^\\s*${fence[1]}\\s*$`).test(lines[i] ?? '')) {
          closed = true;
          break;
        }
        body.push(lines[i] ?? '');
      }
      if (!closed) warnings.push(`${path}: code block opened on line ${opened} is never closed`);
      blocks.push({ kind: 'code', text: body.join('\n').trim() });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      const text = inlineText(heading[2] ?? '');
      const level = heading[1]?.length ?? 1;
      while ((trail.at(-1)?.level ?? 0) >= level) trail.pop();
      const block: HeadingBlock = { kind: 'heading', level, text, anchor: anchorOf(text) };
      trail.push(block);
      blocks.push(block);
      continue;
    }
    if (/^\s*<table\b/i.test(line)) {
      flush();
      const html: string[] = [];
      for (; i < lines.length; i++) {
        html.push(lines[i] ?? '');
        if (/<\/table>/i.test(lines[i] ?? '')) break;
      }
      const [header, ...rows] = htmlTableRows(html.join('\n'));
      if (header) pushTable(header, rows);
      continue;
    }
    if (/^\s*\|/.test(line) && DELIMITER_ROW.test(lines[i + 1] ?? '')) {
      flush();
      const header = pipeCells(line);
      const rows: string[][] = [];
      for (i += 2; i < lines.length && /^\s*\|/.test(lines[i] ?? ''); i++) {
        const cells = pipeCells(lines[i] ?? '');
        if (cells.length > header.length && cells.slice(header.length).some((c) => c !== ''))
          warnings.push(`${path}: table row "${cells[0] ?? ''}" has ${cells.length} cells for ${header.length} columns; the extra cells are not shown on the website`);
        rows.push(header.map((_, c) => cells[c] ?? ''));
      }
      i--;
      pushTable(header, rows);
      continue;
    }
    if (line.trim() === '' || RULE.test(line)) {
      flush();
      continue;
    }
    const bullet = /^\s*(?:[*+-]|\d+\.)\s+/.exec(line) ?? /^\s*>\s?/.exec(line);
    if (bullet) {
      flush();
      paragraph.push(line.slice(bullet[0].length));
      continue;
    }
    paragraph.push(line);
  }
  flush();
  const title = blocks.find((b): b is HeadingBlock => b.kind === 'heading')?.text ?? path;
  return { path, title, blocks, warnings };
}

/** Cells of a `|a|b|` row; escaped pipes (`\|`) stay in the cell. */
function pipeCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => inlineText(c.replace(/\\\|/g, '|')));
}

/**
 * Rows of an HTML table as cell texts. A row with a single `colspan` cell (the
 * "Basic Parameters" / "Business Parameters" bands of
 * aggregate-payment-result-query.md) labels the rows below it and is skipped.
 */
function htmlTableRows(html: string): string[][] {
  const rows: string[][] = [];
  for (const tr of html.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)) {
    const cells = [...(tr[1] ?? '').matchAll(/<t[dh]\b([^>]*)>([\s\S]*?)<\/t[dh]>/gi)];
    if (cells.length === 1 && /colspan/i.test(cells[0]?.[1] ?? '')) continue;
    rows.push(cells.map((c) => inlineText((c[2] ?? '').replace(/<(?!br\b)[^>]+>/gi, ''))));
  }
  return rows;
}
