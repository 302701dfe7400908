import type { FieldRule, OperationDef } from '../../runtime/1-errors-encoding/operation.ts';
import type { EvidenceRule, EvidenceSource, SpecEvidence } from '../load/spec-types.ts';

/** The normalized model every emitter reads: defaults resolved, names planned, sorted. */
export interface Ir {
  readonly products: readonly IrProduct[];
  /** All operations, sorted by id. */
  readonly operations: readonly IrOperation[];
  /** The repositories evidence cites (spec/shared/evidence-sources.yaml). */
  readonly evidenceSources: readonly EvidenceSource[];
  /** Shared rules checked against the evidence. */
  readonly evidenceRules: readonly EvidenceRule[];
}

/** A place in LianLian's own code showing how the real API behaves. */
export type IrEvidence = Readonly<SpecEvidence>;

export interface IrProduct {
  /** Client namespace, e.g. `cardBind`. */
  readonly name: string;
  readonly title: string;
  readonly docUrl: string;
  /** Class that holds the product's methods, e.g. `CardBindResource`. */
  readonly className: string;
  readonly specFile: string;
  readonly errata: readonly IrErratum[];
  readonly operations: readonly IrOperation[];
}

export interface IrErratum {
  readonly id: string;
  readonly docUrl: string;
  readonly docSays: string;
  readonly weUse: string;
  readonly field?: string;
  readonly otherReading?: string;
  readonly evidence?: readonly IrEvidence[];
}

export interface IrField extends FieldRule {
  readonly description: string;
  readonly condition?: string;
  readonly enumLabels?: readonly { readonly value: string; readonly label: string }[];
  readonly erratum?: string;
  readonly evidence?: readonly IrEvidence[];
  readonly items?: readonly IrField[];
}

export interface IrOperation extends OperationDef {
  readonly product: string;
  /** Method on the product, e.g. `query`. */
  readonly method: string;
  /** PascalCase stem for types, e.g. `CardBindQuery`. */
  readonly typeName: string;
  readonly title: string;
  readonly summary: string;
  readonly docUrl: string;
  readonly errata: readonly IrErratum[];
  /** Evidence about the operation as a whole (endpoint, signing, versions). */
  readonly evidence: readonly IrEvidence[];
  readonly request: readonly IrField[];
  readonly response: readonly IrField[];
  readonly responseGroups: readonly { readonly field: string; readonly values: readonly string[]; readonly fields: readonly IrField[] }[];
}
