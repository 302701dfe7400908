// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import { describeReturnCode, type LianLianConfig } from '@lianlian-sdk/web';
import { nodeCryptoProvider } from '@lianlian-sdk/web/node-crypto';

/**
 * `config` with this package's defaults filled in where it leaves them out: node:crypto as the
 * crypto provider (unless it passes `subtle`, which asks for WebCrypto) and ret_code descriptions.
 * Everything else, including the checks, is the client's.
 */
export function withNodeDefaults<C extends LianLianConfig>(config: C): C {
  // Not an object: left for the client to refuse with its own ValidationError.
  if (config === null || typeof config !== 'object') return config;
  return {
    ...config,
    crypto: config.crypto ?? (config.subtle ? undefined : nodeCryptoProvider),
    describeReturnCode: config.describeReturnCode ?? describeReturnCode,
  };
}
