/** What the sentence above a parameter table says about it. */
export type Caption =
  /** "The following parameters are returned only when ```ret_code=0000```:" — a response group. */
  | { readonly kind: 'when'; readonly field: string; readonly values: readonly string[] }
  /** "Below parameters are included in ```agreement_list```:" — the members of a list field. */
  | { readonly kind: 'items'; readonly of: string }
  | { readonly kind: 'none' };

/**
 * Reads a table caption. The docs phrase groups as "returned only when X=Y"
 * (card-bind-apply-api.md, exchange-payment-apply-api.md) and list members as
 * "included in X" (card-bind-query-api.md).
 *
 * @example
 * parseCaption('The following parameters are returned only when ret_code=0000:') // { kind: 'when', field: 'ret_code', values: ['0000'] }
 */
export function parseCaption(text: string | undefined): Caption {
  if (!text) return { kind: 'none' };
  const when = /\breturned only when\s+([a-z][a-z0-9_]*)\s*=\s*([A-Za-z0-9_.]+)/i.exec(text);
  if (when?.[1] && when[2]) return { kind: 'when', field: when[1], values: [when[2]] };
  const items = /\b(?:included in|members of|items of)\s+([a-z][A-Za-z0-9_]*)/i.exec(text);
  if (items?.[1]) return { kind: 'items', of: items[1] };
  return { kind: 'none' };
}
