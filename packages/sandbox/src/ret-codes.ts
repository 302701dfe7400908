/**
 * The ret_codes the sandbox answers with, and their `ret_msg` texts as
 * LianLian sends them (in Chinese), from the generated `RETURN_CODES` table
 * of docs/return-codes.md. The pre-authorisation status codes (PR…) are not
 * in return-codes.md; their texts are the descriptions of
 * easypay-Pre-authorized-status-query-API.md, the only words the docs give.
 */
import { RETURN_CODES, type ReturnCode } from '@lianlian-sdk/node';

/** The documented codes the sandbox answers with. */
const ANSWERED = [
  '0000', '1000', '1001', '1002', '1004', '1012', '1100', '1108', '1900', '2006', '2007', '3001', '3003', '3007', '3009',
  '4001', '4002', '4003', '4004', '5002', '5006', '5007', '5008', '5502', '5601', '7017', '8114', '8888', '8901', '9092', '9999',
] as const satisfies readonly ReturnCode[];

/** Pre-authorisation states answered as ret_codes (erratum easypay-preauth-query-ret-codes). */
const PREAUTH_STATES = {
  PR08: 'Pre-authorized application to be verified.',
  PR11: 'Capture successfully',
  PR14: 'Pre authorization revoked successfully',
} as const;

/** return-codes.md writes 1004 with a placeholder for the parameter: "商户请求参数校验错误（具体参数名）". */
const PARAM_PLACEHOLDER = '（具体参数名）';

/** ret_msg of every code the sandbox answers with; 1004 without the parameter placeholder. */
export const RET_MSG: Readonly<Record<(typeof ANSWERED)[number] | keyof typeof PREAUTH_STATES, string>> = {
  ...(Object.fromEntries(ANSWERED.map((code) => [code, RETURN_CODES[code].msg.replace(PARAM_PLACEHOLDER, '')])) as Record<(typeof ANSWERED)[number], string>),
  ...PREAUTH_STATES,
};

/** A ret_code the sandbox can answer with. */
export type RetCode = keyof typeof RET_MSG;

/**
 * The ret_msg for `code`. For 1004 LianLian names the offending parameter in
 * full-width parentheses: "商户请求参数校验错误（具体参数名）" (return-codes.md).
 */
export function retMsg(code: RetCode, field?: string): string {
  return code === '1004' && field !== undefined ? `${RET_MSG[code]}（${field}）` : RET_MSG[code];
}
