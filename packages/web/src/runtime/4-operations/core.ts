// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * What every call needs from a configured client: the checked settings, the
 * crypto provider and the keys (parsed once). Plain functions over a plain
 * object, so a bundler keeps only the paths a Worker uses (BENCHMARKS.md,
 * "Worker bundle size"); `LianLianCore` in client-core.ts wraps them.
 * @internal
 * @module
 */
import type { LianLianConfig } from './config.ts';
import type { CryptoProvider } from '../2-crypto-keys/crypto-provider.ts';
import { KeyFormatError } from '../1-errors-encoding/errors/key-format-error.ts';
import { ValidationError } from '../1-errors-encoding/errors/validation-error.ts';
import { importPrivateKey, importPublicKey, type Keys } from '../2-crypto-keys/keys.ts';
import { checkHosts, mappedUrl } from './_hosts.ts';
import type { OperationDef, SignType } from '../1-errors-encoding/operation.ts';
import { lianlianTime } from '../1-errors-encoding/time.ts';
import { createWebCryptoProvider } from '../2-crypto-keys/web-crypto-provider.ts';
import { defaultCryptoProvider } from '../2-crypto-keys/default-crypto-provider.ts';


/** @internal */
export interface Core {
  readonly config: LianLianConfig;
  readonly crypto: CryptoProvider;
  readonly describe: ((code: string) => { readonly description: string } | undefined) | undefined;
  /** The checked `hosts` setting: LianLian host name → where its calls go. */
  readonly hosts: ReadonlyMap<string, string>;
  /**
   * Keys are parsed once per client (by `ready()` or the first call); a bad key
   * rejects with a KeyFormatError naming its setting, and the next call tries again.
   */
  keys(): Promise<Keys>;
}

/** More retries than this only delays the error a caller has to handle anyway. */
const MAX_RETRIES = 10;
const HOOK_NAMES = ['onRequest', 'onResponse', 'onRetry', 'onError'];

/**
 * Checks the settings and makes the state behind a client.
 * @throws {ValidationError} naming the setting that is wrong
 * @internal
 */
export function createCore(config: LianLianConfig): Core {
  if (!config || typeof config.oidPartner !== 'string' || !/^\d{1,18}$/.test(config.oidPartner))
    throw new ValidationError('LianLian', 'oidPartner', 'must be your merchant id: up to 18 digits');
  if (!config.privateKey) throw new ValidationError('LianLian', 'privateKey', 'is required');
  if (!config.lianlianPublicKey) throw new ValidationError('LianLian', 'lianlianPublicKey', 'is required');
  if (config.baseUrl !== undefined && !/^https?:\/\//.test(config.baseUrl))
    throw new ValidationError('LianLian', 'baseUrl', 'must be an absolute http(s) URL');
  const hosts = checkHosts(config.hosts);
  if (config.maxResponseBytes !== undefined && !(Number.isSafeInteger(config.maxResponseBytes) && config.maxResponseBytes > 0))
    throw new ValidationError('LianLian', 'maxResponseBytes', 'must be a positive whole number of bytes');
  if (config.retry !== undefined && !(Number.isSafeInteger(config.retry) && config.retry >= 0 && config.retry <= MAX_RETRIES))
    throw new ValidationError('LianLian', 'retry', `must be a whole number from 0 (no retries) to ${MAX_RETRIES}`);
  for (const [name, hook] of Object.entries(config.hooks ?? {}))
    if (typeof hook !== 'function' || !HOOK_NAMES.includes(name)) throw new ValidationError('LianLian', `hooks.${name}`, `must be one of ${HOOK_NAMES.join(', ')}, a function`);
  let keys: Promise<Keys> | undefined;
  return {
    config,
    crypto: config.crypto ?? (config.subtle ? createWebCryptoProvider(config.subtle) : defaultCryptoProvider),
    describe: config.describeReturnCode,
    hosts,
    keys() {
      // Both settled, so that with two bad keys the error is always privateKey's.
      keys ??= Promise.allSettled([importPrivateKey(config.privateKey, config.subtle), importPublicKey(config.lianlianPublicKey, config.subtle)]).then(
        ([privateKey, publicKey]) => {
          if (privateKey.status === 'rejected') throw forSetting('privateKey', privateKey.reason);
          if (publicKey.status === 'rejected') throw forSetting('lianlianPublicKey', publicKey.reason);
          return { privateKey: privateKey.value, publicKey: publicKey.value };
        },
      );
      keys.catch(() => (keys = undefined));
      return keys;
    },
  };
}

/**
 * keys.ts names the argument of importPrivateKey / importPublicKey (`publicKey: got …`);
 * a client's merchant configured `lianlianPublicKey`, so the error is worded for the setting.
 */
function forSetting(setting: 'privateKey' | 'lianlianPublicKey', error: unknown): unknown {
  if (!(error instanceof KeyFormatError)) return error;
  const prefix = `${error.setting}: `;
  const detail = error.setting !== undefined && error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  return new KeyFormatError(`LianLian: ${setting}: ${detail}`, { setting });
}

/**
 * The signature type for one call: the one asked for (if the operation allows
 * it), else the client's preference where allowed, else the operation's first.
 * @internal
 */
export function signTypeFor(core: Core, op: OperationDef, requested: SignType | undefined): SignType {
  if (requested !== undefined) {
    if (!op.signTypes.includes(requested)) throw new ValidationError(op.id, 'sign_type', `must be one of ${op.signTypes.join(', ')} for this operation`);
    return requested;
  }
  const preferred = core.config.signType ?? 'RSA';
  return op.signTypes.includes(preferred) ? preferred : (op.signTypes[0] ?? 'RSA');
}

/**
 * Where `op` goes: the origin `hosts` maps its host to, with the endpoint's
 * path; else, with `baseUrl`, its route (host label + path) under that origin
 * (the sandbox); else LianLian's URL.
 * @internal
 */
export function urlFor(core: Core, op: OperationDef): string {
  return mappedUrl(core.hosts, op.endpoint) ?? (core.config.baseUrl ? core.config.baseUrl.replace(/\/+$/, '') + op.route : op.endpoint);
}

/**
 * The fields the client fills in for the caller: merchant id, sign type, fixed
 * versions (`api_version`, `version`) and the request time (`time_stamp`, or
 * `timestamp` on redirect pages), always UTC+8.
 * @internal
 */
export function managedFields(op: OperationDef, oidPartner: string, signType: SignType): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of op.request) {
    if (!f.managed || f.name === 'sign') continue;
    if (f.name === 'oid_partner') out[f.name] = oidPartner;
    else if (f.name === 'sign_type') out[f.name] = signType;
    else if (f.name === 'time_stamp' || f.name === 'timestamp') out[f.name] = lianlianTime();
    else if (f.fixed !== undefined) out[f.name] = f.fixed;
  }
  if (op.apiVersion !== undefined && op.request.some((f) => f.name === 'api_version')) out.api_version = op.apiVersion;
  return out;
}
