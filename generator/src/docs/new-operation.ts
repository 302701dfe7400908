import type { SpecOperation } from '../load/spec-types.ts';
import { newField, TODO } from './merge-fields.ts';
import type { PageOperation } from './page-operations.ts';

/**
 * A spec operation for a docs operation the spec lacks: facts from the page
 * (fields, endpoint, and what the page implies: sign types, api version,
 * encrypted payload, success codes), a TODO summary and descriptions for a
 * maintainer to write.
 */
export function newOperation(id: string, page: PageOperation): SpecOperation {
  const { facts, hints } = page;
  return {
    id,
    title: page.title.replace(/\s+API$/i, '').trim(),
    kind: facts.kind,
    doc: page.doc,
    summary: `${TODO}${id}`,
    ...(facts.kind !== 'notification' && facts.endpoint !== undefined && { endpoint: facts.endpoint }),
    ...(hints.encoding && { encoding: hints.encoding }),
    // A new API call is sent once until a maintainer has read its page and marked a query `read`: never retry by guess.
    ...(facts.kind === 'api' && { effect: 'write' as const }),
    signTypes: [...hints.signTypes],
    ...(hints.payload && { payload: hints.payload }),
    ...(hints.apiVersion !== undefined && { apiVersion: hints.apiVersion }),
    ...(hints.successCodes && { successCodes: [...hints.successCodes] }),
    request: facts.request.map(newField),
    ...(facts.response && { response: facts.response.map(newField) }),
    ...(facts.responseGroups && {
      responseGroups: facts.responseGroups.map((g) => ({ when: { field: g.when.field, values: [...g.when.values] }, fields: g.fields.map(newField) })),
    }),
  };
}
