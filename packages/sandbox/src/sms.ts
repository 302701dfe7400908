/**
 * SMS challenges: the code LianLian texts to the card holder after an apply
 * call and the token the merchant quotes back in the verify call
 * (card-bind-apply-api.md, exchange-payment-apply-api.md, easypay-apply-direct-API.md). A token lives half
 * an hour ("Token expires in half an hour", ret_code 1000 in return-codes.md)
 * and survives three wrong codes; after that it is dead and answers 1000.
 */
import { randomDigits, randomToken } from './random.ts';

/** How long a token is valid: 30 minutes (return-codes.md, 1000). */
export const TOKEN_TTL_MS = 30 * 60 * 1000;
/** Wrong SMS codes a token survives (each answers 1900); the next call finds it dead (1000). */
export const MAX_WRONG_CODES = 3;

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

/** Outcome of quoting a token and a code back. */
export type ChallengeResult<D> = { readonly ok: true; readonly challenge: Challenge<D> } | { readonly ok: false; readonly code: '1000' | '1900' };

/** The pending challenges and the "phone": the last code texted to each user and for each token. */
export class SmsChallenges {
  readonly #pending = new Map<string, Challenge<unknown>>();
  /** Last code per user_id and per token; kept after use, like messages on a phone. */
  readonly #inbox = new Map<string, string>();
  readonly #now: () => number;

  constructor(now: () => number) {
    this.#now = now;
  }

  /** Starts a challenge: a fresh token and a fresh 6-digit code "texted" to the user. */
  issue<D>(kind: ChallengeKind, oidPartner: string, userId: string, data: D): Challenge<D> {
    this.#prune();
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
    this.#pending.set(challenge.token, challenge);
    this.#inbox.set(`user:${userId}`, challenge.code);
    this.#inbox.set(`token:${challenge.token}`, challenge.code);
    return challenge;
  }

  /**
   * Checks a token and code. A token that is unknown, expired, already used,
   * of another kind, merchant or user, or that `matches` rejects, answers
   * 1000; a wrong code answers 1900. A right code consumes the token.
   */
  redeem<D>(kind: ChallengeKind, oidPartner: string, userId: string, token: string, code: string, matches: (data: D) => boolean = () => true): ChallengeResult<D> {
    const challenge = this.#pending.get(token) as Challenge<D> | undefined;
    if (!challenge || challenge.kind !== kind || challenge.oidPartner !== oidPartner || challenge.userId !== userId || !matches(challenge.data))
      return { ok: false, code: '1000' };
    if (this.#now() > challenge.expiresAt) {
      this.#pending.delete(token);
      return { ok: false, code: '1000' };
    }
    if (code !== challenge.code) {
      challenge.wrongCodes += 1;
      if (challenge.wrongCodes >= MAX_WRONG_CODES) this.#pending.delete(token);
      return { ok: false, code: '1900' };
    }
    this.#pending.delete(token);
    return { ok: true, challenge };
  }

  /** The last code texted for a token, or else to a user_id; `undefined` when none was. */
  lastCode(userIdOrToken: string): string | undefined {
    return this.#inbox.get(`token:${userIdOrToken}`) ?? this.#inbox.get(`user:${userIdOrToken}`);
  }

  /** Drops expired challenges so a long-running sandbox does not grow without bound. */
  #prune(): void {
    const now = this.#now();
    for (const [token, c] of this.#pending) if (now > c.expiresAt) this.#pending.delete(token);
  }
}
