/** LianLian's clock is China Standard Time, UTC+8 with no daylight saving (exchange-payment-apply-api.md: "LianLian's server(GMT +8)"). */
const UTC8_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * Formats an instant as LianLian's `yyyyMMddHHmmss` in UTC+8, whatever the host's time zone.
 * Use it for `dt_order`; the client fills `time_stamp` itself.
 *
 * @example
 * lianlianTime(new Date('2024-01-31T16:30:00Z')) // '20240201003000'
 */
export function lianlianTime(instant: Date = new Date()): string {
  const t = new Date(instant.getTime() + UTC8_OFFSET_MS);
  if (Number.isNaN(t.getTime())) throw new RangeError('lianlianTime: invalid Date');
  return (
    pad(t.getUTCFullYear(), 4) +
    pad(t.getUTCMonth() + 1) +
    pad(t.getUTCDate()) +
    pad(t.getUTCHours()) +
    pad(t.getUTCMinutes()) +
    pad(t.getUTCSeconds())
  );
}

/**
 * Reads a `yyyyMMddHHmmss` (UTC+8) or `yyyyMMdd` value back into an instant.
 * Returns `undefined` when the text is not a real calendar time.
 */
export function parseLianLianTime(text: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1).map((x) => (x === undefined ? undefined : Number(x))) as number[];
  const utc = Date.UTC(y!, mo! - 1, d!, h, mi, s);
  const back = new Date(utc);
  const valid =
    back.getUTCFullYear() === y && back.getUTCMonth() === mo! - 1 && back.getUTCDate() === d && back.getUTCHours() === h && back.getUTCMinutes() === mi && back.getUTCSeconds() === s;
  return valid ? new Date(utc - UTC8_OFFSET_MS) : undefined;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
