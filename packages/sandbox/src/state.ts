/**
 * Everything one sandbox remembers: registered merchants and their
 * balances, each merchant's users and their card agreements, payment orders
 * and refunds, their notifications, and pending SMS challenges (sms.ts).
 * It lives in a {@link KvStore}: a Map, or LMDB under `dataDir` so it
 * survives a restart.
 *
 * Handlers change records in place (`order.status = 'SUCCESS'`), and they
 * run synchronously (handlers/types.ts). So a record read through this class
 * stays the one shared object until {@link SandboxState.flush}, which the
 * server calls once per request before answering: it writes every record
 * that changed in one transaction and forgets them all. Memory holds only
 * the records of requests in flight, a bounded cache of merchants' keys and
 * notifications being signed; the rest is in the store.
 */
import { createPublicKey } from 'node:crypto';
import { importPublicKey, type RsaPublicKey } from '@lianlian-sdk/node';
import type { CardBin } from './cards.ts';
import type { PaymentOrder, PreparedNotification, Refund } from './orders.ts';
import { SmsChallenges } from './sms.ts';
import { decode, encode, storeKey, type KvStore } from './store.ts';

/** A merchant the sandbox accepts requests from: its id and the public key its signatures verify with. */
export interface Merchant {
  readonly oidPartner: string;
  readonly publicKey: Promise<RsaPublicKey>;
}

/** One bound card (card-bind-overview.md: `no_agree` stands for the card's payment information). */
export interface Agreement {
  readonly noAgree: string;
  /** Full (test) card number, kept in the state and data dir to spot a second bind of the same card; never answered or logged. */
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

/** Merchants whose imported keys stay cached; others are imported again from the store when they call. */
const MERCHANT_CACHE = 1000;

/** What a notification is kept under: an order's or a refund's. */
export type NotificationRef = { readonly order: PaymentOrder } | { readonly refund: Refund };

/** A record handed out since the last flush, with the text it was read as (`undefined`: new). */
interface Live {
  readonly value: object;
  readonly read: string | undefined;
}

/** The state of one sandbox over its store. */
export class SandboxState {
  readonly now: () => number;
  readonly sms: SmsChallenges;
  readonly #store: KvStore;
  readonly #live = new Map<string, Live>();
  readonly #merchants = new Map<string, Merchant>();
  /** Notifications being built and signed; stored once built. */
  readonly #building = new Map<string, Promise<PreparedNotification | undefined>>();
  #closed = false;

  constructor(store: KvStore, now: () => number = Date.now) {
    this.now = now;
    this.#store = store;
    this.sms = new SmsChallenges(store, now);
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
    this.#store.write(new Map([[storeKey('m', oidPartner), encode({ spki })]]));
    this.#merchants.delete(oidPartner);
  }

