/**
 * `RequestOptions.extraFields`: request fields the spec does not know yet
 * (LianLian enables some per merchant and adds fields before its docs do).
 * They are checked here, then signed and sent like any other field.
 * @module
 */
import { ValidationError } from '../1-errors-encoding/errors/validation-error.ts';
import type { OperationDef } from '../1-errors-encoding/operation.ts';

/** LianLian's field names: snake_case, with a few camelCase ones such as `payLoad`. */
const FIELD_NAME = /^[a-z][A-Za-z0-9_]{0,63}$/;

/** Names the client fills in or builds itself, whether or not this operation has them. */
const MANAGED = ['oid_partner', 'sign', 'sign_type', 'api_version', 'version', 'time_stamp', 'timestamp', 'pay_load'];

/** Names that reach an object's prototype machinery when fields are copied around (signed-fields.ts refuses them in answers). */
const PROTOTYPE_KEYS = ['constructor', 'prototype'];

/**
 * Checks `extraFields` for `op` and returns them to add to the body before signing.
 * Names are compared case-insensitively with the operation's own fields and each
 * other: LianLian sorts the signature source case-insensitively, so two names
 * equal but for case would have no one order there, and a near-copy of a typed
 * field is more likely a mistake than a new field.
 * @throws {ValidationError} naming the field (`extraFields.<name>`), never its value
 * @internal
 */
export function checkExtraFields(op: OperationDef, extraFields: unknown): Record<string, string> {
  if (extraFields === undefined) return {};
  if (extraFields === null || typeof extraFields !== 'object' || Array.isArray(extraFields))
    throw new ValidationError(op.id, 'extraFields', 'must be an object of field names to string values');
  const taken = new Map<string, string>();
  for (const rule of op.request) taken.set(rule.name.toLowerCase(), rule.name);
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(extraFields as Record<string, unknown>)) {
    const fail = (why: string) => new ValidationError(op.id, `extraFields.${name}`, why);
    if (!FIELD_NAME.test(name)) {
      const rule = 'is not a LianLian field name: a lowercase letter, then up to 63 letters, digits or "_"';
      // A key that is not even name-like could be data pasted as a key: described, not quoted.
      if (/^[A-Za-z_]\w{0,63}$/.test(name) && !/\d{7}/.test(name)) throw fail(rule);
      throw new ValidationError(op.id, 'extraFields', `has a ${[...name].length}-character key that ${rule}`);
    }
    if (PROTOTYPE_KEYS.includes(name)) throw fail('is not allowed as a field name');
    const rule = op.request.find((r) => r.name === name);
    if (rule?.managed || MANAGED.includes(name)) throw fail('is filled in by the client; it cannot be an extra field');
    if (rule) throw fail(`is a request field of ${op.id}: pass it in params, where it is typed and checked`);
    const twin = taken.get(name.toLowerCase()) ?? MANAGED.find((m) => m === name.toLowerCase());
    if (twin !== undefined) throw fail(`differs from the field ${twin} only in case; LianLian could not sort the two apart when signing`);
    if (typeof value !== 'string') throw fail(`must be a string, got ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}`);
    // An empty value is left out of the signature source, so it would not be sent at all.
    if (value === '') throw fail('must not be empty');
    if (value.includes('&')) throw fail('must not contain "&": LianLian signs fields joined by "&", so the value could be read back as other fields');
    taken.set(name.toLowerCase(), name);
    out[name] = value;
  }
  return out;
}
