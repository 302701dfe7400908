import type { Alias, Document, LineCounter, Node } from 'yaml';
import { yaml } from '../commonjs.ts';
import type { SpecProblem } from './spec-error.ts';

/**
 * How far aliases may expand, as the `yaml` package counts it (each use of an anchor
 * times the aliases inside it). Its own default; passed explicitly so a "billion laughs"
 * file is refused by this rule rather than by running out of memory.
 */
export const MAX_ALIAS_COUNT = 100;

/**
 * A YAML file that can turn a JSON path back into file:line:column. It is parsed on first use:
 * a file whose checked data the run cache already holds is parsed only to locate a problem.
 */
export class SourceFile {
  #doc: Document | undefined;
  #lines: LineCounter | undefined;

  constructor(
    readonly path: string,
    readonly text: string,
  ) {}

  get doc(): Document {
    if (!this.#doc) {
      this.#lines = new (yaml().LineCounter)();
      this.#doc = yaml().parseDocument(this.text, { lineCounter: this.#lines, prettyErrors: false, uniqueKeys: true });
    }
    return this.#doc;
  }

  /** YAML syntax errors (including duplicate keys) and warnings (unknown tags), as problems. */
  syntaxProblems(): SpecProblem[] {
    return [...this.doc.errors, ...this.doc.warnings].map((e) => this.at(e.pos[0], e.message.split('\n')[0] ?? e.message));
  }

  /**
   * The file as plain data, or every reason it cannot be read: syntax problems, aliases
   * without an anchor or inside their own anchor (a cycle), and aliases that expand too far.
   */
  toData(): { readonly data?: unknown; readonly problems: readonly SpecProblem[] } {
    const problems = [...this.syntaxProblems(), ...this.#aliasProblems()];
    if (problems.length) return { problems };
    try {
      return { data: this.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), problems: [] };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (/alias count/i.test(message)) return { problems: [this.#aliasBomb()] };
      return { problems: [this.at(0, `cannot read the YAML: ${message}`)] };
    }
  }

  #aliases(doc: Document = this.doc): Alias[] {
    const found: Alias[] = [];
    yaml().visit(doc, { Alias: (_key, node) => void found.push(node) });
    return found;
  }

  #aliasProblems(): SpecProblem[] {
    const problems: SpecProblem[] = [];
    for (const alias of this.#aliases()) {
      const source = alias.resolve(this.doc);
      const at = alias.range?.[0] ?? 0;
      if (!source) problems.push(this.at(at, `alias *${alias.source} has no anchor &${alias.source} before it`));
      else if (source.range && source.range[0] <= at && at < source.range[2])
        problems.push(this.at(at, `alias *${alias.source} is inside its own anchor &${alias.source} (a cycle); write the value out`));
    }
    return problems;
  }

  /**
   * toJS converts in document order and reports no position, so the alias it stopped at is
   * found by replaying: it is the first alias k such that keeping aliases 0..k (the later
   * ones replaced by null) already fails. Only runs on a file that failed.
   */
  #aliasBomb(): SpecProblem {
    const aliases = this.#aliases();
    const failsKeeping = (keep: number) => {
      const copy = this.doc.clone();
      let i = 0;
      yaml().visit(copy, { Alias: () => (i++ < keep ? undefined : new (yaml().Scalar)(null)) });
      try {
        copy.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        return false;
      } catch {
        return true;
      }
    };
    let lo = 1;
    let hi = aliases.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (failsKeeping(mid)) hi = mid;
      else lo = mid + 1;
    }
    const alias = aliases[lo - 1];
    const name = alias ? `alias *${alias.source}` : 'aliases';
    return this.at(
      alias?.range?.[0] ?? 0,
      `${name} expands too far (over ${MAX_ALIAS_COUNT} aliased values, nested aliases multiplying: a YAML alias bomb); ` +
        `anchors and aliases are allowed only while they stay under that count: write the values out`,
    );
  }

  /** Problem at the node for `path`; with `key`, at that key of the map there. Falls back to the nearest existing parent. */
  problem(path: readonly (string | number)[], message: string, key?: string): SpecProblem {
    const node = this.#nearest(path);
    const { isMap, isPair, isScalar } = yaml();
    if (key !== undefined && isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
      const keyNode = pair?.key as Node | undefined;
      if (keyNode?.range) return this.at(keyNode.range[0], message);
    }
    return this.at(node?.range?.[0] ?? 0, message);
  }

  #nearest(path: readonly (string | number)[]): Node | undefined {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? this.doc.contents : this.doc.getIn(path.slice(0, n), true);
      if (node && typeof node === 'object' && 'range' in node) return node as Node;
    }
    return undefined;
  }

  at(offset: number, message: string): SpecProblem {
    void this.doc; // the line counter is filled while parsing
    const { line, col } = this.#lines!.linePos(offset);
    return { file: this.path, line, column: col, message };
  }
}
