/**
 * The JSDoc both APIs give an operation (the LianLian class's method and the
 * standalone function): whether a failed call is retried, and what it throws.
 */
import type { IrOperation } from '../ir/ir-types.ts';

/** One sentence on retries, from the operation's `effect`. */
export function effectDoc(op: IrOperation): string {
  return op.effect === 'read'
    ? 'Read-only: retried on network errors, 429 and 5xx, with backoff and `Retry-After` (the `retry` setting; 0 turns it off).'
    : 'Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.';
}

/** `@throws` lines for an API call or a redirect form. */
export function throwsDocs(op: IrOperation): string[] {
  const codes = op.successCodes.map((c) => `\`${c}\``).join(' or ');
  const before = ['@throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent', '@throws {KeyFormatError} a key in the config cannot be parsed'];
  if (op.kind !== 'api') return before;
  return [
    ...before,
    `@throws {LianLianError} LianLian answered a ret_code other than ${codes}`,
    "@throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded",
    '@throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted',
  ];
}

/** The doc of a write call's `…Outcome` method / function: what it sends and what its answer means. */
export function outcomeDocs(write: IrOperation, lookup: IrOperation): string[] {
  const by = write.lookup!.fields.map((f) => `\`${f}\``).join(', ');
  const missing = lookup.notFoundCodes!.map((c) => `\`${c}\``).join(' or ');
  return [
    `What became of a call to \`${write.id}\` that failed with a \`TransportError\` whose \`mayHaveBeenProcessed\` is true: sends \`${lookup.id}\` with the call's ${by} (pass the same params the call was made with).`,
    '',
    `\`{ found: true, answer }\`: LianLian has it; the answer says its state. \`{ found: false }\` (ret_code ${missing}): it did not take effect; send the call again under the same order number, never a new one (a second copy is refused as a duplicate, 1002).`,
    '',
    '@throws {TransportError} the query got no usable answer (it is retried first); ask again later',
    "@throws {SignatureVerificationError} the query's answer does not verify",
    '@throws {LianLianError} the query failed with another ret_code',
  ];
}
