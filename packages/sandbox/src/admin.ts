/**
 * Admin routes under `/_sandbox/`, so tests in any runtime (Deno, workerd)
 * can drive the sandbox over HTTP, not only through the Node API:
 *
 * - `GET /_sandbox/public-key` → the sandbox's public key PEM (the merchant's `lianlianPublicKey`)
 * - `POST /_sandbox/merchants` `{"oid_partner", "public_key"}` → 201; registers or re-keys a merchant
 * - `GET /_sandbox/sms?user_id=…` or `?token=…` → `{"verify_code":"123456"}`: the last code "texted"
 * - `POST /_sandbox/pay` `{"oid_partner", "no_order"}` → pays a page order as its payer (admin-payments.ts)
 * - `POST /_sandbox/notify` `{"oid_partner", "no_order" | "no_refund"}` → re-sends its notification
 * - `GET /_sandbox/notifications[?settled=1]` → `{"attempts": [...]}`, every delivery attempt
 * - `GET /_sandbox/checkout?token=…` → the payment page behind aggregate payLoad / unified gateway_url
 * - `POST|GET|DELETE /_sandbox/faults[/{id}]` → arms, lists, clears faults for the next API calls (faults/admin-routes.ts)
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { adminCheckout, adminNotifications, adminNotify, adminPay } from './admin-payments.ts';
import type { SandboxContext } from './context.ts';
import { FAULTS_PATH, handleFaults } from './faults/admin-routes.ts';
import { parseJsonObject, readBody, sendJson, sendText } from './http.ts';

/** Path prefix of the admin routes; LianLian's own routes never start with it. */
export const ADMIN_PREFIX = '/_sandbox/';

/** Serves one admin request. */
export async function handleAdmin(req: IncomingMessage, res: ServerResponse, url: URL, ctx: SandboxContext): Promise<void> {
  const route = `${req.method ?? 'GET'} ${url.pathname}`;
  if ((url.pathname === FAULTS_PATH || url.pathname.startsWith(`${FAULTS_PATH}/`)) && (await handleFaults(req, res, url.pathname, ctx))) return;
  switch (route) {
    case 'GET /_sandbox/public-key':
      return sendText(res, 200, ctx.publicKeyPem);
    case 'POST /_sandbox/merchants':
      return registerMerchant(req, res, ctx);
    case 'GET /_sandbox/sms': {
      const who = url.searchParams.get('token') ?? url.searchParams.get('user_id');
      if (!who) return sendJson(res, 400, { error: 'need ?user_id=… or ?token=…' });
      const code = ctx.state.sms.lastCode(who);
      return code === undefined ? sendJson(res, 404, { error: 'no SMS code was sent for that user_id or token' }) : sendJson(res, 200, { verify_code: code });
    }
    case 'POST /_sandbox/pay':
      return adminPay(req, res, ctx);
    case 'POST /_sandbox/notify':
      return adminNotify(req, res, ctx);
    case 'GET /_sandbox/notifications':
      return adminNotifications(res, url, ctx);
    case 'GET /_sandbox/checkout':
      return adminCheckout(res, url, ctx);
    default:
      return sendJson(res, 404, { error: `no admin route ${route}` });
  }
}

async function registerMerchant(req: IncomingMessage, res: ServerResponse, ctx: SandboxContext): Promise<void> {
  const { oid_partner: oidPartner, public_key: publicKey } = parseJsonObject(await readBody(req)) ?? {};
  if (typeof oidPartner !== 'string' || typeof publicKey !== 'string')
    return sendJson(res, 400, { error: 'need a JSON body {"oid_partner": "...", "public_key": "-----BEGIN PUBLIC KEY-----..."}' });
  try {
    ctx.state.registerMerchant(oidPartner, publicKey);
  } catch (err) {
    return sendJson(res, 400, { error: err instanceof Error ? err.message : 'invalid merchant' });
  }
  return sendJson(res, 201, { oid_partner: oidPartner });
}
