/**
 * `@lianlian-sdk/sandbox`: a local LianLian Pay simulator. A real HTTP server
 * with its own test-only LianLian key pair that checks, signs and answers
 * requests the way LianLian's docs describe, keeping state in memory or, with
 * `dataDir` and `keyFile`, on disk across restarts.
 *
 * @example
 * import { startSandbox, TEST_CARDS } from '@lianlian-sdk/sandbox';
 * const sandbox = await startSandbox();
 * sandbox.registerMerchant(oidPartner, merchantPublicKeyPem);
 * const ll = new LianLian({ oidPartner, privateKey, lianlianPublicKey: sandbox.publicKeyPem, baseUrl: sandbox.url });
 * const { token } = await ll.cardBind.apply({ user_id: 'u1', card_no: TEST_CARDS.icbcDebit, ... });
 * await ll.cardBind.verify({ user_id: 'u1', token, verify_code: sandbox.smsCode(token) });
 * await sandbox.close();
 * @module
 */
export { startSandbox, type Sandbox, type SandboxOptions } from './server.ts';
export { CARD_BINS, TEST_CARDS, type CardBin, type CardType } from './cards.ts';
export { CNY_RATES } from './exchange-rates.ts';
export { RET_MSG, type RetCode } from './ret-codes.ts';
export { MAX_WRONG_CODES, TOKEN_TTL_MS } from './sms.ts';
export { MAX_CLOCK_SKEW_MS } from './check-request.ts';
export { QUERY_PAGE_SIZE } from './handlers/card-bind.ts';
export { ADMIN_PREFIX } from './admin.ts';
export { FaultArmingError } from './faults/errors.ts';
export { FAULT_KINDS, MAX_DELAY_MS, MAX_FAULT_TIMES } from './faults/parse.ts';
export { MAX_ARMED_FAULTS } from './faults/plan.ts';
export type { ArmedFault, ArmFault, FaultArming, FaultKind, FaultTarget } from './admin-types.ts';
export { INITIAL_BALANCE_CENTS } from './state.ts';
export { CONFIRM_WINDOW_MS } from './payments.ts';
export {
  LIANLIAN_NOTIFY_ATTEMPTS,
  LIANLIAN_NOTIFY_INTERVAL_MS,
  LIANLIAN_NOTIFY_TIMEOUT_MS,
  isLoopbackUrl,
  type DeliveryAttempt,
  type DeliveryOptions,
  type DeliveryOutcome,
} from './notify/deliveries.ts';
export { generateTestKeyPair, type PemKeyPair } from './keys.ts';
