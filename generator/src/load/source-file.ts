import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { SpecProblem } from './spec-error.ts';

/** A parsed YAML file that can turn a JSON path back into file:line:column. */
export class SourceFile {
  readonly doc: Document;
  readonly #lines = new LineCounter();

  constructor(
    readonly path: string,
    text: string,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.#lines, prettyErrors: false, uniqueKeys: true });
  }

  /** YAML syntax errors (including duplicate keys), as problems. */
  syntaxProblems(): SpecProblem[] {
    return this.doc.errors.map((e) => this.at(e.pos[0], e.message.split('\n')[0] ?? e.message));
  }

  /** Problem at the node for `path`; with `key`, at that key of the map there. Falls back to the nearest existing parent. */
  problem(path: readonly (string | number)[], message: string, key?: string): SpecProblem {
    const node = this.#nearest(path);
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
    const { line, col } = this.#lines.linePos(offset);
    return { file: this.path, line, column: col, message };
  }
}
