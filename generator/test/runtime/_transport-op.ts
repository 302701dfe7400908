import type { FieldRule, OperationDef } from '../../runtime/1-errors-encoding/operation.ts';

const field = (name: string, managed = false): FieldRule => ({ name, presence: 'required', type: 'string', ...(managed && { managed }) });

/** A trimmed cardBind.query (bankcardbindlist.htm) for the transport tests: sent to `${baseUrl}/queryapi/bankcardbindlist.htm`. */
export const TEST_OP: OperationDef = {
  id: 'cardBind.query',
  kind: 'api',
  endpoint: 'https://queryapi.lianlianpay.com/bankcardbindlist.htm',
  encoding: 'json',
  route: '/queryapi/bankcardbindlist.htm',
  signTypes: ['RSA'],
  payload: 'none',
  successCodes: ['0000'],
  request: [field('oid_partner', true), field('sign_type', true), field('sign', true), field('user_id'), field('offset')],
  response: [],
  responseGroups: [],
  doc: 'bankcardbindlist.md',
};
