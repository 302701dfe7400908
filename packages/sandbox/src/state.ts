/**
 * Everything one sandbox remembers, in memory and per instance: registered
 * merchants, each merchant's users and their card agreements, exchange
 * orders, and pending SMS challenges. Nothing is written to disk.
 */
import { createPublicKey } from 'node:crypto';
import { importPublicKey, type RsaPublicKey } from '@lianlian-sdk/node';
import type { CardBin } from './cards.ts';
import { SmsChallenges } from './sms.ts';

/** A merchant the sandbox accepts requests from: its id and the public key its signatures verify with. */
export interface Merchant {
  readonly oidPartner: string;
  readonly publicKey: Promise<RsaPublicKey>;
}

/** One bound card (card-bind-overview.md: `no_agree` stands for the card's payment information). */
export interface Agreement {
  readonly noAgree: string;
  /** Full number, kept in memory only to spot a second bind of the same card; never answered or logged. */
  readonly cardNo: string;
  readonly bin: CardBin;
  readonly bindMob: string;
}

/** A merchant's user. The first successful bind fixes who the user is (id_no, acct_name). */
export interface CardUser {
  identity?: { readonly idNo: string; readonly acctName: string };
  /** Oldest first; queries answer newest first (card-bind-query-api.md: "reverse chronological order"). */
  readonly agreements: Agreement[];
}

/** An exchange payment, created by exchangePayment.apply and paid by exchangePayment.verify. */
export interface ExchangeOrder {
  readonly userId: string;
  readonly noOrder: string;
  readonly dtOrder: string;
  readonly oidPaybill: string;
  readonly moneyOrder: string;
  readonly currencyOrder: string;
  readonly currencySettle: string;
  readonly payType: string;
  readonly infoOrder?: string;
  readonly noAgree?: string;
  status: 'awaiting-sms' | 'paid';
}

/** The in-memory store of one sandbox. */
export class SandboxState {
  readonly now: () => number;
  readonly sms: SmsChallenges;
  readonly #merchants = new Map<string, Merchant>();
  readonly #users = new Map<string, CardUser>();
  readonly #orders = new Map<string, ExchangeOrder>();

  constructor(now: () => number = Date.now) {
    this.now = now;
    this.sms = new SmsChallenges(now);
  }

  /**
   * Registers (or re-keys) a merchant.
   * @throws TypeError when the id is not up to 18 digits or the key is not an RSA public key in PEM
   */
  registerMerchant(oidPartner: string, publicKeyPem: string): void {
    if (typeof oidPartner !== 'string' || !/^\d{1,18}$/.test(oidPartner))
      throw new TypeError('registerMerchant: oid_partner must be up to 18 digits');
    let spki: string;
    try {
      const key = createPublicKey(publicKeyPem);
      if (key.asymmetricKeyType !== 'rsa') throw new TypeError('not RSA');
      // Normalised to SPKI so a PKCS#1 "RSA PUBLIC KEY" PEM works too.
      spki = key.export({ type: 'spki', format: 'pem' }).toString();
    } catch {
      throw new TypeError('registerMerchant: public_key must be an RSA public key in PEM');
    }
    const publicKey = importPublicKey(spki);
    publicKey.catch(() => undefined); // surfaced when a request needs it
    this.#merchants.set(oidPartner, { oidPartner, publicKey });
  }

  /** The registered merchant, or `undefined` (→ 3001 非法商户). */
  merchant(oidPartner: string): Merchant | undefined {
    return this.#merchants.get(oidPartner);
  }

  /** The user, or `undefined` when the merchant never bound a card for them. */
  user(oidPartner: string, userId: string): CardUser | undefined {
    return this.#users.get(key(oidPartner, userId));
  }

  /** The user, created empty on first use. */
  userOrNew(oidPartner: string, userId: string): CardUser {
    const k = key(oidPartner, userId);
    let user = this.#users.get(k);
    if (!user) this.#users.set(k, (user = { agreements: [] }));
    return user;
  }

  /** The merchant's order with this `no_order`, if any. */
  order(oidPartner: string, noOrder: string): ExchangeOrder | undefined {
    return this.#orders.get(key(oidPartner, noOrder));
  }

  /** Records a new order; the caller has checked `no_order` is unused (1002). */
  addOrder(oidPartner: string, order: ExchangeOrder): void {
    this.#orders.set(key(oidPartner, order.noOrder), order);
  }
}

function key(oidPartner: string, id: string): string {
  return `${oidPartner}\u0000${id}`;
}
