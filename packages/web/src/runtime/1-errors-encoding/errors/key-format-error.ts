// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import { cleanMessage, maskPersonalData } from '../_sanitize.ts';
import { errorJson } from './_error-json.ts';

/** Options of {@link KeyFormatError}. */
export interface KeyFormatErrorOptions extends ErrorOptions {
  /** The setting or argument that holds the key (see {@link KeyFormatError.setting}). */
  readonly setting?: string;
}

/**
 * A key that cannot be used: says which setting holds it, what was given and
 * what is needed, never the key itself.
 *
 * @example
 * ```ts
 * try { await new LianLian(config).ready() } catch (err) {
 *   if (err instanceof KeyFormatError) console.error(`check ${err.setting}`, err.message);
 * }
 * ```
 */
export class KeyFormatError extends Error {
  /** The class name, set explicitly so it survives minification and shows in logs. */
  override readonly name = 'KeyFormatError';
  /**
   * Where the key came from: `privateKey` or `lianlianPublicKey` for a client's
   * settings (`LianLian: lianlianPublicKey: got …`), `privateKey` or `publicKey`
   * for `importPrivateKey` / `importPublicKey`; undefined when a key fails a
   * check after it was imported (a signature's self-check).
   */
  readonly setting: string | undefined;

  constructor(message: string, options: KeyFormatErrorOptions = {}) {
    const { setting, ...rest } = options;
    super(maskPersonalData(cleanMessage(message), 'mixed'), rest);
    this.setting = setting;
  }

  /** `JSON.stringify(error)`: name, message and the setting whose key is wrong; never key material. */
  toJSON(): Record<string, string | number | boolean> {
    return errorJson(this, { setting: this.setting });
  }
}
