import type { FieldFormat, FieldType, OperationEffect, SignType, PayloadScheme } from '../../runtime/1-errors-encoding/operation.ts';

/** A spec file as written (after schema validation); see spec/schema/spec.schema.json. */
export interface SpecFile {
  version: 1;
  product: string;
  title: string;
  doc: string;
  errata?: SpecErratum[];
  operations: SpecOperation[];
}

export interface SpecErratum {
  id: string;
  doc: string;
  docSays: string;
  weUse: string;
  field?: string;
  /** Where the evidence is split or weak: the reading not taken, and why. */
  otherReading?: string;
  evidence?: SpecEvidence[];
}

/** A place in one of LianLian's own repositories that shows how the real API behaves. */
export interface SpecEvidence {
  /** Id in spec/shared/evidence-sources.yaml. */
  source: string;
  path: string;
  line?: number;
  /** What it shows, in our words. */
  shows: string;
}

export interface SpecOperation {
  id: string;
  title: string;
  kind: 'api' | 'redirect' | 'notification';
  doc: string;
  summary: string;
  endpoint?: string;
  encoding?: 'json' | 'form' | 'res-data';
  effect?: OperationEffect;
  lookup?: { operation: string; fields: string[]; set?: Record<string, string> };
  notFoundCodes?: string[];
  signTypes?: SignType[];
  payload?: PayloadScheme;
  apiVersion?: string;
  successCodes?: string[];
  request: SpecField[];
  response?: SpecField[];
  responseGroups?: { when: { field: string; values: string[] }; fields: SpecField[] }[];
  errata?: SpecErratum[];
  evidence?: SpecEvidence[];
}

export interface SpecField {
  name: string;
  presence: 'required' | 'optional' | 'conditional';
  condition?: string;
  type: FieldType;
  maxLength?: number;
  format?: FieldFormat;
  enum?: { value: string; label: string }[];
  fixed?: string;
  sensitive?: boolean;
  unsigned?: boolean;
  echo?: boolean;
  description: string;
  items?: SpecField[];
  erratum?: string;
  evidence?: SpecEvidence[];
}

/** Shared tables under spec/shared/, one file each. */
export interface SharedTables {
  evidenceSources?: { title: string; sources: EvidenceSource[]; rules?: EvidenceRule[] };
  returnCodes?: { title: string; doc: string; codes: { code: string; msg: string; description: string }[] };
  currencies?: { title: string; doc: string; currencies: { code: string; name: string }[] };
  riskItem?: { title: string; doc: string; groups: { id: string; title: string; description?: string; fields: SpecField[] }[]; errata?: SpecErratum[] };
  transactionReport?: {
    title: string;
    doc: string;
    files: { id: string; title: string; fileName: string; separator: string; header?: boolean; columns: SpecField[] }[];
    errata?: SpecErratum[];
  };
}

/** One of LianLian's repositories, at the commit the spec's evidence was read from. */
export interface EvidenceSource {
  id: string;
  url: string;
  commit: string;
  date: string;
  what: string;
}

/** A rule every operation shares (signature source, notification answers, pay_load), checked against evidence. */
export interface EvidenceRule {
  id: string;
  rule: string;
  verdict: 'agrees' | 'overrides';
  evidence: SpecEvidence[];
}

/** Request fields the client fills in itself (merchant id, signature, versions, time). */
export const MANAGED_FIELDS: ReadonlySet<string> = new Set(['oid_partner', 'sign', 'sign_type', 'api_version', 'time_stamp', 'timestamp', 'version']);
