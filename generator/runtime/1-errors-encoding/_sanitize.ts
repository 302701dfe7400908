/**
 * Text hygiene for error messages: every error class runs its message through
 * {@link cleanMessage}, and text that comes from outside (LianLian's ret_msg and
 * ret_code, fields of an answer) through {@link quoteExternal} as well, so that a
 * log line or an error tracker never receives terminal escapes, URL credentials
 * or personal data.
 * @internal
 * @module
 */

// Every pattern is bounded (no unbounded run before a fixed character), so a 1 MiB answer costs linear time.
// ANSI escape sequences (CSI, OSC, two-byte ESC forms) go whole, so no "[31m" is left behind.
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]{0,256}(?:\u0007|\u001b\\)?|[@-_])|\u009b[0-?]*[ -/]*[@-~]/g;
// C0, DEL, C1 and the line/paragraph separators break a log line: each run becomes one space.
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
// Format controls draw nothing but can reorder or hide text (U+202E, U+2066–2069, zero widths, BOM): removed.
const FORMAT = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;
const URL = /\b[a-z][a-z0-9+.-]{0,31}:\/\/[^\s"'<>`]*/gi;

/** Strips control and format characters and URL credentials and query values; for every error message. */
export function cleanMessage(text: string): string {
  return stripUrlSecrets(stripControls(text));
}

/** Removes ANSI escapes, bidi and other format controls; C0/C1 controls, CR and LF become a space. */
export function stripControls(text: string): string {
  return text.replace(ANSI, '').replace(BREAKS, ' ').replace(FORMAT, '');
}

/**
 * `https://user:pass@host/p?token=abc#x` → `https://***@host/p?token=***#***`, for
 * every URL in `text`. The authority ends at the first `/`, `?` or `#`, and the
 * userinfo at its last `@`, as in the WHATWG URL parser.
 */
export function stripUrlSecrets(text: string): string {
  return text.replace(URL, (url) => {
    const m = /^([^:]+:\/\/)([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/s.exec(url);
    if (!m) return url;
    const [, scheme, authority = '', path = '', query, fragment] = m;
    const at = authority.lastIndexOf('@');
    const host = at < 0 ? authority : `***@${authority.slice(at + 1)}`;
    const q = query === undefined ? '' : query.replace(/([?&;])([^&;=]*)(=?)[^&;]*/g, (_, sep: string, key: string, eq: string) => (eq ? `${sep}${key}=***` : sep === '?' && !key ? '?' : `${sep}***`));
    return scheme + host + path + q + (fragment && fragment.length > 1 ? '#***' : (fragment ?? ''));
  });
}

// Personal data shapes in free text: 7+ digits (card, phone, ID numbers; spaces or dashes between groups allowed,
// a trailing X for Chinese ID numbers), e-mail addresses, and 16+ base64 characters (keys, tokens, signatures).
const DIGIT_RUN = /\d(?:[ -]?\d){6,}[Xx]?/g;
const EMAIL = /[^\s@"'<>(),;:]{1,64}@[^\s@"'<>(),;:]{1,255}/g;
const BASE64_RUN = /[A-Za-z0-9+/]{16,}={0,2}/g;
// `password=…`, `token: …` and the like: the value goes, the name stays.
const SECRET_VALUE = /\b(pass(?:word|wd)?|pwd|secret|token|api[_-]?key|key)(\s*[=:：]\s*)[^\s,;&，；]+/gi;

/** Most characters of outside text quoted in a message. */
export const QUOTE_MAX = 200;

/**
 * Card, phone and ID numbers, e-mail addresses, key-like runs and the values of
 * `password=`, `token:` and the like replaced by `***`.
 * `keyRuns: 'mixed'` spares runs of letters alone (`EncryptedPrivateKeyInfo`), for
 * messages of our own that name formats. A name inside free text cannot be told
 * from other words and is not masked.
 */
export function maskPersonalData(text: string, keyRuns: 'all' | 'mixed' = 'all'): string {
  return text
    .replace(SECRET_VALUE, '$1$2***')
    .replace(EMAIL, '***')
    .replace(DIGIT_RUN, '***')
    .replace(BASE64_RUN, (run) => (keyRuns === 'all' || /[\d+/]/.test(run) ? '***' : run));
}

/** Outside text made safe to quote: {@link cleanMessage}, {@link maskPersonalData}, cut at `max` characters. */
export function quoteExternal(text: string, max = QUOTE_MAX): string {
  // Cut first (masking only shortens), dropping a token the cut split: half a card number is still personal data.
  const head = text.length > max * 4 ? text.slice(0, max * 4).replace(/\S*$/, '') : text;
  const masked = maskPersonalData(cleanMessage(head)).trim();
  const chars = [...masked];
  return chars.length > max || head !== text ? `${chars.slice(0, max).join('')}…` : masked;
}

/**
 * True for short code-like text that cannot be personal data: at most 16 of
 * `A-Z a-z 0-9 _ . -` and no run of 7 digits (the shortest card, phone or ID
 * fragment worth hiding). Enum values, ret_codes and field names pass.
 */
export function isSafeToken(text: string, max = 16): boolean {
  return text.length <= max && /^[A-Za-z0-9_.-]+$/.test(text) && !/\d{7}/.test(text);
}

/**
 * Scrubs an error's cause chain in place with {@link cleanMessage} (message and
 * stack; `errors` of an AggregateError too). The causes are the runtime's own
 * error objects for one call (fetch's TypeError quotes the URL, credentials
 * included), so logging `err.cause` must be as safe as logging `err`.
 */
export function scrubCause(cause: unknown, seen = new Set<unknown>()): void {
  if (cause === null || typeof cause !== 'object' || seen.has(cause) || seen.size > 16) return;
  seen.add(cause);
  const err = cause as { message?: unknown; stack?: unknown; cause?: unknown; errors?: unknown };
  for (const key of ['message', 'stack'] as const) {
    const value = err[key];
    if (typeof value !== 'string') continue;
    const clean = value.split('\n').map(cleanMessage).join('\n');
    if (clean === value) continue;
    try {
      Object.defineProperty(err, key, { value: clean, writable: true, configurable: true, enumerable: false });
    } catch {
      // A frozen error keeps its text; the message of the error that wraps it is clean either way.
    }
  }
  scrubCause(err.cause, seen);
  if (Array.isArray(err.errors)) for (const e of err.errors) scrubCause(e, seen);
}
