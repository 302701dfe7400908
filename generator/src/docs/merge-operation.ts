import { whenKey } from '../diff/diff-operations.ts';
import type { OperationFacts } from '../diff/operation-facts.ts';
import type { SpecErratum, SpecFile, SpecOperation } from '../load/spec-types.ts';
import { mergeFields, type Difference, type ErrataScope, type Slot } from './merge-fields.ts';

/** A committed operation with the docs' facts applied, and what differed. */
export interface OperationMerge {
  readonly merged: SpecOperation;
  readonly differences: readonly Difference[];
  /** Facts an erratum keeps against the docs (merge-fields.ts). */
  readonly overrides: readonly Difference[];
}

/** The errata a field of `op` may point at: the file's and the operation's own. */
export function errataScope(file: SpecFile, op: SpecOperation): ErrataScope {
  const all: SpecErratum[] = [...(file.errata ?? []), ...(op.errata ?? [])];
  return { all, byId: new Map(all.map((e) => [e.id, e])), doc: op.doc };
}

/**
 * Applies one docs operation's facts to its committed spec operation
 * (merge-fields.ts says what stays ours). The endpoint is a fact too; a
 * committed endpoint other than the docs' stays when an erratum quotes the docs'
 * one (card-bind-unbind-endpoint-space: "https: //traderapi…").
 */
export function mergeOperation(spec: SpecOperation, docs: OperationFacts, errata: ErrataScope): OperationMerge {
  const differences: Difference[] = [];
  const overrides: Difference[] = [];
  const merged: SpecOperation = { ...spec };

  if (docs.endpoint !== undefined && docs.endpoint !== spec.endpoint) {
    const docsEndpoint = docs.endpoint;
    const erratum = errata.all.find((e) => `${e.docSays} ${e.weUse}`.includes(docsEndpoint));
    if (erratum) overrides.push({ target: 'endpoint', message: `docs ${docsEndpoint}, spec ${spec.endpoint ?? '(none)'} (kept by erratum ${erratum.id})` });
    else {
      differences.push({ target: 'endpoint', message: `docs ${docsEndpoint}, spec ${spec.endpoint ?? '(none)'}` });
      merged.endpoint = docsEndpoint;
    }
  }

  const request: Slot = { key: 'request' };
  const req = mergeFields(
    spec.request.map((field) => ({ field, slot: request })),
    docs.request.map((field) => ({ field, slot: request })),
    errata,
    'request',
  );
  differences.push(...req.differences);
  overrides.push(...req.overrides);
  merged.request = [...(req.slots.find((s) => s.slot.key === 'request')?.fields ?? [])];

  const plain: Slot = { key: 'response' };
  const groupSlot = (g: { when: { field: string; values: readonly string[] } }): Slot => ({ key: whenKey(g), when: g.when });
  const res = mergeFields(
    [
      ...(spec.response ?? []).map((field) => ({ field, slot: plain })),
      ...(spec.responseGroups ?? []).flatMap((g) => g.fields.map((field) => ({ field, slot: groupSlot(g) }))),
    ],
    [
      ...(docs.response ?? []).map((field) => ({ field, slot: plain })),
      ...(docs.responseGroups ?? []).flatMap((g) => g.fields.map((field) => ({ field, slot: groupSlot(g) }))),
    ],
    errata,
    'response',
  );
  differences.push(...res.differences);
  overrides.push(...res.overrides);
  const response = res.slots.find((s) => s.slot.key === 'response')?.fields ?? [];
  if (response.length || spec.response) merged.response = [...response];
  else delete merged.response;
  const groups = res.slots.filter((s) => s.slot.when && s.fields.length);
  // A group keeps the spec's own `when` (its value order); a new one takes the docs'.
  const specWhen = new Map((spec.responseGroups ?? []).map((g) => [whenKey(g), g.when]));
  if (groups.length)
    merged.responseGroups = groups.map((s) => {
      const when = specWhen.get(s.slot.key) ?? s.slot.when ?? { field: '', values: [] };
      return { when: { field: when.field, values: [...when.values] }, fields: [...s.fields] };
    });
  else delete merged.responseGroups;
  return { merged, differences, overrides };
}
