// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import { LianLian as ClientLianLian, type LianLianConfig } from '@lianlian-sdk/web';
import { withNodeDefaults } from './defaults.ts';

/**
 * The LianLian Pay client of `@lianlian-sdk/web`, signing with node:crypto and describing ret_codes
 * by default. Same operations, checks and types; `instanceof` the client's class holds.
 *
 * @example
 * ```ts
 * import { LianLian } from '@lianlian-sdk/node';
 *
 * const ll = new LianLian({ oidPartner: '201304121000001004', privateKey, lianlianPublicKey });
 * const cards = await ll.cardBind.query({ user_id: 'u1', offset: '0' });
 * ```
 */
export class LianLian extends ClientLianLian {
  constructor(config: LianLianConfig) {
    super(withNodeDefaults(config));
  }
}
