/**
 * The spec-shaped facts two sets of operations are compared on. `SpecOperation`
 * (load/spec-types.ts) fits these shapes as it is, and so do the operations the
 * docs importer reads from LianLian's pages, so one diff serves "docs revision A
 * vs B" and "committed spec vs edited spec" alike.
 */

/** One field, as a spec file or a docs table row gives it. */
export interface FieldFacts {
  readonly name: string;
  readonly presence: 'required' | 'optional' | 'conditional';
  /** Words saying when a conditional field is needed (text, not a fact). */
  readonly condition?: string;
  readonly type: 'string' | 'integer' | 'list' | 'object';
  readonly maxLength?: number;
  readonly format?: string;
  /** Allowed values; `label` is text, `value` is the fact. */
  readonly enum?: readonly { readonly value: string; readonly label: string }[];
  readonly fixed?: string;
  /** LianLian leaves the field out of the signature ("This filed is not involved in signature"). */
  readonly unsigned?: boolean;
  /** A response field that must repeat the request's (spec `echo`); ours, not the docs'. */
  readonly echo?: boolean;
  readonly description?: string;
  readonly items?: readonly FieldFacts[];
}

/** A set of response fields sent only when `when.field` has one of `when.values`. */
export interface GroupFacts {
  readonly when: { readonly field: string; readonly values: readonly string[] };
  readonly fields: readonly FieldFacts[];
}

/** One operation; `id` is how the two sides are matched. */
export interface OperationFacts {
  readonly id: string;
  readonly kind: 'api' | 'redirect' | 'notification';
  readonly title?: string;
  /** Free text about the operation: our summary in a spec, the page's prose outside its tables in the docs. */
  readonly summary?: string;
  readonly doc?: string;
  readonly endpoint?: string;
  readonly request: readonly FieldFacts[];
  readonly response?: readonly FieldFacts[];
  readonly responseGroups?: readonly GroupFacts[];
}
