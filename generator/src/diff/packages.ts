import { verdictFor, verdictForChanges } from './bump.ts';
import type { OperationChange } from './diff-operations.ts';
import type { TableChange } from './diff-tables.ts';

/** Packages generated from the spec: every operation is in all three (DEVELOPERS.md, "Pipeline"). */
export const GENERATED_PACKAGES = ['@lianlian-sdk/web', '@lianlian-sdk/node', '@lianlian-sdk/deno'] as const;

/**
 * Hand-written, but it serves every `api` operation from the generated
 * `operations` table (packages/sandbox/src/server.ts routes each one and
 * check-request.ts validates requests against it), so fact changes to an API
 * change how it behaves.
 */
export const SANDBOX_PACKAGE = '@lianlian-sdk/sandbox';

/**
 * The packages one operation change touches: the generated clients for any change
 * (facts reach types and validation, words reach the JSDoc), and the sandbox when
 * an `api` operation's facts change or it comes or goes.
 */
export function packagesFor(change: OperationChange): string[] {
  const { bump } = verdictFor(change);
  if (bump === 'none') return [];
  const out: string[] = [...GENERATED_PACKAGES];
  if (change.kind === 'api' && bump !== 'patch') out.push(SANDBOX_PACKAGE);
  return out;
}

/** Table texts the spec copies from the docs word for word (ret_msg as LianLian sends it, currency names); other words are our own. */
const VERBATIM_TEXT = new Set(['ret_msg', 'name']);

/**
 * The packages one shared-table change touches: the generated clients when a
 * fact changes or a text the spec copies verbatim does (each table is emitted
 * into them, emit/shared-tables.ts), and the sandbox when return codes change
 * (it answers with `RETURN_CODES`, packages/sandbox/src/ret-codes.ts).
 */
export function packagesForTable(change: TableChange): string[] {
  const facts = change.status !== 'changed' || verdictForChanges(change.changes).bump !== 'patch';
  const verbatim = change.changes.some((c) => c.kind === 'text' && VERBATIM_TEXT.has(c.what ?? ''));
  if (!facts && !verbatim) return [];
  return [...GENERATED_PACKAGES, ...(change.table === 'returnCodes' ? [SANDBOX_PACKAGE] : [])];
}

/** Every package any of the changes touches, in a stable order. */
export function packagesForAll(changes: readonly OperationChange[], tables: readonly TableChange[] = []): string[] {
  const all = new Set([...changes.flatMap(packagesFor), ...tables.flatMap(packagesForTable)]);
  return [...GENERATED_PACKAGES, SANDBOX_PACKAGE].filter((p) => all.has(p));
}
