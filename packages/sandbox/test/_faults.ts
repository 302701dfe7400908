/**
 * Helpers for the fault tests: the exact signed request the LianLian client
 * would send (captured by its `fetch` option, never sent), posted again with
 * plain fetch, so the tests see what any HTTP client sees.
 */
import { LianLian } from '@lianlian-sdk/node';
import { expect } from 'vitest';
import { OID_PARTNER, type TestEnv } from './_helpers.ts';

/** A signed request, as the client would post it. */
export interface SignedRequest {
  readonly url: string;
  readonly body: string;
}

/** The request `send` makes through a client of `env`'s merchant, captured instead of sent. */
export async function signedRequest(env: TestEnv, send: (client: LianLian) => Promise<unknown>): Promise<SignedRequest> {
  let captured: SignedRequest | undefined;
  const client = new LianLian({
    oidPartner: OID_PARTNER,
    privateKey: env.merchantPrivateKeyPem,
    lianlianPublicKey: env.sandbox.publicKeyPem,
    baseUrl: env.sandbox.url,
    fetch: async (input, init) => {
      // The client may pass a URL and init, or a Request (ky does): read both the same way.
      const request = new Request(input, init);
      captured = { url: request.url, body: await request.text() };
      // A 200 that is not JSON ends the call at once: a thrown network error would be retried for a read operation.
      return new Response('captured, not sent', { status: 200, headers: { 'content-type': 'text/plain' } });
    },
  });
  await send(client).catch(() => undefined);
  if (!captured) throw new Error('the client sent no request');
  return captured;
}

/** POSTs `request` with plain fetch. */
export function plainPost(request: SignedRequest, signal?: AbortSignal): Promise<Response> {
  return fetch(request.url, { method: 'POST', headers: { 'content-type': 'application/json;charset=utf-8' }, body: request.body, ...(signal && { signal }) });
}

/** The rejection of `promise`, which must reject. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('expected a rejection'),
    (error: unknown) => error,
  );
}
