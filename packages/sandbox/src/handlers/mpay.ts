/**
 * MPAY card bind (MPAY-card-bind-apply.md, MPAY-card-bind-verify.md). Same
 * flow and same state as card-bind.ts; the apply answers `8888` (短信已下发，
 * 需要再次验证) and echoes `no_order` / `dt_order`. Its request arrives
 * encrypted in `pay_load`, which check-request.ts has already opened.
 */
import { applyBind, verifyBind } from './card-bind.ts';
import type { Handler } from './types.ts';

/** mpay.cardBindApply: `8888` with user_id, token and the echoed no_order / dt_order. */
export const mpayCardBindApply: Handler = (ctx) => applyBind(ctx, '8888');

/** mpay.cardBindVerify: `0000` with the card's last four digits, no_agree and no_order. */
export const mpayCardBindVerify: Handler = verifyBind;
