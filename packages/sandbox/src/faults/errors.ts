/** The error a fault that cannot be armed throws (Node) or answers (`/_sandbox/faults`, HTTP 400 / 409). */

/** A fault refused: `field` names the input at fault, the message says what would be right. */
export class FaultArmingError extends TypeError {
  override readonly name = 'FaultArmingError';

  constructor(
    /** The field as the caller spelt it (`delay_ms` over HTTP, `delayMs` from Node), or `body` / `faults`. */
    readonly field: string,
    /** What is wrong and what would be right. */
    readonly reason: string,
    /** The HTTP status the admin route answers: 400 for bad input, 409 when too many faults are armed. */
    readonly status: 400 | 409 = 400,
  ) {
    super(`${field}: ${reason}`);
  }
}

/** A value as the caller sent it, short enough for a message: these are test settings, never payment data. */
export function shown(value: unknown): string {
  const text =
    typeof value === 'string' ? JSON.stringify(value)
    : typeof value === 'number' ? String(value)
    : value === undefined ? 'nothing'
    : value === null ? 'null'
    : Array.isArray(value) ? 'an array'
    : `a ${typeof value}`;
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
