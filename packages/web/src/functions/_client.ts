// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { LianLianConfig } from '../runtime/4-operations/config.ts';
import { createCore, type Core } from '../runtime/4-operations/core.ts';

/** Settings for {@link createClient}: the same as `new LianLian()`. */
export type ClientConfig = LianLianConfig;

/** A configured client for the standalone operation functions: your merchant id, keys (imported once, on first use) and settings. Make one with {@link createClient}. */
export interface LianLianClient {
  /** Your merchant id (`oid_partner`). */
  readonly oidPartner: string;
}

const cores = new WeakMap<LianLianClient, Core>();

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
  const core = createCore(config);
  const client: LianLianClient = Object.freeze({ oidPartner: config.oidPartner });
  cores.set(client, core);
  return client;
}

/**
 * Parses the client's two keys now, so a bad one fails at startup instead of at the first call; resolves with
 * the client. `createClient` has already checked the other settings and stays synchronous, like `new LianLian()`.
 * Rejects with a `KeyFormatError` whose message and `setting` name the setting (`privateKey` or
 * `lianlianPublicKey`), never the key text. Named `clientReady`, not `ready`, because this entry's exports are
 * imported by name beside the operation functions, where a bare `ready` would not say what becomes ready.
 *
 * @example
 * ```ts
 * const client = await clientReady(createClient({ oidPartner: '201304121000001004', privateKey, lianlianPublicKey }));
 * ```
 */
export async function clientReady<C extends LianLianClient>(client: C): Promise<C> {
  await coreOf(client).keys();
  return client;
}

/** @internal */
export function coreOf(client: LianLianClient): Core {
  const core = cores.get(client);
  if (!core) throw new TypeError('expected a client made by createClient()');
  return core;
}
