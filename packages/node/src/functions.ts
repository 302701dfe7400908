// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * `@lianlian-sdk/web/functions` (one function per operation, so bundles keep only what they call),
 * with a `createClient` that sets this package's defaults.
 *
 * @example
 * ```ts
 * import { createClient, cardBindQuery } from '@lianlian-sdk/node/functions';
 *
 * const client = createClient({ oidPartner: '201304121000001004', privateKey, lianlianPublicKey });
 * const cards = await cardBindQuery(client, { user_id: 'u1', offset: '0' });
 * ```
 * @module
 */
import { createClient as createClientOf, type ClientConfig, type LianLianClient } from '@lianlian-sdk/web/functions';
import { withNodeDefaults } from './defaults.ts';

export * from '@lianlian-sdk/web/functions';

/** Makes a client for the operation functions: the same as `@lianlian-sdk/web`'s, signing with node:crypto and describing ret_codes by default. */
export function createClient(config: ClientConfig): LianLianClient {
  return createClientOf(withNodeDefaults(config));
}
