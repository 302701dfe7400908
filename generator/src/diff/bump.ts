import type { Change, OperationChange } from './diff-operations.ts';
import { isEntryChange, type EntryChange, type TableItemChange } from './diff-tables.ts';

/** Semver bump a set of changes calls for. */
export type Bump = 'major' | 'minor' | 'patch' | 'none';

/** A bump and the rule that gave it, in words a maintainer can check. */
export interface Verdict {
  readonly bump: Bump;
  readonly reason: string;
}

const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };
const PRESENCE_RANK = { optional: 0, conditional: 1, required: 2 } as const;

/** The larger of two bumps. */
export function maxBump(a: Bump, b: Bump): Bump {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * The bump one change calls for. Major: something callers rely on is gone or
 * tighter (an operation or field removed, a field newly required, an enum
 * narrowed, a type changed, a max length shortened). Minor: something was added
 * or loosened (an operation or optional field added, an enum widened, a max
 * length lengthened). Patch: words only.
 */
export function classify(change: Change): Verdict {
  const v = (bump: Bump, reason: string): Verdict => ({ bump, reason });
  switch (change.kind) {
    case 'field-removed':
      return v('major', 'field removed');
    case 'field-added':
      return change.after === 'optional' ? v('minor', 'optional field added') : v('major', `new ${String(change.after)} field`);
    case 'presence': {
      const from = PRESENCE_RANK[change.before as keyof typeof PRESENCE_RANK] ?? 0;
      const to = PRESENCE_RANK[change.after as keyof typeof PRESENCE_RANK] ?? 0;
      return to > from ? v('major', 'field newly required') : v('minor', 'field no longer required');
    }
    case 'type':
      return v('major', 'type changed');
    case 'max-length':
      if (change.after === undefined) return v('minor', 'max length lifted');
      if (change.before === undefined) return v('major', 'max length introduced');
      return Number(change.after) < Number(change.before) ? v('major', 'max length shortened') : v('minor', 'max length lengthened');
    case 'enum-removed':
      return v('major', 'enum narrowed (value removed)');
    case 'enum-introduced':
      return v('major', 'values now restricted to an enum');
    case 'enum-added':
      return v('minor', 'enum widened');
    case 'enum-dropped':
      return v('minor', 'enum lifted: any value allowed');
    case 'fixed':
      return change.after === undefined ? v('minor', 'fixed value lifted') : v('major', 'fixed value changed');
    case 'format':
      return change.after === undefined ? v('minor', 'format lifted') : v('major', 'format changed');
    case 'unsigned':
      // Verification skips unsigned fields and the client returns them apart (spec.schema.json, `unsigned`).
      return v('major', 'signature coverage changed');
    case 'echo':
      // Only answers about another request are refused; every genuine answer still passes.
      return v('patch', 'echo check changed');
    case 'returned-when':
      return v('major', 'field moved to another response group');
    case 'endpoint':
      return v('major', 'endpoint changed');
    case 'kind':
      return v('major', 'operation kind changed');
    case 'text':
      return v('patch', 'text only');
  }
}

/** The bump of one operation's changes, with every reason that reaches it. */
export function verdictFor(change: OperationChange): Verdict {
  if (change.status === 'added') return { bump: 'minor', reason: 'operation added' };
  if (change.status === 'removed') return { bump: 'major', reason: 'operation removed' };
  return verdictForChanges(change.changes);
}

/**
 * The bump a shared table's entry change calls for: a return code, currency,
 * risk_item group or report file added is minor (nothing callers send or read
 * breaks), removed is major; report columns in another order are major, since
 * the parser reads cells by position.
 */
export function classifyEntry(change: EntryChange): Verdict {
  if (change.kind === 'entry-added') return { bump: 'minor', reason: `${change.what} added` };
  if (change.kind === 'entry-removed') return { bump: 'major', reason: `${change.what} removed` };
  return { bump: 'major', reason: 'column order changed' };
}

/** The bump of one change to an operation's fields or a shared table. */
export function classifyAny(change: TableItemChange): Verdict {
  return isEntryChange(change) ? classifyEntry(change) : classify(change);
}

/** The largest bump a list of changes calls for, with every reason that reaches it. */
export function verdictForChanges(changes: readonly TableItemChange[]): Verdict {
  const verdicts = changes.map(classifyAny);
  const bump = verdicts.reduce<Bump>((acc, x) => maxBump(acc, x.bump), 'none');
  const reasons = [...new Set(verdicts.filter((x) => x.bump === bump).map((x) => x.reason))];
  return { bump, reason: reasons.join('; ') };
}

/**
 * The overall bump for a set of operation changes: the largest any of them calls
 * for, `none` when nothing changed.
 *
 * @example
 * bumpFor(diffOperations(committed, edited)); // 'minor' when only an optional field was added
 */
export function bumpFor(changes: readonly OperationChange[]): Bump {
  return changes.reduce<Bump>((acc, c) => maxBump(acc, verdictFor(c).bump), 'none');
}
