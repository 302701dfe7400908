// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import { LianLianCore, type LianLianConfig } from '../runtime/client-core.ts';
import { defaultProvider } from '../default-provider.ts';

/** Settings for {@link createClient}: those of `new LianLian()`, plus optional ret_code descriptions. */
export interface ClientConfig extends LianLianConfig {
  /**
   * Adds LianLian's description of a ret_code to the errors thrown. Pass `describeReturnCode`
   * from `@lianlian-sdk/node` to get them; left out by default to keep bundles small.
   */
  readonly describeReturnCode?: (code: string) => { readonly description: string } | undefined;
}

/** A configured client for the standalone operation functions: your merchant id, keys (imported once, on first use) and settings. Make one with {@link createClient}. */
export interface LianLianClient {
  /** Your merchant id (`oid_partner`). */
  readonly oidPartner: string;
}

const cores = new WeakMap<LianLianClient, LianLianCore>();

/**
 * Makes a client for the functions of this entry point. Same checks and defaults as `new LianLian(config)`.
 *
 * @example
 * ```ts
 * const client = createClient({ oidPartner: '201304121000001004', privateKey, lianlianPublicKey });
 * const cards = await cardBindQuery(client, { user_id: 'u1', offset: '0' });
 * ```
 */
export function createClient(config: ClientConfig): LianLianClient {
  const core = new LianLianCore(config, defaultProvider, config.describeReturnCode);
  const client: LianLianClient = Object.freeze({ oidPartner: config.oidPartner });
  cores.set(client, core);
  return client;
}

/** @internal */
export function coreOf(client: LianLianClient): LianLianCore {
  const core = cores.get(client);
  if (!core) throw new TypeError('expected a client made by createClient()');
  return core;
}
