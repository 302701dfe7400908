// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/** Currencies LianLian supports (ISO 4217 code → name). [Doc page](https://lianlianpay.gitbook.io/docs/docs/supported-currencies) */
export const CURRENCIES = {
  /** Australian dollar */
  AUD: { name: 'Australian dollar' },
  /** Chinese Yuan, also called Renminbi */
  CNY: { name: 'Chinese Yuan, also called Renminbi' },
  /** Danish krone */
  DKK: { name: 'Danish krone' },
  /** Euro */
  EUR: { name: 'Euro' },
  /** Pound sterling */
  GBP: { name: 'Pound sterling' },
  /** Hong Kong dollar */
  HKD: { name: 'Hong Kong dollar' },
  /** Japanese yen */
  JPY: { name: 'Japanese yen' },
  /** New Zealand dollar */
  NZD: { name: 'New Zealand dollar' },
  /** Swedish krona */
  SEK: { name: 'Swedish krona' },
  /** Singapore dollar */
  SGD: { name: 'Singapore dollar' },
  /** United States dollar */
  USD: { name: 'United States dollar' },
} as const;

/** A supported currency code, such as `CNY`. */
export type Currency = keyof typeof CURRENCIES;

/** True when `code` is a supported currency code (upper case, as LianLian spells them). */
export function isCurrency(code: string): code is Currency {
  return Object.hasOwn(CURRENCIES, code);
}
