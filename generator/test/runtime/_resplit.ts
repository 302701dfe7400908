/**
 * The re-split property of issue 9, shared by signed-fields.test.ts (a few
 * thousand cases) and bench/resplit.property.ts (≥ 100,000): for any two maps
 * with the same signature source (so the same signature), what a merchant's
 * code receives is identical, or at least one of them is refused.
 *
 * The second map is built the way an attacker would: the first map's source
 * cut at other `&`s and `=`s, values type-confused (`"7"` → 7, `"1.00"` → 1),
 * and `null`/`""` fields added, which the source leaves out.
 */
import fc from 'fast-check';
import type { FieldRule } from '../../runtime/1-errors-encoding/operation.ts';
import { AmbiguousMessage, signedFields } from '../../runtime/3-sign-verify/signed-fields.ts';
import { signatureSource } from '../../runtime/1-errors-encoding/signature-source.ts';

/** A notification's rules: money, a free-text field LianLian echoes, a JSON field, an integer. */
export const RULES: FieldRule[] = [
  { name: 'oid_partner', presence: 'required', type: 'string' },
  { name: 'no_order', presence: 'required', type: 'string' },
  { name: 'money_order', presence: 'required', type: 'string', format: 'money' },
  { name: 'info_order', presence: 'optional', type: 'string' },
  { name: 'result_pay', presence: 'required', type: 'string' },
  { name: 'risk_item', presence: 'optional', type: 'string', format: 'json-string' },
  { name: 'gateway_url', presence: 'optional', type: 'string', format: 'url' },
  { name: 'count', presence: 'optional', type: 'integer' },
];

const KEYS = [...RULES.map((r) => r.name), 'result_payz', 'a', 'b', 'x=y', 'p&q', '__proto__', 'constructor', ''];
const PIECES = ['1', '9', '0.01', '9999.00', 'SUCCESS', 'B', '&', '=', '&money_order=9999.00', '&no_order=B', '{', '}', '"', ':', '[', ']', ',', '\\', 'https://h/p?', ' ', '支付'];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((parts) => parts.join(''));
const jsonText = fc.dictionary(fc.constantFrom('k', 'no_order', '&x', 'a=b'), text, { maxKeys: 3 }).map((o) => JSON.stringify(o));
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 2, arbitrary: jsonText },
  { weight: 1, arbitrary: fc.constantFrom(null, '', undefined, true, 7, 1.5, Number.NaN) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('k', '&'), text, { maxKeys: 2 }) },
  { weight: 1, arbitrary: fc.array(text, { maxLength: 2 }) },
);

/** A message as it might arrive: any of the keys, with any value. */
export const message = fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 7 });

/** Random cut points and type confusions, applied by {@link resplit}. */
export const cuts = fc.record({
  joinMask: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
  confuse: fc.boolean(),
  extras: fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(null, '', undefined)), { maxLength: 2 }),
});

/** Another map with the same signature source, or undefined when the cuts give none. */
export function resplit(source: string, c: { joinMask: boolean[]; confuse: boolean; extras: [string, unknown][] }): Record<string, unknown> | undefined {
  const segments = source.split('&');
  const groups: string[] = [];
  segments.forEach((seg, i) => {
    if (i > 0 && c.joinMask[i % c.joinMask.length]) groups[groups.length - 1] += `&${seg}`;
    else groups.push(seg);
  });
  const out: Record<string, unknown> = {};
  for (const g of groups) {
    const eq = g.indexOf('=');
    if (eq < 0) return undefined;
    const key = g.slice(0, eq);
    if (Object.hasOwn(out, key)) return undefined;
    const raw = g.slice(eq + 1);
    out[key] = c.confuse && /^\d{1,9}$/.test(raw) ? Number(raw) : raw;
  }
  for (const [key, empty] of c.extras) if (!Object.hasOwn(out, key)) out[key] = empty;
  return out;
}

function accept(fields: Record<string, unknown>): Record<string, unknown> | undefined {
  try {
    return signedFields(fields, RULES);
  } catch (error) {
    if (error instanceof AmbiguousMessage) return undefined;
    throw error;
  }
}

function sourceOf(fields: Record<string, unknown>): string | undefined {
  try {
    return signatureSource(fields);
  } catch {
    return undefined; // NaN and the like: no signer could have produced it
  }
}

/** Counts of what the property saw, to report. */
export interface ResplitStats {
  cases: number;
  sameSource: number;
  bothAccepted: number;
}

/** The property: two maps with one source are never both accepted with different meanings. */
export function resplitProperty(stats: ResplitStats) {
  return fc.property(message, cuts, (first, c) => {
    stats.cases++;
    const source = sourceOf(first);
    if (source === undefined) return;
    const second = resplit(source, c);
    if (!second || sourceOf(second) !== source) return;
    stats.sameSource++;
    const a = accept({ ...first, sign: 'S' });
    const b = accept({ ...second, sign: 'S' });
    if (a && b) {
      stats.bothAccepted++;
      if (JSON.stringify(a) !== JSON.stringify(b) || Object.keys(a).join() !== Object.keys(b).join())
        throw new Error(`two readings of one source were accepted: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    }
  });
}
