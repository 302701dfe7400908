/**
 * Admin routes under `/_sandbox/`, so tests in any runtime (Deno, workerd)
 * can drive the sandbox over HTTP, not only through the Node API:
 *
 * - `GET /_sandbox/public-key` → the sandbox's public key PEM (the merchant's `lianlianPublicKey`)
 * - `POST /_sandbox/merchants` `{"oid_partner", "public_key"}` → 201; registers or re-keys a merchant
 * - `GET /_sandbox/sms?user_id=…` or `?token=…` → `{"verify_code":"123456"}`: the last code "texted"
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson, sendText } from './http.ts';
import type { SandboxState } from './state.ts';

/** Path prefix of the admin routes; LianLian's own routes never start with it. */
export const ADMIN_PREFIX = '/_sandbox/';

/** Serves one admin request. */
export async function handleAdmin(req: IncomingMessage, res: ServerResponse, url: URL, state: SandboxState, publicKeyPem: string): Promise<void> {
  const route = `${req.method ?? 'GET'} ${url.pathname}`;
  switch (route) {
    case 'GET /_sandbox/public-key':
      return sendText(res, 200, publicKeyPem);
    case 'POST /_sandbox/merchants': {
      const text = await readBody(req);
      let body: unknown;
      try {
        body = text === undefined ? undefined : JSON.parse(text);
      } catch {
        body = undefined;
      }
      const { oid_partner: oidPartner, public_key: publicKey } = (body ?? {}) as Record<string, unknown>;
      if (typeof oidPartner !== 'string' || typeof publicKey !== 'string')
        return sendJson(res, 400, { error: 'need a JSON body {"oid_partner": "...", "public_key": "-----BEGIN PUBLIC KEY-----..."}' });
      try {
        state.registerMerchant(oidPartner, publicKey);
      } catch (err) {
        return sendJson(res, 400, { error: err instanceof Error ? err.message : 'invalid merchant' });
      }
      return sendJson(res, 201, { oid_partner: oidPartner });
    }
    case 'GET /_sandbox/sms': {
      const who = url.searchParams.get('token') ?? url.searchParams.get('user_id');
      if (!who) return sendJson(res, 400, { error: 'need ?user_id=… or ?token=…' });
      const code = state.sms.lastCode(who);
      return code === undefined ? sendJson(res, 404, { error: 'no SMS code was sent for that user_id or token' }) : sendJson(res, 200, { verify_code: code });
    }
    default:
      return sendJson(res, 404, { error: `no admin route ${route}` });
  }
}
