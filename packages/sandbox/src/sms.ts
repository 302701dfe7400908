/**
 * SMS challenges: the code LianLian texts to the card holder after an apply
 * call and the token the merchant quotes back in the verify call
 * (card-bind-apply-api.md, exchange-payment-apply-api.md, easypay-apply-direct-API.md). A token lives half
 * an hour ("Token expires in half an hour", ret_code 1000 in return-codes.md)
 * and survives three wrong codes; after that it is dead and answers 1000.
 * The docs give the code no life of its own (1901 短信码已失效 names no
 * time), so a code lives as long as its token, and so does the "phone"'s
 * copy of it.
 *
 * Challenges live in the store (store.ts), so a restarted sandbox with a
 * data dir still accepts the verify of an apply made before. Expired ones
 * are dropped when touched, by {@link SmsChallenges.purge} (at start and
 * every minute, server.ts), and past {@link MAX_CHALLENGES} the oldest go.
 */
import { randomDigits, randomToken } from './random.ts';
import { decode, encode, storeKey, type KvStore } from './store.ts';

/** How long a token is valid: 30 minutes (return-codes.md, 1000). */
export const TOKEN_TTL_MS = 30 * 60 * 1000;
/** Wrong SMS codes a token survives (each answers 1900); the next call finds it dead (1000). */
export const MAX_WRONG_CODES = 3;
/** Pending challenges kept at most (and as many "phone" entries per kind); the purge drops the oldest beyond it. */
export const MAX_CHALLENGES = 100_000;
/** Issues between two purges when the timer has not run (a burst of applies). */
const PURGE_EVERY = 10_000;

/** What the challenge unlocks: a card binding, an exchange payment, or an Easy Payment / MPAY card payment. */
export type ChallengeKind = 'cardBind' | 'exchange' | 'payment';

/** One pending SMS challenge. `data` is what the verify step needs from the apply step. */
export interface Challenge<D> {
  readonly token: string;
  readonly kind: ChallengeKind;
  readonly oidPartner: string;
  readonly userId: string;
  readonly code: string;
  readonly expiresAt: number;
  wrongCodes: number;
  readonly data: D;
}

/** A code on the "phone": the last one texted to a user or for a token. */
interface InboxEntry {
  readonly code: string;
  readonly expiresAt: number;
}

/** Outcome of quoting a token and a code back. */
export type ChallengeResult<D> = { readonly ok: true; readonly challenge: Challenge<D> } | { readonly ok: false; readonly code: '1000' | '1900' };

const PENDING = storeKey('s', '');
const INBOX = storeKey('i', '');

/** The pending challenges and the "phone": the last code texted to each user and for each token. */
export class SmsChallenges {
  readonly #store: KvStore;
  readonly #now: () => number;
  #issuedSincePurge = 0;

  constructor(store: KvStore, now: () => number) {
    this.#store = store;
    this.#now = now;
  }

  /** Starts a challenge: a fresh token and a fresh 6-digit code "texted" to the user. */
  issue<D>(kind: ChallengeKind, oidPartner: string, userId: string, data: D): Challenge<D> {
    if (++this.#issuedSincePurge >= PURGE_EVERY) this.purge();
    const challenge: Challenge<D> = {
      token: randomToken(),
      kind,
      oidPartner,
      userId,
      code: randomDigits(6),
      expiresAt: this.#now() + TOKEN_TTL_MS,
      wrongCodes: 0,
      data,
    };
    const texted = encode({ code: challenge.code, expiresAt: challenge.expiresAt } satisfies InboxEntry);
    this.#store.write(
      new Map([
        [PENDING + challenge.token, encode(challenge)],
        [storeKey('i', `user:${userId}`), texted],
        [storeKey('i', `token:${challenge.token}`), texted],
      ]),
    );
    return challenge;
  }

  /**
   * Checks a token and code. A token that is unknown, expired, already used,
   * of another kind, merchant or user, or that `matches` rejects, answers
   * 1000; a wrong code answers 1900. A right code consumes the token.
   */
  redeem<D>(kind: ChallengeKind, oidPartner: string, userId: string, token: string, code: string, matches: (data: D) => boolean = () => true): ChallengeResult<D> {
    const key = PENDING + token;
    const text = this.#store.get(key);
    const challenge = text === undefined ? undefined : decode<Challenge<D>>(text);
    if (!challenge || challenge.kind !== kind || challenge.oidPartner !== oidPartner || challenge.userId !== userId || !matches(challenge.data))
      return { ok: false, code: '1000' };
    if (this.#now() > challenge.expiresAt) {
      this.#store.write(new Map([[key, undefined]]));
      return { ok: false, code: '1000' };
    }
    if (code !== challenge.code) {
      challenge.wrongCodes += 1;
      this.#store.write(new Map([[key, challenge.wrongCodes >= MAX_WRONG_CODES ? undefined : encode(challenge)]]));
      return { ok: false, code: '1900' };
    }
    this.#store.write(new Map([[key, undefined]]));
    return { ok: true, challenge };
  }

  /** The last code texted for a token, or else to a user_id, while its token lives; `undefined` when none was. */
  lastCode(userIdOrToken: string): string | undefined {
    return this.#inbox(`token:${userIdOrToken}`) ?? this.#inbox(`user:${userIdOrToken}`);
  }

  /**
   * Drops expired challenges and "phone" entries from the store, then the
   * oldest beyond {@link MAX_CHALLENGES}. Returns how many entries went.
   */
  purge(): number {
    this.#issuedSincePurge = 0;
    const now = this.#now();
    const batch = new Map<string, undefined>();
    for (const prefix of [PENDING, INBOX]) {
      const live: { key: string; expiresAt: number }[] = [];
      for (const [key, text] of this.#store.entries(prefix)) {
        const { expiresAt } = decode<{ expiresAt: number }>(text);
        if (now > expiresAt) batch.set(key, undefined);
        else live.push({ key, expiresAt });
      }
      // The inbox holds two entries per challenge (user and token).
      const cap = prefix === PENDING ? MAX_CHALLENGES : 2 * MAX_CHALLENGES;
      if (live.length > cap) for (const { key } of live.sort((a, b) => a.expiresAt - b.expiresAt).slice(0, live.length - cap)) batch.set(key, undefined);
    }
    if (batch.size > 0) this.#store.write(batch);
    return batch.size;
  }

  #inbox(id: string): string | undefined {
    const key = storeKey('i', id);
    const text = this.#store.get(key);
    if (text === undefined) return undefined;
    const entry = decode<InboxEntry>(text);
    if (this.#now() <= entry.expiresAt) return entry.code;
    this.#store.write(new Map([[key, undefined]]));
    return undefined;
  }
}
