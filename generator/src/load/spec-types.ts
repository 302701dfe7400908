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
  endpoint: string;
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
  description: string;
  items?: SpecField[];
  erratum?: string;
}
