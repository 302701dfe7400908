// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import { cleanMessage } from '../_sanitize.ts';
import { errorJson } from './_error-json.ts';

/** A field path such as `risk_item`, `airline_list[0].dt_flight` or `oidPartner`. */
const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(?:\[\d{1,6}\])?(?:\.[A-Za-z_][A-Za-z0-9_]*(?:\[\d{1,6}\])?)*$/;

/**
 * A request parameter breaks a rule from the spec. Raised before anything is signed or sent.
 * `field` is the caller's key; one that does not look like a field name (it could be data
 * pasted as a key) is replaced by a description of it.
 */
export class ValidationError extends Error {
  /** The class name, set explicitly so it survives minification and shows in logs. */
  override readonly name = 'ValidationError';
  /** The operation id the error comes from, e.g. `cardBind.query`. */
  readonly operation: string;
  /** The offending parameter's path, e.g. `risk_item` or `airline_list[0].dt_flight`. */
  readonly field: string;
  /** The rule it breaks, in words (e.g. `is required`). */
  readonly rule: string;

  constructor(operation: string, field: string, rule: string) {
    const shown = field.length <= 64 && FIELD.test(field) && !/\d{7}/.test(field) ? field : `(a key of ${[...field].length} characters)`;
    super(cleanMessage(`${operation}: ${shown} ${rule}`));
    this.operation = operation;
    this.field = shown;
    this.rule = cleanMessage(rule);
  }

  /** `JSON.stringify(error)`: name, message, operation, field and rule; never the value. */
  toJSON(): Record<string, string | number | boolean> {
    return errorJson(this, { operation: this.operation, field: this.field, rule: this.rule });
  }
}
