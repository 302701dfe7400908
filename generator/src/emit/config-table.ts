import type { JSDoc } from 'ts-morph';
import { lightProject } from './exported-names.ts';
import type { ExportGroup, RuntimeFile } from './runtime-files.ts';

/** Where the client's settings are declared, under generator/runtime. */
export const CONFIG_FILE = '4-operations/config.ts';
/** The folder whose exported classes are the errors a merchant can catch. */
const ERRORS_DIR = '/1-errors-encoding/errors/';

/** One row of the README's configuration table, read from `LianLianConfig` in config.ts. */
export interface ConfigRow {
  readonly name: string;
  /** The declared type, with `|` escaped for a Markdown table cell. */
  readonly type: string;
  /** `required`, or the text after `Default` in the property's JSDoc, or `—` when it names none. */
  readonly default: string;
  /** The JSDoc's first sentence. */
  readonly summary: string;
}

/**
 * `LianLianConfig`'s properties as README rows, from the runtime's own source, so the
 * table cannot drift from what the client accepts. A property without JSDoc is an error:
 * a merchant would get a row that says nothing.
 */
export function configRows(runtime: readonly RuntimeFile[]): ConfigRow[] {
  const file = runtime.find((f) => f.path === CONFIG_FILE);
  if (!file) throw new Error(`generator/runtime/${CONFIG_FILE} is missing: the README's configuration table is read from it`);
  const config = lightProject().createSourceFile(CONFIG_FILE, file.text).getInterface('LianLianConfig');
  if (!config) throw new Error(`generator/runtime/${CONFIG_FILE} declares no LianLianConfig interface`);
  return config.getProperties().map((p) => {
    const doc = plain(p.getJsDocs().map(description).join(' '));
    if (!doc) throw new Error(`LianLianConfig.${p.getName()} (generator/runtime/${CONFIG_FILE}) has no JSDoc: the README's configuration table needs one sentence about it`);
    const sentences = splitSentences(doc);
    const defaultSentence = sentences.find((s) => /^Default\b/.test(s));
    const defaultText = defaultSentence ? withoutParentheses(defaultSentence.replace(/^Default:?\s*/, '').replace(/\.$/, '')) : '';
    return {
      name: p.getName(),
      type: cell(p.getTypeNode()?.getText() ?? 'unknown'),
      default: p.hasQuestionToken() ? cell(defaultText || '—') : 'required',
      summary: cell(sentences[0] ?? doc),
    };
  });
}

/** Classes exported from the runtime's errors folder, in the index's (sorted) order. */
export function errorClasses(runtimeExports: readonly ExportGroup[]): string[] {
  return runtimeExports.filter((g) => g.from.includes(ERRORS_DIR)).flatMap((g) => g.values.filter((v) => /Error$/.test(v)));
}

/**
 * A JSDoc's text before its first block tag. Not ts-morph's `getDescription()`: TypeScript takes
 * any `@word` for a tag, so "e.g. @peculiar/webcrypto's" would end the description mid-sentence.
 */
function description(doc: JSDoc): string {
  return doc.getInnerText().split(/^\s*@[a-z]+\b/im)[0] ?? '';
}

/** JSDoc text on one line: `{@link X}` as `X`, white space collapsed. */
function plain(text: string): string {
  return text.replace(/\{@link\s+([^}\s]+)[^}]*\}/g, '$1').replace(/\s+/g, ' ').trim();
}

/** Sentences end at `. ` outside code spans; `e.g.` and `i.e.` do not end one. */
function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let code = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '`') code = !code;
    if (code || text[i] !== '.' || (text[i + 1] !== undefined && text[i + 1] !== ' ')) continue;
    if (/\b(e\.g|i\.e)$/.test(text.slice(start, i))) continue;
    out.push(text.slice(start, i + 1).trim());
    start = i + 1;
  }
  if (text.slice(start).trim()) out.push(text.slice(start).trim());
  return out;
}

/** "1 MiB (LianLian's answers are a few KB)" → "1 MiB": the reason stays in the JSDoc. */
function withoutParentheses(text: string): string {
  let out = text;
  for (let prev = ''; prev !== out; ) [prev, out] = [out, out.replace(/\s*\([^()]*\)/g, '')];
  return out.trim();
}

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
}
