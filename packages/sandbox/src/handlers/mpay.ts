/**
 * MPAY (mpay-direct.md). Card bind (MPAY-card-bind-apply.md,
 * MPAY-card-bind-verify.md) runs the card-bind.ts flow on the same state; the
 * apply answers `8888` (短信已下发，需要再次验证) and echoes `no_order` /
 * `dt_order`. Payments (MPAY-apply-direct-API.md, MPAY-verify-direct-api.md)
 * run the card-payment.ts flow: apply answers `8888` with a token, verify
 * pays. Apply requests arrive encrypted in `pay_load`, which
 * check-request.ts has already opened; apply and verify share one endpoint
 * (dispatch.ts).
 */
import { applyBind, verifyBind } from './card-bind.ts';
import { applyCardPayment, verifyCardPayment } from './card-payment.ts';
import type { Handler } from './types.ts';

/** mpay.cardBindApply: `8888` with user_id, token and the echoed no_order / dt_order. */
export const mpayCardBindApply: Handler = (ctx) => applyBind(ctx, '8888');

/** mpay.cardBindVerify: `0000` with the card's last four digits, no_agree and no_order. */
export const mpayCardBindVerify: Handler = verifyBind;

/** mpay.applyDirect: `8888` with the order and an SMS token; pay_type 2 / 3 must match a debit / credit card (5601). */
export const mpayApplyDirect: Handler = (ctx) => applyCardPayment(ctx, '8888');

/** mpay.verifyDirect: pays the order; `0000` with settle_date. */
export const mpayVerifyDirect: Handler = verifyCardPayment;
