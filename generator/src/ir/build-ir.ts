import type { LoadedSpec } from '../load/load-spec.ts';
import type { SpecErratum, SpecField, SpecOperation } from '../load/spec-types.ts';
import { MANAGED_FIELDS } from '../load/spec-types.ts';
import type { Ir, IrErratum, IrField, IrOperation, IrProduct } from './ir-types.ts';

/** LianLian's published docs; spec `doc` paths are relative to its root (docs README). */
export const DOCS_BASE_URL = 'https://lianlianpay.gitbook.io/docs/';

/** Fields the client fills in itself; callers never pass them. */


/** Normalizes the loaded spec: every default resolved, every name planned. */
export function buildIr(loaded: LoadedSpec): Ir {
  const products: IrProduct[] = loaded.files
    .map(({ path, spec }) => {
      const errata = (spec.errata ?? []).map(toErratum);
      return {
        name: spec.product,
        title: spec.title,
        docUrl: docUrl(spec.doc),
        className: `${pascal(spec.product)}Resource`,
        specFile: path,
        errata,
        operations: spec.operations.map((op) => toOperation(spec.product, op)),
      };
    })
    .sort((a, b) => compare(a.name, b.name));
  const operations = products.flatMap((p) => p.operations).sort((a, b) => compare(a.id, b.id));
  const evidence = loaded.shared.evidenceSources;
  return { products, operations, evidenceSources: evidence?.sources ?? [], evidenceRules: evidence?.rules ?? [] };
}

function toOperation(product: string, op: SpecOperation): IrOperation {
  const url = op.endpoint ? new URL(op.endpoint) : undefined;
  const method = op.id.slice(op.id.indexOf('.') + 1);
  const signTypes = op.signTypes ?? ['RSA'];
  const request = op.request.map((f) => toField(f, true));
  return {
    id: op.id,
    kind: op.kind,
    product,
    method,
    typeName: pascal(product) + pascal(method),
    title: op.title,
    summary: op.summary,
    doc: op.doc,
    docUrl: docUrl(op.doc),
    endpoint: op.endpoint ?? '',
    ...(op.effect && { effect: op.effect }),
    ...(op.lookup && { lookup: { operation: op.lookup.operation, fields: op.lookup.fields, ...(op.lookup.set && { set: op.lookup.set }) } }),
    ...(op.notFoundCodes && { notFoundCodes: op.notFoundCodes }),
    encoding: op.encoding ?? (op.kind === 'redirect' ? 'form' : 'json'),
    route: url ? `/${url.hostname.split('.')[0]}${url.pathname}` : '',
    signTypes,
    payload: op.payload ?? 'none',
    ...(op.apiVersion !== undefined && { apiVersion: op.apiVersion }),
    successCodes: op.successCodes ?? ['0000'],
    request,
    response: (op.response ?? []).map((f) => toField(f, false)),
    responseGroups: (op.responseGroups ?? []).map((g) => ({
      field: g.when.field,
      values: g.when.values,
      fields: g.fields.map((f) => toField(f, false)),
    })),
    errata: (op.errata ?? []).map(toErratum),
    evidence: op.evidence ?? [],
  };
}

/** One spec field, normalized; `isRequest` marks the client-filled fields as managed. */
export function toField(f: SpecField, isRequest: boolean): IrField {
  return {
    name: f.name,
    presence: f.presence,
    type: f.type,
    description: f.description,
    ...(f.condition !== undefined && { condition: f.condition }),
    ...(f.maxLength !== undefined && { maxLength: f.maxLength }),
    ...(f.format !== undefined && { format: f.format }),
    ...(f.enum && { enum: f.enum.map((e) => e.value), enumLabels: f.enum }),
    ...(f.fixed !== undefined && { fixed: f.fixed }),
    ...(f.sensitive && { sensitive: true }),
    ...(f.unsigned && { unsigned: true }),
    ...(f.echo && { echo: true }),
    ...(isRequest && MANAGED_FIELDS.has(f.name) && { managed: true }),
    ...(f.erratum !== undefined && { erratum: f.erratum }),
    ...(f.evidence && { evidence: f.evidence }),
    ...(f.items && { items: f.items.map((i) => toField(i, isRequest)) }),
  };
}

function toErratum(e: SpecErratum): IrErratum {
  return {
    id: e.id,
    docUrl: docUrl(e.doc),
    docSays: e.docSays,
    weUse: e.weUse,
    ...(e.field && { field: e.field }),
    ...(e.otherReading && { otherReading: e.otherReading }),
    ...(e.evidence && { evidence: e.evidence }),
  };
}

/** `docs/card-bind-apply-api.md#x` → the published page's URL. */
export function docUrl(doc: string): string {
  const [page = '', anchor] = doc.split('#');
  return DOCS_BASE_URL + page.replace(/\.md$/, '') + (anchor ? `#${anchor}` : '');
}

export function pascal(s: string): string {
  return s.replace(/(^|[_-])([a-z])/g, (_, __, c: string) => c.toUpperCase()).replace(/^[a-z]/, (c) => c.toUpperCase());
}

/** Locale-free ordering so output never depends on the host. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
