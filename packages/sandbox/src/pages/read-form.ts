/**
 * Reads what a browser posts to a redirect page: an
 * `application/x-www-form-urlencoded` form of the signed fields
 * (easypay_web_redirect.md, online-banking-redirect-api.md), or for the H5
 * page one field, `req_data`, holding them as JSON (easypay_h5_redirect.md:
 * "All of the required parameters should be embedded into a <input> tag
 * whose name is req_data").
 */
import type { OperationDef } from '@lianlian-sdk/node';

/**
 * The form's fields, or `undefined` (→ 1012) when the body is not a form, a
 * field appears twice (which copy was signed would be a guess), or an H5
 * `req_data` is missing or not a JSON object.
 */
export function readPageFields(op: OperationDef, rawBody: string, contentType: string | undefined): Record<string, unknown> | undefined {
  const mime = contentType?.split(';')[0]?.trim().toLowerCase();
  if (mime !== undefined && mime !== '' && mime !== 'application/x-www-form-urlencoded') return undefined;
  const entries: [string, string][] = [];
  new URLSearchParams(rawBody).forEach((value, name) => entries.push([name, value]));
  if (new Set(entries.map(([name]) => name)).size !== entries.length) return undefined;
  const form = Object.fromEntries(entries);
  if (op.encoding !== 'json') return form;
  if (entries.length !== 1 || typeof form.req_data !== 'string') return undefined;
  try {
    const value: unknown = JSON.parse(form.req_data);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