  /** The registered merchant, or `undefined` (→ 3001 非法商户). */
  merchant(oidPartner: string): Merchant | undefined {
    const cached = this.#merchants.get(oidPartner);
    if (cached) return cached;
    const text = this.#store.get(storeKey('m', oidPartner));
    if (text === undefined) return undefined;
    const publicKey = importPublicKey(decode<{ spki: string }>(text).spki);
    publicKey.catch(() => undefined); // surfaced when a request needs it
    const merchant = { oidPartner, publicKey };
    if (this.#merchants.size >= MERCHANT_CACHE) this.#merchants.delete(this.#merchants.keys().next().value!);
    this.#merchants.set(oidPartner, merchant);
    return merchant;
  }

  /** The user, or `undefined` when the merchant never bound a card for them. */
  user(oidPartner: string, userId: string): CardUser | undefined {
    return this.#read<CardUser>(storeKey('u', oidPartner, userId));
  }

  /** The user, created empty on first use. */
  userOrNew(oidPartner: string, userId: string): CardUser {
    return this.user(oidPartner, userId) ?? this.#add(storeKey('u', oidPartner, userId), { agreements: [] } as CardUser);
  }

  /** The merchant's order with this `no_order`, if any. */
  order(oidPartner: string, noOrder: string): PaymentOrder | undefined {
    return this.#read<PaymentOrder>(storeKey('o', oidPartner, noOrder));
  }

  /** Records a new order; the caller has checked `no_order` is unused (1002). */
  addOrder(order: PaymentOrder): void {
    this.#add(storeKey('o', order.oidPartner, order.noOrder), order);
    // Indexes: queries name an order by oid_paybill too, the checkout page by its token.
    this.#add(storeKey('b', order.oidPartner, order.oidPaybill), { noOrder: order.noOrder });
    if (order.pageToken !== undefined) this.#add(storeKey('p', order.pageToken), { oidPartner: order.oidPartner, noOrder: order.noOrder });
  }

  /** The merchant's order with this LianLian transaction number (`oid_paybill`), if any. */
  orderByPaybill(oidPartner: string, oidPaybill: string): PaymentOrder | undefined {
    const ref = this.#read<{ noOrder: string }>(storeKey('b', oidPartner, oidPaybill));
    return ref && this.order(oidPartner, ref.noOrder);
  }

  /** The merchant's orders (in `no_order` order). */
  *orders(oidPartner: string): Iterable<PaymentOrder> {
    for (const [k] of this.#store.entries(storeKey('o', oidPartner, ''))) {
      const order = this.#read<PaymentOrder>(k);
      if (order) yield order;
    }
    // Orders added since the last flush are not in the store yet.
    for (const [k, live] of this.#live) if (live.read === undefined && k.startsWith(storeKey('o', oidPartner, ''))) yield live.value as PaymentOrder;
  }

  /** The order whose payment page token is `token` (unified `gateway_url`). */
  orderByPageToken(token: string): PaymentOrder | undefined {
    const ref = this.#read<{ oidPartner: string; noOrder: string }>(storeKey('p', token));
    return ref && this.order(ref.oidPartner, ref.noOrder);
  }

  /** The merchant's refund with this `no_refund`, if any. */
  refund(oidPartner: string, noRefund: string): Refund | undefined {
    return this.#read<Refund>(storeKey('r', oidPartner, noRefund));
  }

  /** Records a new refund; the caller has checked `no_refund` is unused (1002). */
  addRefund(refund: Refund): void {
    this.#add(storeKey('r', refund.oidPartner, refund.noRefund), refund);
  }

  /** The merchant's balances, opened with {@link INITIAL_BALANCE_CENTS} on first use. */
  ledger(oidPartner: string): Ledger {
    const k = storeKey('l', oidPartner);
    return this.#read<Ledger>(k) ?? this.#add(k, { balanceCents: INITIAL_BALANCE_CENTS, unsettledCents: 0n });
  }

  /**
   * The name a card number is bound under for this merchant (card-bind
   * state), or `undefined` when no user of the merchant bound it. Instant
   * payments check payee names against it (4003).
   */
  holderName(oidPartner: string, cardNo: string): string | undefined {
    const prefix = storeKey('u', oidPartner, '');
    const users = new Map<string, CardUser>();
    for (const [k, text] of this.#store.entries(prefix)) users.set(k, decode<CardUser>(text));
    for (const [k, live] of this.#live) if (k.startsWith(prefix)) users.set(k, live.value as CardUser);
    for (const user of users.values()) if (user.agreements.some((a) => a.cardNo === cardNo)) return user.identity?.acctName;
    return undefined;
  }

  /** Keeps the notification of a paid order or a refund: pending while it is signed, then stored for re-sends. */
  keepNotification(ref: NotificationRef, built: Promise<PreparedNotification | undefined>): void {
    const k = notificationKey(ref);
    this.#building.set(k, built);
    void built.then((notification) => {
      if (this.#building.get(k) !== built) return;
      this.#building.delete(k);
      if (notification && !this.#closed) this.#store.write(new Map([[k, encode(notification)]]));
    });
  }

  /** The notification kept for an order or refund; `undefined` when none was (not paid yet). */
  notification(ref: NotificationRef): Promise<PreparedNotification | undefined> | undefined {
    const k = notificationKey(ref);
    const building = this.#building.get(k);
    if (building) return building;
    const text = this.#store.get(k);
    return text === undefined ? undefined : Promise.resolve(decode<PreparedNotification>(text));
  }

  /** Writes every record changed since the last flush, in one transaction, and lets go of them. */
  flush(): void {
    if (this.#closed || this.#live.size === 0) return;
    const batch = new Map<string, string>();
    for (const [k, live] of this.#live) {
      const text = encode(live.value);
      if (text !== live.read) batch.set(k, text);
    }
    this.#live.clear();
    if (batch.size > 0) this.#store.write(batch);
  }

  /** Flushes, then closes the store; later writes are dropped. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.flush();
    this.#closed = true;
    await this.#store.close();
  }

  #read<T extends object>(k: string): T | undefined {
    const live = this.#live.get(k);
    if (live) return live.value as T;
    const text = this.#store.get(k);
    if (text === undefined) return undefined;
    const value = decode<T>(text);
    this.#live.set(k, { value, read: text });
    return value;
  }

  #add<T extends object>(k: string, value: T): T {
    this.#live.set(k, { value, read: undefined });
    return value;
  }
}

function notificationKey(ref: NotificationRef): string {
  return 'order' in ref ? storeKey('n', 'o', ref.order.oidPartner, ref.order.noOrder) : storeKey('n', 'r', ref.refund.oidPartner, ref.refund.noRefund);
}
