import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isPair, isScalar, parseDocument, visit } from 'yaml';

/** Closes a JSDoc comment, runs code, reopens one; starts with a tag so it could also inject `@internal`. */
export const PAYLOAD = '@internal */ globalThis.pwned = 1; /*';

/** Every key whose value is free spec text (see spec/schema/*.schema.json): each gets the payload. */
const TEXT_KEYS = new Set(['title', 'summary', 'description', 'label', 'condition', 'docSays', 'weUse', 'msg', 'fileName']);

/**
 * Rewrites every spec file under `specDir`: `inject(text, key)` for each free-text value, and the
 * payload (no spaces: the schema allows any non-space) after each endpoint's path.
 * Returns how many text values and endpoints it changed.
 */
export async function poisonSpec(specDir: string, inject: (text: string, key: string) => string): Promise<{ texts: number; endpoints: number }> {
  const changed = { texts: 0, endpoints: 0 };
  for (const sub of ['products', 'shared']) {
    for (const name of (await readdir(join(specDir, sub))).filter((n) => n.endsWith('.yaml'))) {
      const path = join(specDir, sub, name);
      const doc = parseDocument(await readFile(path, 'utf8'));
      visit(doc, {
        Pair: (_, pair) => {
          if (!isPair(pair) || !isScalar(pair.key) || !isScalar(pair.value) || typeof pair.value.value !== 'string') return;
          const key = String(pair.key.value);
          const isCurrencyName = key === 'name' && sub === 'shared' && name === 'currencies.yaml';
          if (TEXT_KEYS.has(key) || isCurrencyName) {
            pair.value.value = inject(pair.value.value, key);
            changed.texts++;
          } else if (key === 'endpoint') {
            pair.value.value = `${pair.value.value}${PAYLOAD.replace(/ /g, '')}`;
            changed.endpoints++;
          }
        },
      });
      await writeFile(path, doc.toString({ lineWidth: 0 }));
    }
  }
  return changed;
}

/**
 * The payload around `text`: before it, or for a condition the risk_item builder checks
 * (`<field> is <value> or …`), glued to its last value so the condition still parses and the
 * generated rules keep their shape.
 */
export function withPayload(text: string, key: string): string {
  if (key === 'condition' && /^[a-z][a-z0-9_]* is \S+(?: or \S+)*$/.test(text)) return `${text}${PAYLOAD.replace(/ /g, '')}`;
  return `${PAYLOAD} ${text}`;
}
