/**
 * Everything one sandbox remembers, in memory and per instance: registered
 * merchants and their balances, each merchant's users and their card
 * agreements, payment orders and refunds, and pending SMS challenges.
 * Nothing is written to disk.
 */
import { createPublicKey } from 'node:crypto';
import { importPublicKey, type RsaPublicKey } from '@lianlian-sdk/node';
import type { CardBin } from './cards.ts';
import type { PaymentOrder, Refund } from './orders.ts';
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

/**
 * A merchant's two LianLian balances (balance-query-api.md): `unsettled`
 * grows with the payments it receives and pays refunds ("It can used for
 * refund payment"); `balance` pays instant payments ("It can be used for
 * money transfer"). In CNY cents.
 */
export interface Ledger {
  balanceCents: bigint;
  unsettledCents: bigint;
}

/** Starting `amt_balance` of every merchant: 100 000.00 CNY, so instant payments work out of the box. */
export const INITIAL_BALANCE_CENTS = 10_000_000n;

/** The in-memory store of one sandbox. */
export class SandboxState {
  readonly now: () => number;
  readonly sms: SmsChallenges;
  readonly #merchants = new Map<string, Merchant>();
  readonly #users = new Map<string, CardUser>();
  readonly #orders = new Map<string, PaymentOrder>();
  readonly #refunds = new Map<string, Refund>();
  readonly #ledgers = new Map<string, Ledger>();

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
  order(oidPartner: string, noOrder: string): PaymentOrder | undefined {
    return this.#orders.get(key(oidPartner, noOrder));
  }

  /** Records a new order; the caller has checked `no_order` is unused (1002). */
  addOrder(order: PaymentOrder): void {
    this.#orders.set(key(order.oidPartner, order.noOrder), order);
  }

  /** The merchant's orders, oldest first. */
  *orders(oidPartner: string): Iterable<PaymentOrder> {
    for (const order of this.#orders.values()) if (order.oidPartner === oidPartner) yield order;
  }

  /** The order whose payment page token is `token` (unified `gateway_url`). */
  orderByPageToken(token: string): PaymentOrder | undefined {
    for (const order of this.#orders.values()) if (order.pageToken === token) return order;
    return undefined;
  }

  /** The merchant's refund with this `no_refund`, if any. */
  refund(oidPartner: string, noRefund: string): Refund | undefined {
    return this.#refunds.get(key(oidPartner, noRefund));
  }

  /** Records a new refund; the caller has checked `no_refund` is unused (1002). */
  addRefund(refund: Refund): void {
    this.#refunds.set(key(refund.oidPartner, refund.noRefund), refund);
  }

  /** The merchant's balances, opened with {@link INITIAL_BALANCE_CENTS} on first use. */
  ledger(oidPartner: string): Ledger {
    let ledger = this.#ledgers.get(oidPartner);
    if (!ledger) this.#ledgers.set(oidPartner, (ledger = { balanceCents: INITIAL_BALANCE_CENTS, unsettledCents: 0n }));
    return ledger;
  }

  /**
   * The name a card number is bound under for this merchant (card-bind
   * state), or `undefined` when no user of the merchant bound it. Instant
   * payments check payee names against it (4003).
   */
  holderName(oidPartner: string, cardNo: string): string | undefined {
    for (const [k, user] of this.#users)
      if (k.startsWith(`${oidPartner}\u0000`) && user.agreements.some((a) => a.cardNo === cardNo)) return user.identity?.acctName;
    return undefined;
  }
}

function key(oidPartner: string, id: string): string {
  return `${oidPartner}\u0000${id}`;
}
