import type { FieldFormat, FieldType, SignType, PayloadScheme } from '../../runtime/operation.ts';

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
}

export interface SpecOperation {
  id: string;
  title: string;
  kind: 'api' | 'redirect' | 'notification';
  doc: string;
  summary: string;
  endpoint?: string;
  encoding?: 'json' | 'form';
  signTypes?: SignType[];
  payload?: PayloadScheme;
  apiVersion?: string;
  successCodes?: string[];
  request: SpecField[];
  response?: SpecField[];
  responseGroups?: { when: { field: string; values: string[] }; fields: SpecField[] }[];
  errata?: SpecErratum[];
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
}

/** Shared tables under spec/shared/, one file each. */
export interface SharedTables {
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
