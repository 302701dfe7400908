// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * What `JSON.stringify(error)` gives for the SDK's errors. An Error's own
 * `message` and `name` are not enumerable, so JSON loggers drop them and keep
 * an empty object; every error class defines `toJSON()` with this instead.
 * Only the reason travels: name, message (already cleaned of personal data and
 * secrets when the error was made), operation and the class's own codes. Never
 * the request, the answer, the stack or the cause chain.
 */
export function errorJson(error: Error, fields: Readonly<Record<string, string | number | boolean | undefined>>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = { name: error.name, message: error.message };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out;
}
