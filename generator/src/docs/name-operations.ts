import type { SpecFile } from '../load/spec-types.ts';
import type { SummaryEntry } from './read-summary.ts';

/** Where an operation the spec lacks goes, and what it is called. */
export interface Placement {
  /** Spec file name, e.g. `instant-payment.yaml`. */
  readonly file: string;
  readonly product: string;
  readonly productTitle: string;
  /** The product's overview page (first page of its SUMMARY group). */
  readonly productDoc: string;
  readonly id: string;
}

const NOISE = new Set(['api', 'md', 'the', 'a', 'of']);

/**
 * Proposes a home and an id for a docs operation the spec does not have yet:
 * the spec file that already holds a page of the same SUMMARY group (so MPAY
 * pages join mpay.yaml), else a new file named after the group; the id is the
 * link text without the product's words ("MPAY Apply Direct API" in product mpay
 * → `mpay.applyDirect`, "balance-query-api" in instantPayment → `balanceQuery`).
 */
export function placeOperation(
  doc: string,
  sectionTitle: string | undefined,
  summary: readonly SummaryEntry[],
  files: readonly { readonly path: string; readonly spec: SpecFile }[],
  taken: ReadonlySet<string>,
): Placement {
  const page = doc.split('#')[0] ?? doc;
  const entry = summary.find((e) => e.path === page);
  const group = entry?.group ?? 'Other';
  const groupPages = new Set(summary.filter((e) => e.group === group).map((e) => e.path));
  const home = files.find((f) => groupPages.has(f.spec.doc) || f.spec.operations.some((op) => groupPages.has(op.doc.split('#')[0] ?? op.doc)));
  const product = home?.spec.product ?? camel(words(group));
  const productWords = new Set([...words(home?.spec.title ?? group), ...words(product)]);
  const stem = page.replace(/^.*\//, '').replace(/\.md$/, '');
  // A section operation is named by its page and its heading: "WEB Payment API" + "Synchronous Notification".
  const named = [...words(entry?.title ?? stem), ...words(sectionTitle ?? '')].filter((w, i, all) => !productWords.has(w) && all.indexOf(w) === i);
  const base = camel(named) || camel(words(stem));
  let id = `${product}.${base}`;
  for (let n = 2; taken.has(id); n++) id = `${product}.${base}${n}`;
  return {
    file: home ? (home.path.split('/').pop() ?? home.path) : `${words(group).join('-')}.yaml`,
    product,
    productTitle: home?.spec.title ?? group,
    productDoc: home?.spec.doc ?? summary.find((e) => e.group === group)?.path ?? page,
    id,
  };
}

/** Lower-case words of a title or file name, without noise ("API", ".md"). */
function words(text: string): string[] {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !NOISE.has(w));
}

function camel(parts: readonly string[]): string {
  return parts.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('');
}
