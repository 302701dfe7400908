import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Ir } from '../ir/ir-types.ts';

/** An operation the committed packages have and the spec no longer produces. */
export interface RemovedOperation {
  readonly id: string;
  /** The spec file of its product, or why there is none. */
  readonly from: string;
}

/**
 * Operations in the generated `operations.ts` files a run is about to overwrite that the new
 * IR lacks: removing one breaks every caller, so `generate` refuses unless told it is meant.
 * `tables` are the operations.ts paths, relative to `root`; a missing file is a first generation.
 */
export async function removedOperations(root: string, tables: readonly string[], ir: Ir): Promise<RemovedOperation[]> {
  const before = new Set<string>();
  for (const path of tables) {
    const text = await readFile(join(root, path), 'utf8').catch(() => undefined);
    if (text !== undefined) for (const id of operationIds(path, text)) before.add(id);
  }
  const now = new Set(ir.operations.map((op) => op.id));
  return [...before]
    .filter((id) => !now.has(id))
    .sort()
    .map((id) => {
      const product = id.split('.')[0] ?? id;
      const file = ir.products.find((p) => p.name === product)?.specFile;
      return { id, from: file ?? `product ${product}: no spec file defines it any more` };
    });
}

/** The keys of the `operations` table in a generated operations.ts. */
export function operationIds(path: string, text: string): string[] {
  const m = /^export const operations = (\{[\s\S]*?\n\}) as const satisfies Record<string, OperationDef>;$/m.exec(text);
  let table: unknown;
  try {
    table = m?.[1] && JSON.parse(m[1]);
  } catch {
    table = undefined;
  }
  // Fail closed: without the old ids, removals could not be told apart from a first generation.
  if (!table || typeof table !== 'object') throw new Error(`${path}: cannot read its operations table, so removed operations cannot be found; restore it from git (it is generated) and run again`);
  return Object.keys(table);
}
