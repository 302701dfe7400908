import { describe } from './check-schema.ts';
import type { SourceFile } from './source-file.ts';
import type { SpecProblem } from './spec-error.ts';

/**
 * Characters no spec text may hold: C0/C1 controls but tab and line feed (YAML already
 * turns CRLF into LF), U+2028/U+2029 (they end a `//` comment line in generated code),
 * and bidirectional overrides (they make generated code read differently from what it is).
 */
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/** Every string (and map key) in the file holding a forbidden character, located and named. */
export function checkText(source: SourceFile, data: unknown): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const seen = new Set<object>();
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const m = FORBIDDEN.exec(value);
      if (m) problems.push(source.problem(path, `${describe(path)}: holds ${codePoint(m[0])} at character ${m.index + 1}; spec text may use tabs and line breaks but no other control, line-separator or bidirectional characters`));
      return;
    }
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, [...path, i]));
    for (const [k, v] of Object.entries(value)) {
      if (FORBIDDEN.test(k)) problems.push(source.problem(path, `${describe(path)}: a key holds ${codePoint(FORBIDDEN.exec(k)![0])}; keys may not hold control characters`));
      else walk(v, [...path, k]);
    }
  };
  walk(data, []);
  return problems;
}

function codePoint(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
