/**
 * Line breaks of every kind: a JSDoc line or a `//` comment ends at any of them
 * (U+2028/U+2029 included), so spec text is kept on one line.
 */
const LINE_BREAKS = /\s*(?:\r\n|[\n\r\u2028\u2029])\s*/g;
/** Other controls and bidirectional overrides (the loader refuses them; this is the second lock). */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Spec text made safe for a generated comment (JSDoc or `//`): one line, a star-slash
 * written `*\/` so it cannot close the comment, and a leading `@` written `\@` so it cannot start
 * a tag. Every emitter that writes spec text into TypeScript goes through this.
 */
export function docText(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replace(CONTROLS, '\uFFFD')
    .replace(/\*\//g, '*\\/')
    .replace(/^(\s*)@/, '$1\\@');
}
