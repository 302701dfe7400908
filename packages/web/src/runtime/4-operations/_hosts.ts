// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * LianLian's hosts, and the `hosts` setting that sends some of them to another
 * origin: a proxy, an egress gateway, a replayer of recorded traffic.
 * @internal
 * @module
 */
import { ValidationError } from '../1-errors-encoding/errors/validation-error.ts';

/**
 * Every host an operation's endpoint uses (spec/products/*.yaml). The runtime
 * does not see the whole operations table (the functions entry carries one
 * operation per module), so the list lives here; generator/test/runtime/hosts.test.ts
 * fails when the generated table uses a host this list lacks, or the reverse.
 */
export const LIANLIAN_HOSTS: readonly string[] = [
  'fe-pay.lianlianpay.com',
  'instantpay.lianlianpay.com',
  'mpayapi.lianlianpay.com',
  'payment.lianlianpay.com',
  'payserverapi.lianlianpay.com',
  'queryapi.lianlianpay.com',
  'traderapi.lianlianpay.com',
  'wallet.lianlianpay.com',
  'wap.lianlianpay.com',
];

/** A key shown in a message only when it looks like a host name; anything else could be pasted data. */
function shown(key: string): string {
  return /^[A-Za-z0-9.:/-]{1,253}$/.test(key) ? `"${key}"` : `(a key of ${[...key].length} characters)`;
}

function bad(rule: string): never {
  throw new ValidationError('LianLian', 'hosts', rule);
}

/**
 * Checks the `hosts` setting and returns LianLian host → where its calls go
 * (origin, plus the value's path without trailing `/`).
 * @throws {ValidationError} naming the key that is wrong and what would be right
 * @internal
 */
export function checkHosts(hosts: unknown): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  if (hosts === undefined) return out;
  if (typeof hosts !== 'object' || hosts === null || Array.isArray(hosts))
    bad(`must be an object from LianLian host names to origins, e.g. { 'traderapi.lianlianpay.com': 'https://egress.internal:8443' }`);
  for (const [key, value] of Object.entries(hosts as object)) {
    const host = key.toLowerCase();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(key) || key.includes('/'))
      bad(`key ${shown(key)} must be a host name alone, without scheme or path, e.g. "traderapi.lianlianpay.com"`);
    if (!LIANLIAN_HOSTS.includes(host)) bad(`key ${shown(key)} is not a host any operation uses; LianLian's hosts are ${LIANLIAN_HOSTS.join(', ')}`);
    if (out.has(host)) bad(`key ${shown(key)} names ${host} a second time`);
    let url: URL | undefined;
    try {
      url = typeof value === 'string' ? new URL(value) : undefined;
    } catch {
      url = undefined;
    }
    // The value is not quoted: it may carry credentials or a token in its query.
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || !/^https?:\/\//i.test(value as string))
      bad(`value for ${shown(key)} must be an absolute http(s) URL, e.g. "https://egress.internal:8443"`);
    if (url.username || url.password || url.search || url.hash)
      bad(`value for ${shown(key)} must be an origin, optionally with a path: no credentials, query or fragment`);
    out.set(host, url.origin + url.pathname.replace(/\/+$/, ''));
  }
  return out;
}

/**
 * Where a call to `endpoint` goes: the mapped origin (with the endpoint's own
 * path) when `hosts` names its host, else undefined.
 * @internal
 */
export function mappedUrl(hosts: ReadonlyMap<string, string>, endpoint: string): string | undefined {
  if (hosts.size === 0) return undefined;
  const m = /^https?:\/\/([^/?#]+)(.*)$/s.exec(endpoint);
  const origin = m && hosts.get(m[1]!.toLowerCase());
  return origin ? origin + m[2] : undefined;
}
