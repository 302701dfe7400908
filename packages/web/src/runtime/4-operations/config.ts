// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * The settings of a client and of one call. They live apart from the client
 * (client-core.ts) so that the call, redirect and core modules below it can
 * read them without importing the client: imports only go down.
 * @module
 */
import type { CryptoProvider } from '../2-crypto-keys/crypto-provider.ts';
import type { RsaPrivateKey, RsaPublicKey } from '../2-crypto-keys/keys.ts';
import type { SignType } from '../1-errors-encoding/operation.ts';
import type { CallHooks } from './hooks.ts';

/** Settings for {@link LianLian}. */
export interface LianLianConfig {
  /** Your merchant id (`oid_partner`), e.g. `201304121000001004`. */
  readonly oidPartner: string;
  /** Your RSA private key: PKCS#8 or PKCS#1 PEM, or the bare base64 LianLian's dashboard uses. */
  readonly privateKey: string | RsaPrivateKey;
  /** LianLian's public key (`llpay_public_key.pem`); every answer is verified with it. */
  readonly lianlianPublicKey: string | RsaPublicKey;
  /**
   * Send every operation to this one origin instead of LianLian's hosts, e.g. the
   * sandbox. Each endpoint keeps its host as the first path segment:
   * `https://traderapi.lianlianpay.com/bankcardbind.htm` → `${baseUrl}/traderapi/bankcardbind.htm`.
   * That layout is the sandbox's; to send LianLian's hosts elsewhere with their
   * paths unchanged, use `hosts`, which wins for the hosts it names.
   */
  readonly baseUrl?: string;
  /** Custom fetch (tests, proxies, instrumented clients). Default: the global fetch. */
  readonly fetch?: typeof globalThis.fetch;
  /** Milliseconds to wait for each attempt's answer. Default 30 000. */
  readonly timeout?: number;
  /**
   * How many times a query (`effect: read` in the spec: queries, card BIN, balance) is retried after a network
   * error, 429 or 5xx, with exponential backoff, jitter and `Retry-After`. Default 2; 0 turns retries off. Calls
   * that move money or change state are never retried, whatever this says.
   */
  readonly retry?: number;
  /** Watch every call (logging, metrics, tracing). Bodies are redacted before a hook sees them. */
  readonly hooks?: CallHooks;
  /**
   * Largest answer accepted, in bytes after decompression; a larger one fails the call
   * with a TransportError. Default 1 MiB (LianLian's answers are a few KB).
   */
  readonly maxResponseBytes?: number;
  /** Preferred signature type; used where the operation allows it, else the operation's first. Default `RSA` (MD5withRSA). */
  readonly signType?: SignType;
  /** SubtleCrypto to use, e.g. @peculiar/webcrypto's. Default: `globalThis.crypto.subtle`. */
  readonly subtle?: SubtleCrypto;
  /**
   * Crypto implementation. Default: node:crypto in `@lianlian-sdk/node`; elsewhere WebCrypto with `subtle`, if
   * given, else `defaultCryptoProvider` (node:crypto signatures where `process.getBuiltinModule` offers it: Node,
   * Deno, Bun, Workers with nodejs_compat; WebCrypto otherwise). `webCryptoProvider` chooses WebCrypto;
   * `nodeCryptoProvider` from `@lianlian-sdk/web/node-crypto` imports node:crypto (Workers before 2024-09-23).
   */
  readonly crypto?: CryptoProvider;
  /**
   * Adds LianLian's description of a ret_code to the `LianLianError`s thrown: pass
   * `describeReturnCode` from this package. On by default in `@lianlian-sdk/node`; opt-in
   * in the web and Deno packages, where the table would add ~4.7 KB to a bundle.
   */
  readonly describeReturnCode?: (code: string) => {
    /** What the code means, copied to `LianLianError.description`. */
    readonly description: string;
  } | undefined;
  /**
   * Send the calls of some LianLian hosts to another origin: a proxy, an egress
   * gateway, a replayer of recorded traffic. Keys are LianLian host names (no
   * scheme), values absolute http(s) URLs; a mapped call keeps its endpoint's path,
   * after the value's own path if it has one:
   * `{ 'traderapi.lianlianpay.com': 'https://egress.internal:8443' }` sends
   * `https://traderapi.lianlianpay.com/bankcardbind.htm` to `https://egress.internal:8443/bankcardbind.htm`.
   * Redirect forms post to the mapped origin too. A key no operation uses, or a value
   * that is not an http(s) URL (or has credentials, a query or a fragment), is a
   * ValidationError naming the key at construction. Hosts named here win over `baseUrl`;
   * the other hosts follow `baseUrl` if set.
   */
  readonly hosts?: Readonly<Record<string, string>>;
}

/** Per-call settings. */
export interface RequestOptions {
  /** Signature type for this call; must be one the operation allows. */
  readonly signType?: SignType;
  /** Milliseconds to wait for each attempt's answer. */
  readonly timeout?: number;
  /** Retries for this call, if it is a query (see {@link LianLianConfig.retry}). */
  readonly retry?: number;
  /** Abort the call. */
  readonly signal?: AbortSignal;
  /**
   * Request fields the spec does not know yet: ones LianLian enables per merchant,
   * or adds before its docs do. They are checked, signed with the rest and sent
   * (inside `pay_load` where the operation seals its body). A name must look like
   * LianLian's (a lowercase letter, then up to 63 letters, digits or `_`) and must
   * be neither one the operation types (pass that in params) nor one the client
   * fills in (`oid_partner`, `sign`, `sign_type`, `api_version`, `version`,
   * `time_stamp`, `timestamp`, `pay_load`); a value must be a non-empty string
   * without `&`. Anything else is a ValidationError naming the field.
   * @example
   * ```ts
   * // Unified-direct-api.md's sample request sends `platform`, which its field table leaves out.
   * await ll.unified.createBill(params, { extraFields: { platform: 'your-platform-id' } });
   * ```
   */
  readonly extraFields?: Readonly<Record<string, string>>;
}
