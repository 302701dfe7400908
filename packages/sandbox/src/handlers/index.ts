/** Which handler answers which operation id (the ids of `operations` in @lianlian-sdk/node). */
import { cardBinQuery } from './card-bin.ts';
import { cardBindApply, cardBindQuery, cardBindUnbind, cardBindVerify } from './card-bind.ts';
import { exchangePaymentApply, exchangePaymentVerify } from './exchange-payment.ts';
import { mpayCardBindApply, mpayCardBindVerify } from './mpay.ts';
import type { Handler } from './types.ts';

/** Handlers by operation id. An `api` operation missing here answers 9999 (系统错误). */
export const HANDLERS: Readonly<Record<string, Handler>> = {
  'cardBin.query': cardBinQuery,
  'cardBind.apply': cardBindApply,
  'cardBind.verify': cardBindVerify,
  'cardBind.unbind': cardBindUnbind,
  'cardBind.query': cardBindQuery,
  'exchangePayment.apply': exchangePaymentApply,
  'exchangePayment.verify': exchangePaymentVerify,
  'mpay.cardBindApply': mpayCardBindApply,
  'mpay.cardBindVerify': mpayCardBindVerify,
};
