import { verdictFor } from './bump.ts';
import type { OperationChange } from './diff-operations.ts';

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

/** Every package any of the changes touches, in a stable order. */
export function packagesForAll(changes: readonly OperationChange[]): string[] {
  const all = new Set(changes.flatMap(packagesFor));
  return [...GENERATED_PACKAGES, SANDBOX_PACKAGE].filter((p) => all.has(p));
}
