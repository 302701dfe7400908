// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
export interface paths {
    "/aggregateweb/gateway.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Aggregate Payment
         * @description Sends the payer's browser to LianLian to pay by card, online banking, Alipay or WeChat.
         */
        post: operations["aggregate.payment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bankcardbin.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Card Bin Query
         * @description Looks up the issuing bank and card type of a UnionPay card number.
         */
        post: operations["cardBin.query"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bankcardbind.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Card Bind Apply
         * @description Starts binding a user's card and has LianLian text an SMS code to the holder.
         */
        post: operations["cardBind.apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bankcardbindlist.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Card Bind Query
         * @description Lists the cards bound to a user, newest first, optionally filtered.
         */
        post: operations["cardBind.query"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bankcardbindverfy.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Card Bind Verify
         * @description Completes a card bind by checking the SMS code and token from cardBind.apply.
         */
        post: operations["cardBind.verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bankcardunbind.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Card Unbind
         * @description Removes one of a user's card bindings, identified by its no_agree.
         */
        post: operations["cardBind.unbind"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/easypay.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Easypay Apply Direct
         * @description Creates a card payment and has LianLian text an SMS code to the payer.
         */
        post: operations["easypay.apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/easypayverify.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Easypay Verify Direct
         * @description Confirms an Easy Payment with the payer's SMS code so LianLian charges the card.
         */
        post: operations["easypay.verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchange/v1/bankcardpayapply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange Payment Apply
         * @description Creates a foreign-currency card payment and has LianLian text an SMS code to the payer.
         */
        post: operations["exchangePayment.apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchange/v1/bankcardpayverify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange Payment Verify
         * @description Confirms an exchange payment with the payer's SMS code so LianLian charges the card.
         */
        post: operations["exchangePayment.verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchangeorderquery.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange Payment Result Query
         * @description Looks up an exchange payment by no_order and returns its current status.
         */
        post: operations["exchangePayment.query"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchangerefund.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund Apply
         * @description Asks LianLian to refund all or part of a payment from the last 6 months.
         */
        post: operations["refund.apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/llwalletapi/combinepay.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Aggregate Payment Direct API
         * @description Creates an Alipay or WeChat Pay payment for a QR code, app or official account.
         */
        post: operations["aggregate.apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/llwalletapi/orderquery.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Aggregate Payment Result Query
         * @description Looks up one payment by no_order or oid_paybill and returns its current result.
         */
        post: operations["aggregate.query"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orderquery.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Easy Payment Result Query
         * @description Looks up the state of an Easy Payment by order number or LianLian number.
         */
        post: operations["easypay.query"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment/bankgateway.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Online Banking Payment
         * @description Sends the payer's browser to LianLian, then on to their bank's online banking page.
         */
        post: operations["onlineBanking.payment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment/traveleasypay.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Easy Payment Web Redirect
         * @description Sends the payer's browser to LianLian's web page to pay by bank card.
         */
        post: operations["easypay.webPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/paymentapi/confirmPayment.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Instant Payment Confirm
         * @description Goes ahead with a transfer that instantPayment.apply held back for confirmation.
         */
        post: operations["instantPayment.confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/paymentapi/payment.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Instant Payment Apply
         * @description Transfers money from the merchant's LianLian balance to a bank account almost at once.
         */
        post: operations["instantPayment.apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/paymentapi/queryPayment.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Instant Payment Result Query
         * @description Looks up the state of a transfer by merchant order number or LianLian number.
         */
        post: operations["instantPayment.query"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/preauthCancel.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pre-authorised Cancel
         * @description Cancels an Easy Payment pre-authorisation and releases the held money.
         */
        post: operations["easypay.preauthCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/preauthComplete.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pre-authorised Capture
         * @description Captures money held by an Easy Payment pre-authorisation.
         */
        post: operations["easypay.preauthCapture"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/preauthquery.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pre-authorised Order Status Query
         * @description Looks up the state of an Easy Payment pre-authorisation.
         */
        post: operations["easypay.preauthQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/refundquery.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund Result Query
         * @description Looks up a refund by no_refund and dt_refund and returns its status.
         */
        post: operations["refund.query"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/traderAcctQuery.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Balance Query
         * @description Reads the merchant account's available and unsettled balances.
         */
        post: operations["instantPayment.balance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/travlepay.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Easy Payment H5 Redirect
         * @description Sends a mobile browser to LianLian's H5 card page; fields post as JSON in req_data.
         */
        post: operations["easypay.h5Payment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bankcardbind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * MPAY Card Bind Apply
         * @description Starts an MPAY card bind; LianLian answers 8888 and texts an SMS code.
         */
        post: operations["mpay.cardBindApply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bankcardbindverfy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * MPAY Card Bind Verify
         * @description Finishes an MPAY card bind by checking the SMS code and token.
         */
        post: operations["mpay.cardBindVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bankcardpay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * MPAY Verify Direct
         * @description Confirms an MPAY payment with the payer's SMS code so LianLian charges the card.
         */
        post: operations["mpay.verifyDirect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bankcardprepay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * MPAY Apply Direct
         * @description Creates an MPAY card payment; LianLian answers 8888 and texts an SMS code.
         */
        post: operations["mpay.applyDirect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/paycreatebill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Payment Creation Direct
         * @description Creates a payment server-side and returns the LianLian payment page URL to show the payer.
         */
        post: operations["unified.createBill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "aggregate.notification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Aggregate Payment Asynchronous Notification
         * @description JSON message LianLian posts to notify_url once an aggregate payment succeeds.
         */
        post: operations["aggregate.notification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "aggregate.syncNotification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Aggregate Payment Synchronous Notification
         * @description Form LianLian posts once to url_return when the payment succeeds; may never arrive.
         */
        post: operations["aggregate.syncNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "easypay.h5SyncNotification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Easy Payment H5 Synchronous Notification
         * @description Message LianLian sends once to url_return after an H5 payment or pre-authorisation succeeds.
         */
        post: operations["easypay.h5SyncNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "easypay.notification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Easy Payment Notification
         * @description JSON message LianLian posts to notify_url once an Easy Payment succeeds.
         */
        post: operations["easypay.notification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "easypay.webSyncNotification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Easy Payment Web Synchronous Notification
         * @description Form LianLian posts once to url_return after a web payment or pre-authorisation succeeds.
         */
        post: operations["easypay.webSyncNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "exchangePayment.notification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange Payment Asynchronous Notification
         * @description JSON message LianLian posts to notify_url once an exchange payment succeeds.
         */
        post: operations["exchangePayment.notification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "instantPayment.notification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Instant Payment Notification
         * @description JSON message LianLian posts to notify_url once a transfer succeeds or fails.
         */
        post: operations["instantPayment.notification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "mpay.notification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * MPAY Payment Notification
         * @description JSON message LianLian posts to notify_url once an MPAY payment succeeds.
         */
        post: operations["mpay.notification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "onlineBanking.notification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Online Banking Asynchronous Notification
         * @description JSON message LianLian posts to notify_url once an online banking payment succeeds.
         */
        post: operations["onlineBanking.notification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "onlineBanking.syncNotification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Online Banking Synchronous Notification
         * @description Form LianLian posts once to url_return when the payment succeeds; may never arrive.
         */
        post: operations["onlineBanking.syncNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "refund.notification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund Asynchronous Notification
         * @description JSON message LianLian posts to the refund's notify_url once the refund succeeds.
         */
        post: operations["refund.notification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        AggregateApplyRequest: {
            /** @description Alipay or WeChat app ID; needed for app and official account payments. */
            appid?: string;
            /**
             * @description Whether the order sells virtual or physical goods. `101001`: Virtual goods; `109001`: Physical goods.
             * @enum {string}
             */
            busi_partner: "101001" | "109001";
            /** @description Recipient merchant's oid_partner; cannot be combined with col_userid. */
            col_oidpartner?: string;
            /** @description Recipient user (E-wallet only); cannot be combined with col_oidpartner. */
            col_userid?: string;
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description Payer's ID card number, 15 or 18 characters; needed for verified payment. */
            id_no?: string;
            /**
             * @description Kind of identity document the payer uses. `0`: Resident ID card; `2`: Passport; `3`: Military officer ID; `4`: Hong Kong/Macau travel permit; `6`: Travel permit for Taiwan residents; `9`: Police officer ID; `X`: Other ID document.
             * @enum {string}
             */
            id_type?: "0" | "2" | "3" | "4" | "6" | "9" | "X";
            /** @description Free text echoed back in the notifications. */
            info_order?: string;
            /** @description Order amount in CNY, 0.01 to 100,000,000.00, two decimals. */
            money_order: string;
            /** @description Name of the goods bought. */
            name_goods: string;
            /** @description Payer's real name; leave out for an anonymous payer. */
            name_user?: string;
            /** @description Merchant's order number. */
            no_order: string;
            /**
             * Format: uri
             * @description Where LianLian posts the asynchronous payment notification.
             */
            notify_url: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description Payer's WeChat openid; needed for official account payments. */
            openid?: string;
            /**
             * @description Wallet and flow used for this payment. `I`: WeChat Pay QR code; `L`: Alipay QR code; `Y`: WeChat Pay in an app; `W`: WeChat Pay in an official account.
             * @enum {string}
             */
            pay_type: "I" | "L" | "Y" | "W";
            /**
             * Format: uri
             * @description Where the payer returns after paying.
             */
            return_url?: string;
            /** @description Risk-control data encoded as a JSON string; see payment-risk-item.md. */
            risk_item: string;
            /** @description Revenue-sharing instructions for up to 3 recipients; see aggregate-web-redirect.md. */
            shareing_data?: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
            /** @description The merchant's own ID for this user. */
            user_id: string;
        };
        AggregateApplyResponse: {
            /** @description The request's info_order, echoed back when it was sent. */
            info_order?: string;
            /** @description Order amount in CNY, two decimals. */
            money_order?: string;
            /** @description Merchant's order number. */
            no_order?: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number. */
            oid_paybill?: string;
            /**
             * @description Wallet and flow used for this payment. `I`: WeChat Pay QR code; `L`: Alipay QR code; `Y`: WeChat Pay in an app; `W`: WeChat Pay in an official account.
             * @enum {string}
             */
            pay_type: "I" | "L" | "Y" | "W";
            /** @description QR code link, or WeChat Pay parameters as JSON text. */
            payLoad?: string;
            /** @description Result code; see return-codes.md. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
            /** @description The merchant's own ID for this user. */
            user_id: string;
        };
        AggregateNotification: {
            /** @description Short code of the payer's bank. */
            bank_code?: string;
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description The payment request's info_order, echoed back when it was sent. */
            info_order?: string;
            /** @description Order amount in CNY, 0.01 to 100,000,000.00, two decimals. */
            money_order: string;
            /** @description Binding token standing for the card's payment details. */
            no_agree?: string;
            /** @description Merchant's order number. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number. */
            oid_paybill: string;
            /**
             * @description Payment method this transaction used. `0`: Balance payment; `1`: Online banking with a debit card; `8`: Online banking with a credit card; `9`: Business online banking; `2`: Express pay with a debit card; `3`: Express pay with a credit card; `D`: Verified payment; `I`: WeChat Pay; `L`: Alipay; `M`: Easy pay for regular payments; `F`: Easy pay with pre-authorisation; `Y`: WeChat Pay in an app; `W`: WeChat Pay in an official account.
             * @enum {string}
             */
            pay_type: "0" | "1" | "8" | "9" | "2" | "3" | "D" | "I" | "L" | "M" | "F" | "Y" | "W";
            /** @description Payment result, e.g. SUCCESS. */
            result_pay: string;
            /** @description Settlement date, YYYYMMDD; sent when the payment succeeded. */
            settle_date?: string;
            /** @description Notification signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this notification. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        AggregatePaymentRequest: {
            /** @description Payer's name in Chinese; needed for verified payment. */
            acct_name?: string;
            /** @description Bank short code, sent with pay_type, to skip the bank selection page. */
            bank_code?: string;
            /**
             * @description Whether the order sells virtual or physical goods. `101001`: Virtual goods; `109001`: Physical goods.
             * @enum {string}
             */
            busi_partner: "101001" | "109001";
            /** @description Guaranteed-transaction setting; the docs leave it undescribed. */
            buyer_confirm_valid?: number;
            /** @description Recipient merchant (E-wallet); defaults to user_id's merchant. Not with col_userid. */
            col_oidpartner?: string;
            /** @description Recipient user (E-wallet); cannot be combined with col_oidpartner. */
            col_userid?: string;
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description Payer's ID card number, 15 or 18 characters; needed for verified payment. */
            id_no?: string;
            /** @description Free text echoed back in the notifications. */
            info_order?: string;
            /** @description Order amount in CNY, 0.01 to 100,000,000.00, two decimals. */
            money_order: string;
            /** @description Name of the goods bought. */
            name_goods: string;
            /** @description Merchant's order number. */
            no_order: string;
            /**
             * Format: uri
             * @description Where LianLian posts the asynchronous payment notification.
             */
            notify_url: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /**
             * @description Online banking method, sent together with bank_code. `1`: Online banking with a debit card; `8`: Online banking with a credit card; `9`: Business online banking.
             * @enum {string}
             */
            pay_type?: "1" | "8" | "9";
            /** @description Risk-control data encoded as a JSON string; see payment-risk-item.md. */
            risk_item: string;
            /** @description Guarantor's oid_partner, for guaranteed transactions. */
            secured_partner?: string;
            /** @description Guaranteed-transaction setting; the docs leave it undescribed. */
            seller_send_valid?: number;
            /** @description Revenue-sharing instructions for up to 3 recipients, in the page's format. */
            shareing_data?: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
            /** @description Request time (UTC+8); must be within 30 minutes of LianLian's clock. */
            timestamp: string;
            /**
             * Format: uri
             * @description Web address of the goods.
             */
            url_order?: string;
            /**
             * Format: uri
             * @description Where the payer's browser returns after paying.
             */
            url_return?: string;
            /** @description The merchant's own ID for this user. */
            user_id: string;
            /** @description Payer's IP address with "_" in place of ".", for fraud checks. */
            userreq_ip: string;
            /** @description Minutes before an unpaid order closes; defaults to 10080 (7 days). */
            valid_order?: number;
            /**
             * @description Interface version; always 1.1.
             * @constant
             */
            version: "1.1";
        };
        AggregatePaymentResponse: Record<string, never>;
        AggregateQueryRequest: {
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order?: string;
            /** @description Merchant's order number; send this or oid_paybill. */
            no_order?: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number; send this or no_order. */
            oid_paybill?: string;
            /** @description Query interface version; defaults to 1.0. */
            query_version?: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
            /** @description The merchant's own ID for this user. */
            user_id?: string;
        };
        AggregateQueryResponse: {
            /** @description Short code of the payer's bank. */
            bank_code?: string;
            /** @description Name of the payer's bank. */
            bank_name?: string;
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order?: string;
            /** @description The payment request's info_order, echoed back when it was sent. */
            info_order?: string;
            /** @description Payment information from the bank. */
            memo?: string;
            /** @description Order amount in CNY, 0.01 to 100,000,000.00, two decimals. */
            money_order?: string;
            /** @description Merchant's order number. */
            no_order?: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number. */
            oid_paybill?: string;
            /**
             * @description Payment method this transaction used. `0`: Balance payment; `1`: Online banking with a debit card; `8`: Online banking with a credit card; `9`: Business online banking; `2`: Express pay with a debit card; `3`: Express pay with a credit card; `D`: Verified payment; `I`: WeChat Pay; `L`: Alipay; `M`: Easy pay for regular payments; `F`: Easy pay with pre-authorisation; `Y`: WeChat Pay in an app; `W`: WeChat Pay in an official account.
             * @enum {string}
             */
            pay_type?: "0" | "1" | "8" | "9" | "2" | "3" | "D" | "I" | "L" | "M" | "F" | "Y" | "W";
            /** @description Payment result, e.g. SUCCESS. */
            result_pay?: string;
            /** @description Result code; see return-codes.md. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Settlement date, YYYYMMDD; sent when the payment succeeded. */
            settle_date?: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        AggregateSyncNotification: {
            /** @description Short code of the payer's bank. */
            bank_code?: string;
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description The payment request's info_order, echoed back when it was sent. */
            info_order?: string;
            /** @description Order amount in CNY, 0.01 to 100,000,000.00, two decimals. */
            money_order: string;
            /** @description Merchant's order number. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number. */
            oid_paybill: string;
            /**
             * @description Payment method this transaction used. `0`: Balance payment; `1`: Online banking with a debit card; `8`: Online banking with a credit card; `9`: Business online banking; `2`: Express pay with a debit card; `3`: Express pay with a credit card; `D`: Verified payment; `I`: WeChat Pay; `L`: Alipay; `M`: Easy pay for regular payments; `F`: Easy pay with pre-authorisation; `Y`: WeChat Pay in an app; `W`: WeChat Pay in an official account.
             * @enum {string}
             */
            pay_type?: "0" | "1" | "8" | "9" | "2" | "3" | "D" | "I" | "L" | "M" | "F" | "Y" | "W";
            /** @description Payment result, e.g. SUCCESS. */
            result_pay: string;
            /** @description Settlement date, YYYYMMDD; sent when the payment succeeded. */
            settle_date?: string;
            /** @description Notification signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this notification. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        CardBindApplyRequest: {
            /** @description Cardholder's name, written in Chinese. */
            acct_name: string;
            /**
             * @description API version; always 2.1.
             * @constant
             */
            api_version: "2.1";
            /** @description Mobile number the bank holds for the card; mainland China only. */
            bind_mob: string;
            /** @description Full number of the card to bind. */
            card_no: string;
            /** @description Card security code (CVV/CVC2); needed when binding a credit card. */
            cvv2?: string;
            /** @description Holder's ID document number, 15 or 18 characters long. */
            id_no: string;
            /**
             * @description Kind of identity document the holder uses. `0`: Resident ID card; `2`: Passport; `3`: Military officer ID; `4`: Hong Kong/Macau travel permit; `6`: Travel permit for Taiwan residents; `9`: Police officer ID; `X`: Other ID document.
             * @enum {string}
             */
            id_type: "0" | "2" | "3" | "4" | "6" | "9" | "X";
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /**
             * @description Payment product the card is being bound for. `M`: Easy pay with a debit card; `N`: Easy pay with a credit card; `D`: Authenticated payment.
             * @enum {string}
             */
            pay_type: "M" | "N" | "D";
            /** @description Shares user data across several oid_partner accounts; LianLian must enable it. */
            platform?: string;
            /** @description Risk-control data encoded as a JSON string; see payment-risk-item.md. */
            risk_item: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
            /** @description The merchant's own ID for this user. */
            user_id: string;
            /** @description Card expiry date; needed when binding a credit card. */
            vali_date?: string;
        };
        CardBindApplyResponse: {
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description Result code; see return-codes.md. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
            /** @description Pass this to cardBind.verify together with the SMS code. */
            token?: string;
            /** @description The merchant's own ID for this user. */
            user_id: string;
        };
        CardBindQueryRequest: {
            /** @description Only return bindings of this card number. */
            card_no?: string;
            /** @description Only return the binding with this token. */
            no_agree?: string;
            /** @description Result offset (0, 1, 2, ...); 0 usually suffices. */
            offset: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /**
             * @description Only list bindings made for this payment product. `2`: Express pay with a debit card; `3`: Express pay with a credit card; `D`: Verified payment; `M`: Easy pay for regular payments; `F`: Easy pay with pre-authorisation; `P`: New authenticated payment.
             * @enum {string}
             */
            pay_type?: "2" | "3" | "D" | "M" | "F" | "P";
            /** @description Shares user data across oid_partner accounts; leave out unless LianLian says otherwise. */
            platform?: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
            /** @description The merchant's own ID for this user. */
            user_id: string;
        };
        CardBindQueryResponse: {
            /** @description How many bindings (no_agree values) the user has. */
            count: number;
            /** @description LianLian's own serial number for this request. */
            oid_paybill?: string;
            /** @description Result code; see return-codes.md. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
            /** @description Fields LianLian leaves out of its signature, kept apart: display them, never act on them. */
            unverified?: {
                /** @description The user's bindings, newest first. */
                agreement_list?: {
                    /** @description Short code of the issuing bank. */
                    bank_code: string;
                    /** @description Issuing bank's name, in Chinese. */
                    bank_name: string;
                    /** @description Holder's mobile number, partly masked. */
                    bind_mobile: string;
                    /** @description Last 4 digits of the bound card. */
                    card_no: string;
                    /**
                     * @description Whether the bound card is a debit or credit card. `2`: Debit card; `3`: Credit card.
                     * @enum {string}
                     */
                    card_type: "2" | "3";
                    /** @description Binding token standing for the card's payment details. */
                    no_agree: string;
                }[];
            };
            /** @description The merchant's own ID for this user. */
            user_id: string;
        };
        CardBindUnbindRequest: {
            /** @description Binding token of the card to unbind. */
            no_agree: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /**
             * @description Payment product of the binding to remove. `2`: Express pay with a debit card; `3`: Express pay with a credit card; `D`: Verified payment; `M`: Easy pay for regular payments; `F`: Easy pay with pre-authorisation; `P`: New authenticated payment.
             * @enum {string}
             */
            pay_type?: "2" | "3" | "D" | "M" | "F" | "P";
            /** @description Shares user data across oid_partner accounts; leave out unless LianLian says otherwise. */
            platform?: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
            /** @description The merchant's own ID for this user. */
            user_id: string;
        };
        CardBindUnbindResponse: {
            /** @description Result code; 0000 means the card was unbound. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        CardBindVerifyRequest: {
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature; `SHA256withRSA`: SHA-256 with RSA signature.
             * @enum {string}
             */
            sign_type: "RSA" | "SHA256withRSA";
            /** @description Token returned by cardBind.apply. */
            token: string;
            /** @description The merchant's own ID for this user. */
            user_id: string;
            /** @description SMS code the holder received after cardBind.apply. */
            verify_code: string;
        };
        CardBindVerifyResponse: {
            /** @description Last 4 digits of the card that was bound. */
            card_no: string;
            /** @description Binding token standing for the card's payment details. */
            no_agree?: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description Result code; see return-codes.md. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
            /** @description The merchant's own ID for this user. */
            user_id: string;
        };
        CardBinQueryRequest: {
            /**
             * @description API version; 1.0 when sent.
             * @constant
             */
            api_version?: "1.0";
            /** @description Full card number to look up. */
            card_no: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        CardBinQueryResponse: {
            /** @description Short code of the issuing bank. */
            bank_code: string;
            /** @description Issuing bank's name, in Chinese. */
            bank_name: string;
            /** @description Last 4 digits of the card looked up. */
            card_no?: string;
            /**
             * @description Whether the card is a debit or credit card. `2`: Debit card; `3`: Credit card.
             * @enum {string}
             */
            card_type: "2" | "3";
            /** @description Result code; see return-codes.md. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        EasypayApplyRequest: {
            /** @description Cardholder's name, written in Chinese. */
            acct_name: string;
            /**
             * @description API version; always 1.0.
             * @constant
             */
            api_version: "1.0";
            /** @description Short code of the card's issuing bank. */
            bank_code?: string;
            /** @description Mobile number the bank holds for the card; mainland China only. Needed when: no_agree is not sent. */
            bind_mob?: string;
            /**
             * @description Whether the order sells virtual or physical goods. `101001`: Virtual goods; `109001`: Physical goods.
             * @enum {string}
             */
            busi_partner: "101001" | "109001";
            /** @description Full number of the card to charge. Needed when: no_agree is not sent. */
            card_no?: string;
            /**
             * @description Kind of client the payer uses. `10`: App; `13`: PC; `16`: WAP (H5); `18`: IVR.
             * @enum {string}
             */
            client_chnl?: "10" | "13" | "16" | "18";
            /** @description Card security code (CVV/CVC2); needed when paying by credit card. */
            cvv2?: string;
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description Payer's ID document number, 15 or 18 characters long. Needed when: no_agree is not sent. */
            id_no?: string;
            /**
             * @description Kind of identity document the payer uses. Needed when: no_agree is not sent. `0`: Resident ID card; `2`: Passport; `3`: Military officer ID; `4`: Hong Kong/Macau travel permit; `6`: Travel permit for Taiwan residents; `9`: Police officer ID; `X`: Other ID document.
             * @enum {string}
             */
            id_type?: "0" | "2" | "3" | "4" | "6" | "9" | "X";
            /** @description Free text echoed back in the notifications. */
            info_order?: string;
            /** @description Order amount, 0.01 to 100,000,000.00, two decimals. */
            money_order: string;
            /** @description Name of the goods bought. */
            name_goods: string;
            /** @description Binding token from card bind, standing in for the card details. */
            no_agree?: string;
            /** @description Merchant's order number. */
            no_order: string;
            /**
             * Format: uri
             * @description Where LianLian posts the asynchronous payment notification.
             */
            notify_url: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /**
             * @description Payment product used for this order. `M`: Easy payment with a debit card; `F`: Easy payment with pre-authorisation.
             * @enum {string}
             */
            pay_type: "M" | "F";
            /** @description Shares user data across several oid_partner accounts; LianLian must enable it. */
            platform?: string;
            /** @description Risk-control data encoded as a JSON string; see payment-risk-item.md. */
            risk_item: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature; `SHA256withRSA`: SHA-256 with RSA signature.
             * @enum {string}
             */
            sign_type: "RSA" | "SHA256withRSA";
            /** @description The merchant's own ID for this user. */
            user_id: string;
            /** @description Card expiry date; needed when paying by credit card. */
            vali_date?: string;
            /** @description Minutes before an unpaid order closes; defaults to 10080 (7 days). */
            valid_order?: number;
        };
        EasypayApplyResponse: {
            /** @description Short code of the card's issuing bank. */
            bank_code?: string;
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description The request's info_order, echoed back when it was sent. */
            info_order?: string;
            /** @description Order amount, 0.01 to 100,000,000.00, two decimals. */
            money_order: string;
            /** @description Name of the goods bought. */
            name_goods: string;
            /** @description Binding token standing for the card's payment details. */
            no_agree?: string;
            /** @description Merchant's order number. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number, sent once the transaction exists. */
            oid_paybill?: string;
            /** @description Payment product this transaction used. */
            pay_type?: string;
            /**
             * @description Payment outcome; only sent for accounts without the SMS step. `SUCCESS`: Paid; `PROCESSING`: Still in progress.
             * @enum {string}
             */
            result_pay?: "SUCCESS" | "PROCESSING";
            /** @description Result code; see return-codes.md. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Settlement date, YYYYMMDD. */
            settle_date?: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature; `SHA256withRSA`: SHA-256 with RSA signature.
             * @enum {string}
             */
            sign_type: "RSA" | "SHA256withRSA";
            /** @description Pass this to easypay.verify; absent for accounts without the SMS step. */
            token?: string;
        };
        EasypayH5PaymentRequest: {
            /** @description Payer's name in Chinese; ignored when no_agree is sent. */
            acct_name?: string;
            /**
             * @description Kind of client the payer uses. `1`: Android; `2`: iOS; `3`: H5.
             * @enum {string}
             */
            app_request: "1" | "2" | "3";
            /**
             * Format: uri
             * @description Where the payer goes to change cards; preset payment info only.
             */
            back_url?: string;
            /** @description Page background colour, 000000 to ffffff; defaults to ff5001. */
            bg_color?: string;
            /**
             * @description Whether the order sells virtual or physical goods. `101001`: Virtual goods; `109001`: Physical goods.
             * @enum {string}
             */
            busi_partner: "101001" | "109001";
            /** @description Full card number; ignored when no_agree is sent. */
            card_no?: string;
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description Page font colour, 000000 to ffffff. */
            font_color?: string;
            /** @description Payer's ID number, 15 or 18 characters; ignored when no_agree is sent. */
            id_no?: string;
            /**
             * @description Kind of identity document the payer uses; ignored when no_agree is sent. `0`: Resident ID card; `2`: Passport; `3`: Military officer ID; `4`: Hong Kong/Macau travel permit; `6`: Travel permit for Taiwan residents; `9`: Police officer ID; `X`: Other ID document.
             * @enum {string}
             */
            id_type?: "0" | "2" | "3" | "4" | "6" | "9" | "X";
            /** @description Free text echoed back in the notifications. */
            info_order?: string;
            /** @description Order amount in CNY, 0.01 to 100,000,000.00, two decimals. */
            money_order: string;
            /** @description Name of the goods bought. */
            name_goods: string;
            /** @description Binding token from card bind; card and identity fields are then ignored. */
            no_agree?: string;
            /** @description Merchant's order number. */
            no_order: string;
            /**
             * Format: uri
             * @description Where LianLian posts the asynchronous payment notification.
             */
            notify_url: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /**
             * @description Whether to charge the card now or pre-authorise it. `M`: Regular payment; `F`: Pre-authorisation; credit cards only.
             * @enum {string}
             */
            pay_type: "M" | "F";
            /** @description Shares user data across several oid_partner accounts; LianLian must enable it. */
            platform?: string;
            /** @description Risk-control data encoded as a JSON string; see payment-risk-item.md. */
            risk_item: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
            /**
             * @description How the payer returns to url_return after paying. `0`: Return only when the payer taps the return button (default); `1`: Return automatically.
             * @enum {string}
             */
            syschnotify_flag?: "0" | "1";
            /** @description Request time (UTC+8); must be within 30 minutes of LianLian's clock. */
            timestamp: string;
            /**
             * Format: uri
             * @description Where the payer's browser returns after paying; receives the sync notification.
             */
            url_return?: string;
            /** @description The merchant's own ID for this user. */
            user_id: string;
            /** @description Minutes before an unpaid order closes; defaults to 10080 (7 days). */
            valid_order?: number;
            /**
             * @description Interface version; always 1.0.
             * @constant
             */
            version: "1.0";
        };
        EasypayH5PaymentResponse: Record<string, never>;
        EasypayH5SyncNotification: {
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description Order amount in CNY, 0.01 to 100,000,000.00, two decimals. */
            money_order: string;
            /** @description Merchant's order number. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number. */
            oid_paybill: string;
            /** @description Payment outcome, e.g. SUCCESS. */
            result_pay: string;
            /** @description Settlement date, YYYYMMDD; sent once the payment succeeded. */
            settle_date?: string;
            /** @description Notification signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this notification. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        EasypayNotification: {
            /** @description Short code of the card's issuing bank. */
            bank_code?: string;
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description The request's info_order, echoed back when it was sent. */
            info_order?: string;
            /** @description Order amount in CNY, two decimals. */
            money_order: string;
            /** @description Binding token standing for the card's payment details. */
            no_agree?: string;
            /** @description Merchant's order number. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number. */
            oid_paybill: string;
            /**
             * @description Payment product this transaction used. `M`: Easy payment for regular payments; `F`: Easy payment with pre-authorisation.
             * @enum {string}
             */
            pay_type: "M" | "F";
            /** @description Payment outcome, e.g. SUCCESS. */
            result_pay: string;
            /** @description Settlement date, YYYYMMDD; sent once the payment succeeded. */
            settle_date?: string;
            /** @description Notification signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this notification. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        EasypayPreauthCancelRequest: {
            /**
             * @description API version; always 1.0.
             * @constant
             */
            api_version: "1.0";
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description Pre-authorised amount in CNY, two decimals. */
            money_order: string;
            /** @description Merchant's order number of the pre-authorisation. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number of the pre-authorisation. */
            oid_paybill?: string;
            /**
             * @description Payment product of the order; always F. `F`: Pre-authorisation.
             * @enum {string}
             */
            pay_type: "F";
            /** @description Shares user data across several oid_partner accounts; LianLian must enable it. */
            platform?: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
            /** @description The merchant's own ID for this user. */
            user_id: string;
        };
        EasypayPreauthCancelResponse: {
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order?: string;
            /** @description Merchant's order number. */
            no_order?: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number. */
            oid_paybill: string;
            /** @description Result code; see return-codes.md. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
            /** @description The merchant's own ID for this user. */
            user_id: string;
        };
        EasypayPreauthCaptureRequest: {
            /**
             * @description API version; always 1.0.
             * @constant
             */
            api_version: "1.0";
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description Amount to capture in CNY, two decimals. */
            money_order: string;
            /** @description Merchant's order number of the pre-authorisation. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number of the pre-authorisation. */
            oid_paybill?: string;
            /**
             * @description Payment product of the order; always F. `F`: Pre-authorisation.
             * @enum {string}
             */
            pay_type: "F";
            /** @description Shares user data across several oid_partner accounts; LianLian must enable it. */
            platform?: string;
            /** @description Risk-control data encoded as a JSON string; see payment-risk-item.md. */
            risk_item?: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
            /** @description The merchant's own ID for this user. */
            user_id: string;
        };
        EasypayPreauthCaptureResponse: {
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order?: string;
            /** @description The order's info_order, echoed back when it was sent. */
            info_order?: string;
            /** @description Captured amount in CNY, two decimals. */
            money_order: string;
            /** @description Merchant's order number. */
            no_order?: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number. */
            oid_paybill?: string;
            /** @description Result code; see return-codes.md. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Settlement date, YYYYMMDD; sent once the capture succeeded. */
            settle_date?: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        EasypayPreauthQueryRequest: {
            /**
             * @description API version; always 1.0.
             * @constant
             */
            api_version: "1.0";
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description Merchant's order number of the pre-authorisation. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number of the pre-authorisation. */
            oid_paybill: string;
            /**
             * @description Payment product of the order; always F. `F`: Pre-authorisation.
             * @enum {string}
             */
            pay_type: "F";
            /** @description Shares user data across several oid_partner accounts; LianLian must enable it. */
            platform?: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        EasypayPreauthQueryResponse: {
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order?: string;
            /** @description Order amount in CNY, two decimals. */
            money_order?: string;
            /** @description Merchant's order number. */
            no_order?: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number. */
            oid_paybill?: string;
            /** @description Result code; PR07 to PR16 give the pre-authorisation's state. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        EasypayQueryRequest: {
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description Merchant's order number of the payment. Needed when: oid_paybill is not sent. */
            no_order?: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number of the payment. Needed when: no_order is not sent. */
            oid_paybill?: string;
            /**
             * @description Answer version; 1.1 adds memo and bank_name. `1.0`: Regular answer (the default); `1.1`: Also returns memo and bank_name.
             * @enum {string}
             */
            query_version?: "1.0" | "1.1";
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        EasypayQueryResponse: {
            /** @description Short code of the card's issuing bank. */
            bank_code?: string;
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order?: string;
            /** @description The order's info_order, echoed back when it was sent. */
            info_order?: string;
            /** @description Order amount in CNY, two decimals. */
            money_order?: string;
            /** @description Merchant's order number. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number. */
            oid_paybill?: string;
            /**
             * @description Payment product this transaction used. `M`: Regular payment with a debit card; `N`: Regular payment with a credit card; `F`: Pre-authorised payment with a credit card.
             * @enum {string}
             */
            pay_type?: "M" | "N" | "F";
            /**
             * @description State of the payment; deliver goods according to this field. `SUCCESS`: Paid; `WAITING`: Waiting for the payment result; `PROCESSING`: Being processed by the banks; `REFUND`: Reversed; `FAILURE`: Failed.
             * @enum {string}
             */
            result_pay?: "SUCCESS" | "WAITING" | "PROCESSING" | "REFUND" | "FAILURE";
            /** @description Result code; see return-codes.md. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Settlement date, YYYYMMDD; sent once the payment succeeded. */
            settle_date?: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
            /** @description Fields LianLian leaves out of its signature, kept apart: display them, never act on them. */
            unverified?: {
                /** @description Issuing bank's name; query_version 1.1 only; not covered by the signature. */
                bank_name?: string;
                /** @description Masked number of the card used; not covered by the signature. */
                card_no?: string;
                /** @description Bank's failure message; query_version 1.1 only; not covered by the signature. */
                memo?: string;
            };
        };
        EasypayVerifyRequest: {
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description Order amount, 0.01 to 100,000,000.00, two decimals. */
            money_order: string;
            /** @description Merchant's order number, as sent to easypay.apply. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature; `SHA256withRSA`: SHA-256 with RSA signature.
             * @enum {string}
             */
            sign_type: "RSA" | "SHA256withRSA";
            /** @description Token returned by easypay.apply; valid 30 minutes. */
            token: string;
            /** @description SMS code the payer received after easypay.apply. */
            verify_code: string;
        };
        EasypayVerifyResponse: {
            /** @description Short code of the card's issuing bank. */
            bank_code?: string;
            /** @description Currency of the order; see supported-currencies.md. */
            currency_order?: string;
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order?: string;
            /** @description The apply request's info_order, echoed back when it was sent. */
            info_order?: string;
            /** @description Order amount, 0.01 to 100,000,000.00, two decimals. */
            money_order: string;
            /** @description Name of the goods bought. */
            name_goods?: string;
            /** @description Binding token standing for the card's payment details. */
            no_agree?: string;
            /** @description Merchant's order number. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number. */
            oid_paybill: string;
            /** @description Payment product this transaction used. */
            pay_type?: string;
            /**
             * @description Payment outcome; only sent for accounts without the SMS step. `SUCCESS`: Paid; `PROCESSING`: Still in progress.
             * @enum {string}
             */
            result_pay?: "SUCCESS" | "PROCESSING";
            /** @description Result code; see return-codes.md. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Settlement date, YYYYMMDD. */
            settle_date?: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature; `SHA256withRSA`: SHA-256 with RSA signature.
             * @enum {string}
             */
            sign_type: "RSA" | "SHA256withRSA";
            /** @description Payment token; listed by the table, not needed after verification. */
            token?: string;
        };
        EasypayWebPaymentRequest: {
            /** @description Payer's name, written in Chinese. */
            acct_name?: string;
            /**
             * Format: uri
             * @description Where the payer goes to change cards; preset payment info only.
             */
            back_url?: string;
            /**
             * @description Whether the order sells virtual or physical goods. `101001`: Virtual goods; `109001`: Physical goods.
             * @enum {string}
             */
            busi_partner: "101001" | "109001";
            /** @description Full number of the card to charge. */
            card_no?: string;
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description Payer's ID document number, 15 or 18 characters long. */
            id_no?: string;
            /**
             * @description Kind of identity document the payer uses. `0`: Resident ID card; `2`: Passport; `3`: Military officer ID; `4`: Hong Kong/Macau travel permit; `6`: Travel permit for Taiwan residents; `9`: Police officer ID; `X`: Other ID document.
             * @enum {string}
             */
            id_type?: "0" | "2" | "3" | "4" | "6" | "9" | "X";
            /** @description Free text echoed back in the notifications. */
            info_order?: string;
            /** @description Order amount in CNY, 0.01 to 100,000,000.00, two decimals. */
            money_order: string;
            /** @description Name of the goods bought. */
            name_goods: string;
            /** @description Binding token from card bind, standing in for the card details. */
            no_agree?: string;
            /** @description Merchant's order number. */
            no_order: string;
            /**
             * Format: uri
             * @description Where LianLian posts the asynchronous payment notification.
             */
            notify_url: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /**
             * @description Whether to charge the card now or pre-authorise it. `M`: Regular payment; `F`: Pre-authorisation; credit cards only.
             * @enum {string}
             */
            pay_type: "M" | "F";
            /** @description Shares user data across several oid_partner accounts; LianLian must enable it. */
            platform?: string;
            /** @description Risk-control data encoded as a JSON string; see payment-risk-item.md. */
            risk_item: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
            /** @description Request time (UTC+8); must be within 30 minutes of LianLian's clock. */
            timestamp: string;
            /**
             * Format: uri
             * @description Web address of the goods.
             */
            url_order?: string;
            /**
             * Format: uri
             * @description Where the payer's browser returns after paying; receives the sync notification.
             */
            url_return?: string;
            /** @description The merchant's own ID for this user. */
            user_id: string;
            /** @description Payer's IP address with "_" in place of ".", for fraud checks. */
            userreq_ip: string;
            /** @description Minutes before an unpaid order closes; defaults to 10080 (7 days). */
            valid_order?: number;
            /**
             * @description Interface version; always 1.0.
             * @constant
             */
            version: "1.0";
        };
        EasypayWebPaymentResponse: Record<string, never>;
        EasypayWebSyncNotification: {
            /** @description Short code of the card's issuing bank. */
            bank_code?: string;
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description The payment request's info_order, echoed back when it was sent. */
            info_order?: string;
            /** @description Order amount in CNY, 0.01 to 100,000,000.00, two decimals. */
            money_order: string;
            /** @description Merchant's order number. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number. */
            oid_paybill: string;
            /**
             * @description Payment product this transaction used. `0`: Balance payment; `1`: Online banking with a debit card; `8`: Online banking with a credit card; `9`: Business online banking; `2`: Express pay with a debit card; `3`: Express pay with a credit card; `D`: Verified payment; `I`: WeChat Pay; `L`: Alipay; `M`: Easy payment for regular payments; `F`: Easy payment with pre-authorisation.
             * @enum {string}
             */
            pay_type?: "0" | "1" | "8" | "9" | "2" | "3" | "D" | "I" | "L" | "M" | "F";
            /** @description Result code; see return-codes.md. */
            ret_code?: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg?: string;
            /** @description Settlement date, YYYYMMDD; sent once the payment succeeded. */
            settle_date?: string;
            /** @description Notification signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this notification. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        ExchangePaymentApplyRequest: {
            /** @description Cardholder's name in Chinese; ignored when no_agree is sent. */
            acct_name: string;
            /**
             * @description API version; always 1.0.
             * @constant
             */
            api_version: "1.0";
            /** @description Mobile number the bank holds for the card; mainland China only. */
            bind_mob: string;
            /**
             * @description Whether the order sells virtual or physical goods. `101001`: Virtual goods; `109001`: Physical goods.
             * @enum {string}
             */
            busi_partner: "101001" | "109001";
            /** @description Full card number; ignored when no_agree is sent. */
            card_no: string;
            /** @description Currency of the order; see supported-currencies.md. */
            currency_order: string;
            /** @description Settlement currency; must currently equal currency_order. */
            currency_settle: string;
            /** @description Card security code (CVV/CVC2); needed when paying by credit card. */
            cvv2?: string;
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description Payer's ID number, 15 or 18 characters; ignored when no_agree is sent. */
            id_no?: string;
            /**
             * @description Kind of identity document the payer uses; ignored when no_agree is sent. `0`: Resident ID card; `2`: Passport; `3`: Military officer ID; `4`: Hong Kong/Macau travel permit; `6`: Travel permit for Taiwan residents; `9`: Police officer ID; `X`: Other ID document.
             * @enum {string}
             */
            id_type?: "0" | "2" | "3" | "4" | "6" | "9" | "X";
            /** @description Free text echoed back in the notifications. */
            info_order?: string;
            /** @description Order amount in currency_order, 0.01 to 100,000,000.00, two decimals. */
            money_order: string;
            /** @description Name of the goods bought. */
            name_goods: string;
            /** @description Binding token from card bind, standing in for the card details. */
            no_agree?: string;
            /** @description Merchant's order number. */
            no_order: string;
            /**
             * Format: uri
             * @description Where LianLian posts the asynchronous payment notification.
             */
            notify_url: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /**
             * @description Payment product used for this order. `M`: Easy pay with a debit card; `N`: Easy pay with a credit card; `D`: Authenticated payment.
             * @enum {string}
             */
            pay_type: "M" | "N" | "D";
            /** @description Shares user data across several oid_partner accounts; LianLian must enable it. */
            platform?: string;
            /** @description Risk-control data encoded as a JSON string; see payment-risk-item.md. */
            risk_item: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
            /** @description Request time (GMT+8); must be within 30 minutes of LianLian's clock. */
            time_stamp: string;
            /** @description The merchant's own ID for this user. */
            user_id: string;
            /** @description Card expiry date; needed when paying by credit card. */
            vali_date?: string;
            /** @description Minutes before an unpaid order closes; defaults to 10080 (7 days). */
            valid_order?: number;
        };
        ExchangePaymentApplyResponse: {
            /** @description Currency of the order. */
            currency_order: string;
            /** @description Currency the payer paid in; see supported-currencies.md. */
            currency_pay?: string;
            /** @description Settlement currency. */
            currency_settle?: string;
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description Exchange rate applied to this transaction. */
            exchange_rate?: string;
            /** @description The request's info_order, echoed back when it was sent. */
            info_order?: string;
            /** @description Order amount, 0.01 to 100,000,000.00, two decimals. */
            money_order: string;
            /** @description Amount the payer paid. */
            money_pay?: string;
            /** @description Settlement amount. */
            money_settle?: string;
            /** @description Binding token standing for the card's payment details. */
            no_agree?: string;
            /** @description Merchant's order number. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number, sent once the transaction exists. */
            oid_paybill?: string;
            /** @description Payment product this transaction used. */
            pay_type?: string;
            /**
             * @description Payment outcome; only sent for accounts without the SMS step. `SUCCESS`: Paid; `PROCESSING`: Still in progress.
             * @enum {string}
             */
            result_pay?: "SUCCESS" | "PROCESSING";
            /** @description Result code; see return-codes.md. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Settlement date, YYYYMMDD. */
            settle_date?: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response; always RSA.
             * @constant
             */
            sign_type: "RSA";
            /** @description Pass this to exchangePayment.verify; absent for accounts without the SMS step. */
            token?: string;
        };
        ExchangePaymentNotification: {
            /** @description Short code of the bank that issued the payer's card. */
            bank_code?: string;
            /** @description Currency of the order; see supported-currencies.md. */
            currency_order: string;
            /** @description Currency the payer paid in; see supported-currencies.md. */
            currency_pay: string;
            /** @description Settlement currency. */
            currency_settle?: string;
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description Exchange rate applied to this transaction. */
            exchange_rate: string;
            /** @description The apply request's info_order, echoed back when it was sent. */
            info_order?: string;
            /** @description Order amount in currency_order, 0.01 to 100,000,000.00, two decimals. */
            money_order: string;
            /** @description Amount the payer paid. */
            money_pay: string;
            /** @description Settlement amount. */
            money_settle?: string;
            /** @description Binding token for the card; sent when configured. */
            no_agree?: string;
            /** @description Merchant's order number. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number. */
            oid_paybill: string;
            /** @description Payment product this transaction used. */
            pay_type: string;
            /**
             * @description Payment outcome. `SUCCESS`: Paid; `PROCESSING`: Still in progress.
             * @enum {string}
             */
            result_pay: "SUCCESS" | "PROCESSING";
            /** @description Result code, as in the sample notification. */
            ret_code?: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg?: string;
            /** @description Settlement date, YYYYMMDD. */
            settle_date: string;
            /** @description Notification signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this notification; always RSA.
             * @constant
             */
            sign_type: "RSA";
        };
        ExchangePaymentQueryRequest: {
            /** @description Merchant's order number. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number. */
            oid_paybill?: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        ExchangePaymentQueryResponse: {
            /** @description Currency of the order; see supported-currencies.md. */
            currency_order: string;
            /** @description Currency the payer paid in; see supported-currencies.md. */
            currency_pay?: string;
            /** @description Settlement currency. */
            currency_settle?: string;
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description Exchange rate applied to this transaction. */
            exchange_rate?: string;
            /** @description The apply request's info_order, echoed back when it was sent. */
            info_order?: string;
            /** @description Remark on the transaction; may give the reason it failed. */
            memo?: string;
            /** @description Order amount in currency_order, 0.01 to 100,000,000.00, two decimals. */
            money_order: string;
            /** @description Amount the payer paid. */
            money_pay?: string;
            /** @description Settlement amount. */
            money_settle?: string;
            /** @description Binding token standing for the card's payment details. */
            no_agree?: string;
            /** @description Merchant's order number. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number. */
            oid_paybill: string;
            /** @description Payment product this transaction used. */
            pay_type?: string;
            /**
             * @description Current status of the transaction. `SUCCESS`: Paid; `PROCESSING`: Being processed by the gateway; `WAITING`: Awaiting verification or a gateway result; `REFUND`: Refunded; `FAILURE`: Closed unpaid after valid_order ran out.
             * @enum {string}
             */
            result_pay: "SUCCESS" | "PROCESSING" | "WAITING" | "REFUND" | "FAILURE";
            /** @description Result code; see return-codes.md. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Settlement date, YYYYMMDD. */
            settle_date?: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response; always RSA.
             * @constant
             */
            sign_type: "RSA";
        };
        ExchangePaymentVerifyRequest: {
            /**
             * @description API version; always 1.0.
             * @constant
             */
            api_version: "1.0";
            /** @description Merchant's order number, as sent to exchangePayment.apply. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
            /** @description Request time (GMT+8); must be within 30 minutes of LianLian's clock. */
            time_stamp: string;
            /** @description Token returned by exchangePayment.apply. */
            token: string;
            /** @description The merchant's own ID for this user. */
            user_id: string;
            /** @description SMS code the payer received after exchangePayment.apply. */
            verify_code: string;
        };
        ExchangePaymentVerifyResponse: {
            /** @description Currency of the order; see supported-currencies.md. */
            currency_order: string;
            /** @description Currency the payer paid in; see supported-currencies.md. */
            currency_pay: string;
            /** @description Settlement currency. */
            currency_settle?: string;
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description Exchange rate applied to this transaction. */
            exchange_rate: string;
            /** @description The apply request's info_order, echoed back when it was sent. */
            info_order?: string;
            /** @description Order amount in currency_order, 0.01 to 100,000,000.00, two decimals. */
            money_order: string;
            /** @description Amount the payer paid. */
            money_pay: string;
            /** @description Settlement amount. */
            money_settle?: string;
            /** @description Binding token standing for the card's payment details. */
            no_agree?: string;
            /** @description Merchant's order number. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number. */
            oid_paybill: string;
            /** @description Payment product this transaction used. */
            pay_type: string;
            /**
             * @description Payment outcome. `SUCCESS`: Paid; `PROCESSING`: Still in progress.
             * @enum {string}
             */
            result_pay: "SUCCESS" | "PROCESSING";
            /** @description Result code; see return-codes.md. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Settlement date, YYYYMMDD. */
            settle_date: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response; always RSA.
             * @constant
             */
            sign_type: "RSA";
        };
        InstantPaymentApplyRequest: {
            /** @description Account holder's name, written in Chinese. */
            acct_name: string;
            /**
             * @description API version; always 1.1.
             * @constant
             */
            api_version: "1.1";
            /** @description Short code of the receiving bank. Needed when: the receiving account is a business settlement account (flag_card 1). */
            bank_code?: string;
            /** @description Number of the receiving card or bank account. */
            card_no: string;
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /**
             * @description Whether the receiving account is personal or a business account. `0`: Personal debit card; `1`: Business bank settlement account.
             * @enum {string}
             */
            flag_card: "0" | "1";
            /** @description Free text echoed back in the asynchronous notification. */
            info_order: string;
            /** @description Note that may appear on the bank statement; special characters are removed. */
            memo: string;
            /** @description Amount to transfer in CNY, two decimals. */
            money_order: string;
            /** @description Merchant's order number for this transfer. */
            no_order: string;
            /**
             * Format: uri
             * @description Where LianLian posts the asynchronous transfer notification.
             */
            notify_url: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        InstantPaymentApplyResponse: {
            /** @description Pass this to instantPayment.confirm to go ahead with the transfer. */
            confirm_code?: string;
            /** @description Merchant's order number for this transfer. */
            no_order?: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number, sent once the transaction exists. */
            oid_paybill?: string;
            /** @description Result code; 4002, 4003 and 4004 await instantPayment.confirm. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        InstantPaymentBalanceRequest: {
            /**
             * @description API version; always 1.0.
             * @constant
             */
            api_version: "1.0";
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        InstantPaymentBalanceResponse: {
            /** @description Available balance in CNY; usable for transfers. */
            amt_balance: string;
            /** @description Unsettled amount in CNY; usable for refunds. */
            amt_unsettle: string;
            /** @description Result code; see return-codes.md. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        InstantPaymentConfirmRequest: {
            /**
             * @description API version; always 1.1.
             * @constant
             */
            api_version: "1.1";
            /** @description Confirm code from the instantPayment.apply answer. */
            confirm_code: string;
            /** @description Merchant's order number, as sent to instantPayment.apply. */
            no_order: string;
            /**
             * Format: uri
             * @description Where LianLian posts the asynchronous transfer notification.
             */
            notify_url: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        InstantPaymentConfirmResponse: {
            /** @description Merchant's order number for this transfer. */
            no_order?: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number, sent once the transaction exists. */
            oid_paybill?: string;
            /** @description Result code; see return-codes.md. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        InstantPaymentNotification: {
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description The request's info_order, or the failure reason when the transfer failed. */
            info_order?: string;
            /** @description Transfer amount in CNY, two decimals. */
            money_order: string;
            /** @description Merchant's order number of the transfer. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number. */
            oid_paybill: string;
            /** @description Outcome of the transfer, e.g. SUCCESS or FAILURE. */
            result_pay: string;
            /** @description Settlement date, YYYYMMDD; sent when the transfer succeeded. */
            settle_date?: string;
            /** @description Notification signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this notification. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        InstantPaymentQueryRequest: {
            /**
             * @description API version; always 1.0.
             * @constant
             */
            api_version: "1.0";
            /** @description Merchant's order number of the transfer. Needed when: oid_paybill is not sent. */
            no_order?: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number of the transfer. Needed when: no_order is not sent. */
            oid_paybill?: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        InstantPaymentQueryResponse: {
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description The apply request's info_order, echoed back when it was sent. */
            info_order?: string;
            /** @description Why the transfer failed, when it did. */
            memo?: string;
            /** @description Transfer amount in CNY, two decimals. */
            money_order: string;
            /** @description Merchant's order number of the transfer. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number. */
            oid_paybill: string;
            /**
             * @description State of the transfer. `APPLY`: Applied for; `SUCCESS`: Paid; `WAITING`: Waiting for the bank's result; `PROCESSING`: Being processed by the banks; `CANCEL`: Reversed by the bank; `FAILURE`: Failed; `CHECK`: Awaiting instantPayment.confirm; `CLOSED`: Not confirmed within 24 hours.
             * @enum {string}
             */
            result_pay: "APPLY" | "SUCCESS" | "WAITING" | "PROCESSING" | "CANCEL" | "FAILURE" | "CHECK" | "CLOSED";
            /** @description Result code; see return-codes.md. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Settlement date, YYYYMMDD; sent once the transfer succeeded. */
            settle_date?: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        MpayApplyDirectRequest: {
            /** @description Cardholder's name, written in Chinese. */
            acct_name: string;
            /** @description Short code of the card's issuing bank. */
            bank_code?: string;
            /** @description Mobile number the bank holds for the card; mainland China only. Needed when: no_agree is not sent. */
            bind_mob?: string;
            /**
             * @description Whether the order sells virtual or physical goods. `101001`: Virtual goods; `109001`: Physical goods.
             * @enum {string}
             */
            busi_partner: "101001" | "109001";
            /** @description Full number of the card to charge. Needed when: no_agree is not sent. */
            card_no?: string;
            /** @description Card security code (CVV/CVC2); needed when paying by credit card. */
            cvv2?: string;
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description Payer's ID document number, 15 or 18 characters long. Needed when: no_agree is not sent. */
            id_no?: string;
            /**
             * @description Kind of identity document the payer uses. Needed when: no_agree is not sent. `0`: Resident ID card; `2`: Passport; `3`: Military officer ID; `4`: Hong Kong/Macau travel permit; `6`: Travel permit for Taiwan residents; `9`: Police officer ID; `X`: Other ID document.
             * @enum {string}
             */
            id_type?: "0" | "2" | "3" | "4" | "6" | "9" | "X";
            /** @description Free text echoed back in the notifications. */
            info_order?: string;
            /** @description Order amount, two decimals. */
            money_order: string;
            /** @description Name of the goods bought. */
            name_goods: string;
            /** @description Binding token from card bind, standing in for the card details. */
            no_agree?: string;
            /** @description Merchant's order number. */
            no_order: string;
            /**
             * Format: uri
             * @description Where LianLian posts the asynchronous payment notification.
             */
            notify_url: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /**
             * @description Payment product used for this order. `2`: Quick pay with a debit card; `3`: Quick pay with a credit card; `P`: New authenticated payment; `27`: American Express credit card.
             * @enum {string}
             */
            pay_type: "2" | "3" | "P" | "27";
            /** @description Risk-control data encoded as a JSON string; see payment-risk-item.md. */
            risk_item: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature; `SHA256withRSA`: SHA-256 with RSA signature.
             * @enum {string}
             */
            sign_type: "RSA" | "SHA256withRSA";
            /** @description The merchant's own ID for this user. */
            user_id: string;
            /** @description Card expiry date; needed when paying by credit card. */
            vali_date?: string;
            /** @description Minutes before an unpaid order closes; defaults to 10080 (7 days). */
            valid_order?: number;
        };
        MpayApplyDirectResponse: {
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description The request's info_order, echoed back when it was sent. */
            info_order?: string;
            /** @description Order amount, 0.01 to 100,000,000.00, two decimals. */
            money_order: string;
            /** @description Binding token standing for the card's payment details. */
            no_agree?: string;
            /** @description Merchant's order number. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number, sent once the transaction exists. */
            oid_paybill?: string;
            /** @description Result code; 8888 awaits mpay.verifyDirect, 0000 needed no SMS step. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Settlement date, YYYYMMDD; sent once the payment succeeded. */
            settle_date?: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature; `SHA256withRSA`: SHA-256 with RSA signature.
             * @enum {string}
             */
            sign_type: "RSA" | "SHA256withRSA";
            /** @description Pass this to mpay.verifyDirect with the SMS code; valid 30 minutes. */
            token?: string;
        };
        MpayCardBindApplyRequest: {
            /** @description Cardholder's name, written in Chinese. */
            acct_name: string;
            /**
             * @description API version; always 2.1.
             * @constant
             */
            api_version: "2.1";
            /** @description Mobile number the bank holds for the card; mainland China only. */
            bind_mob: string;
            /** @description Full number of the card to bind. */
            card_no: string;
            /** @description Card security code (CVV/CVC2); needed when binding a credit card. */
            cvv2?: string;
            /** @description When the bind application was created, yyyyMMddHHmmss. */
            dt_order?: string;
            /** @description Holder's ID document number, 15 or 18 characters long. */
            id_no: string;
            /**
             * @description Kind of identity document the holder uses. `0`: Resident ID card; `2`: Passport; `3`: Military officer ID; `4`: Hong Kong/Macau travel permit; `6`: Travel permit for Taiwan residents; `9`: Police officer ID; `X`: Other ID document.
             * @enum {string}
             */
            id_type: "0" | "2" | "3" | "4" | "6" | "9" | "X";
            /** @description Merchant's serial number for this bind application. */
            no_order?: string;
            /**
             * Format: uri
             * @description Where LianLian posts the asynchronous notification.
             */
            notify_url?: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /**
             * @description Payment product the card is being bound for. `2`: Quick pay with a debit card; `3`: Quick pay with a credit card; `P`: New authenticated payment; `27`: American Express credit card.
             * @enum {string}
             */
            pay_type: "2" | "3" | "P" | "27";
            /** @description Risk-control data encoded as a JSON string; see payment-risk-item.md. */
            risk_item: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature; `SHA256withRSA`: SHA-256 with RSA signature.
             * @enum {string}
             */
            sign_type: "RSA" | "SHA256withRSA";
            /** @description The merchant's own ID for this user. */
            user_id: string;
            /** @description Card expiry date; needed when binding a credit card. */
            vali_date?: string;
        };
        MpayCardBindApplyResponse: {
            /** @description When the bind application was created, yyyyMMddHHmmss. */
            dt_order?: string;
            /** @description Merchant's serial number for this bind application. */
            no_order?: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description Result code; 8888 means the SMS code was sent and awaits verification. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature; `SHA256withRSA`: SHA-256 with RSA signature.
             * @enum {string}
             */
            sign_type: "RSA" | "SHA256withRSA";
            /** @description Pass this to mpay.cardBindVerify together with the SMS code. */
            token?: string;
            /** @description The merchant's own ID for this user. */
            user_id: string;
        };
        MpayCardBindVerifyRequest: {
            /** @description Merchant's serial number for this bind application. */
            no_order?: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature; `SHA256withRSA`: SHA-256 with RSA signature.
             * @enum {string}
             */
            sign_type: "RSA" | "SHA256withRSA";
            /** @description Token returned by mpay.cardBindApply. */
            token: string;
            /** @description The merchant's own ID for this user. */
            user_id: string;
            /** @description SMS code the holder received after mpay.cardBindApply. */
            verify_code: string;
        };
        MpayCardBindVerifyResponse: {
            /** @description Last 4 digits of the card that was bound. */
            card_no: string;
            /** @description Binding token standing for the card's payment details. */
            no_agree?: string;
            /** @description Merchant's serial number for this bind application. */
            no_order?: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description Result code; see return-codes.md. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature; `SHA256withRSA`: SHA-256 with RSA signature.
             * @enum {string}
             */
            sign_type: "RSA" | "SHA256withRSA";
            /** @description The merchant's own ID for this user. */
            user_id: string;
        };
        MpayNotification: {
            /** @description Payer's name in Chinese; only if LianLian enabled it. */
            acct_name?: string;
            /** @description Short code of the card's issuing bank. */
            bank_code?: string;
            /** @description Number of the card used; only if LianLian enabled it. */
            card_no?: string;
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description Payer's ID document number; only if LianLian enabled it. */
            id_no?: string;
            /**
             * @description Kind of identity document the payer used; only if LianLian enabled it. `0`: Resident ID card; `2`: Passport; `3`: Military officer ID; `4`: Hong Kong/Macau travel permit; `6`: Travel permit for Taiwan residents; `9`: Police officer ID; `X`: Other ID document.
             * @enum {string}
             */
            id_type?: "0" | "2" | "3" | "4" | "6" | "9" | "X";
            /** @description The request's info_order, echoed back when it was sent. */
            info_order?: string;
            /** @description Order amount in CNY, 0.01 to 100,000,000.00, two decimals. */
            money_order: string;
            /** @description Binding token standing for the card's payment details. */
            no_agree?: string;
            /** @description Merchant's order number. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number. */
            oid_paybill: string;
            /**
             * @description Payment product this transaction used. `2`: Quick pay with a debit card; `3`: Quick pay with a credit card; `P`: New authenticated payment; `27`: American Express credit card.
             * @enum {string}
             */
            pay_type: "2" | "3" | "P" | "27";
            /** @description Payment outcome, e.g. SUCCESS. */
            result_pay: string;
            /** @description Settlement date, YYYYMMDD; sent once the payment succeeded. */
            settle_date?: string;
            /** @description Notification signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this notification. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        MpayQueryRequest: {
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description Merchant's order number of the payment. Needed when: oid_paybill is not sent. */
            no_order?: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number of the payment. Needed when: no_order is not sent. */
            oid_paybill?: string;
            /**
             * @description Answer version; 1.1 adds memo and bank_name. `1.0`: Regular answer (the default); `1.1`: Also returns memo and bank_name.
             * @enum {string}
             */
            query_version?: "1.0" | "1.1";
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        MpayQueryResponse: {
            /** @description Short code of the card's issuing bank. */
            bank_code?: string;
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description The order's info_order, echoed back when it was sent. */
            info_order?: string;
            /** @description Order amount in CNY, two decimals. */
            money_order: string;
            /** @description Merchant's order number. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number. */
            oid_paybill: string;
            /**
             * @description Payment product this transaction used. `2`: Quick pay with a debit card; `3`: Quick pay with a credit card; `P`: New authenticated payment; `27`: American Express credit card.
             * @enum {string}
             */
            pay_type?: "2" | "3" | "P" | "27";
            /**
             * @description State of the payment; deliver goods according to this field. `SUCCESS`: Paid; `WAITING`: Waiting for the payment result; `PROCESSING`: Being processed by the banks; `REFUND`: Reversed; `FAILURE`: Failed.
             * @enum {string}
             */
            result_pay: "SUCCESS" | "WAITING" | "PROCESSING" | "REFUND" | "FAILURE";
            /** @description Result code; see return-codes.md. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Settlement date, YYYYMMDD; sent once the payment succeeded. */
            settle_date?: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
            /** @description Fields LianLian leaves out of its signature, kept apart: display them, never act on them. */
            unverified?: {
                /** @description Issuing bank's name; query_version 1.1 only; not covered by the signature. */
                bank_name?: string;
                /** @description Masked number of the card used; not covered by the signature. */
                card_no?: string;
                /** @description Bank's failure message; query_version 1.1 only; not covered by the signature. */
                memo?: string;
            };
        };
        MpayVerifyDirectRequest: {
            /** @description Order amount, two decimals, as sent to mpay.applyDirect. */
            money_order: string;
            /** @description Merchant's order number, as sent to mpay.applyDirect. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature; `SHA256withRSA`: SHA-256 with RSA signature.
             * @enum {string}
             */
            sign_type: "RSA" | "SHA256withRSA";
            /** @description Token returned by mpay.applyDirect; valid 30 minutes. */
            token: string;
            /** @description SMS code the payer received after mpay.applyDirect. */
            verify_code: string;
        };
        MpayVerifyDirectResponse: {
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description The apply request's info_order, echoed back when it was sent. */
            info_order?: string;
            /** @description Order amount, 0.01 to 100,000,000.00, two decimals. */
            money_order: string;
            /** @description Binding token standing for the card's payment details. */
            no_agree?: string;
            /** @description Merchant's order number. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number. */
            oid_paybill: string;
            /** @description Result code; see return-codes.md. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Settlement date, YYYYMMDD; sent once the payment succeeded. */
            settle_date?: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature; `SHA256withRSA`: SHA-256 with RSA signature.
             * @enum {string}
             */
            sign_type: "RSA" | "SHA256withRSA";
            /** @description Payment token; listed by the table, not needed after verification. */
            token?: string;
        };
        OnlineBankingNotification: {
            /** @description Short code of the payer's bank. */
            bank_code?: string;
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description The payment request's info_order, echoed back when it was sent. */
            info_order?: string;
            /** @description Order amount in CNY, 0.01 to 100,000,000.00, two decimals. */
            money_order: string;
            /** @description Binding token standing for the card's payment details. */
            no_agree?: string;
            /** @description Merchant's order number. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number. */
            oid_paybill: string;
            /**
             * @description Online banking method the payer used. `1`: Online banking with a debit card; `8`: Online banking with a credit card; `9`: Business online banking.
             * @enum {string}
             */
            pay_type: "1" | "8" | "9";
            /** @description Payment result, e.g. SUCCESS. */
            result_pay: string;
            /** @description Settlement date, YYYYMMDD; sent when the payment succeeded. */
            settle_date?: string;
            /** @description Notification signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this notification. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        OnlineBankingPaymentRequest: {
            /** @description Bank short code; when set, the payer goes straight to that bank. */
            bank_code?: string;
            /**
             * @description Whether the order sells virtual or physical goods. `101001`: Virtual goods; `109001`: Physical goods.
             * @enum {string}
             */
            busi_partner: "101001" | "109001";
            /**
             * @description Character encoding of the merchant's website. `UTF-8`: UTF-8 (the default); `GBK`: GBK; `GB2312`: GB2312; `GB18030`: GB18030.
             * @enum {string}
             */
            charset_name: "UTF-8" | "GBK" | "GB2312" | "GB18030";
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description Free text echoed back in the asynchronous notification. */
            info_order?: string;
            /** @description Order amount in CNY, two decimals. */
            money_order: string;
            /** @description Name of the goods bought. */
            name_goods: string;
            /** @description Merchant's order number. */
            no_order: string;
            /**
             * Format: uri
             * @description Where LianLian posts the asynchronous payment notification.
             */
            notify_url: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /**
             * @description Online banking method to use for this payment. `1`: Online banking with a debit card; `8`: Online banking with a credit card; `9`: Business online banking.
             * @enum {string}
             */
            pay_type?: "1" | "8" | "9";
            /** @description Risk-control data encoded as a JSON string; see payment-risk-item.md. */
            risk_item: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
            /** @description Request time (UTC+8); must be within 30 minutes of LianLian's clock. */
            timestamp: string;
            /**
             * Format: uri
             * @description Web address of the goods.
             */
            url_order?: string;
            /**
             * Format: uri
             * @description Where the payer's browser returns after paying; receives the sync notification.
             */
            url_return?: string;
            /** @description The merchant's own ID for this user. */
            user_id: string;
            /** @description Payer's IP address with "_" in place of ".", for fraud checks. */
            userreq_ip?: string;
            /** @description Minutes before an unpaid order closes; defaults to 10080 (7 days). */
            valid_order?: number;
            /**
             * @description Interface version; always 1.0.
             * @constant
             */
            version: "1.0";
        };
        OnlineBankingPaymentResponse: Record<string, never>;
        OnlineBankingQueryRequest: {
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order?: string;
            /** @description Merchant's order number; send this or oid_paybill. */
            no_order?: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number; send this or no_order. */
            oid_paybill?: string;
            /** @description Query interface version; defaults to 1.0. */
            query_version?: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
            /** @description The merchant's own ID for this user. */
            user_id?: string;
        };
        OnlineBankingQueryResponse: {
            /** @description Short code of the payer's bank. */
            bank_code?: string;
            /** @description Name of the payer's bank. */
            bank_name?: string;
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order?: string;
            /** @description The payment request's info_order, echoed back when it was sent. */
            info_order?: string;
            /** @description Payment information from the bank. */
            memo?: string;
            /** @description Order amount in CNY, 0.01 to 100,000,000.00, two decimals. */
            money_order?: string;
            /** @description Merchant's order number. */
            no_order?: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number. */
            oid_paybill?: string;
            /**
             * @description Payment method this transaction used. `0`: Balance payment; `1`: Online banking with a debit card; `8`: Online banking with a credit card; `9`: Business online banking; `2`: Express pay with a debit card; `3`: Express pay with a credit card; `D`: Verified payment; `I`: WeChat Pay; `L`: Alipay.
             * @enum {string}
             */
            pay_type?: "0" | "1" | "8" | "9" | "2" | "3" | "D" | "I" | "L";
            /** @description Payment result, e.g. SUCCESS. */
            result_pay?: string;
            /** @description Result code; see return-codes.md. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Settlement date, YYYYMMDD; sent when the payment succeeded. */
            settle_date?: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        OnlineBankingSyncNotification: {
            /** @description Short code of the payer's bank. */
            bank_code?: string;
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /** @description The payment request's info_order, echoed back when it was sent. */
            info_order?: string;
            /** @description Order amount in CNY, 0.01 to 100,000,000.00, two decimals. */
            money_order: string;
            /** @description Merchant's order number. */
            no_order: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's transaction number. */
            oid_paybill: string;
            /**
             * @description Online banking method the payer used. `1`: Online banking with a debit card; `8`: Online banking with a credit card; `9`: Business online banking.
             * @enum {string}
             */
            pay_type?: "1" | "8" | "9";
            /** @description Payment result, e.g. SUCCESS. */
            result_pay: string;
            /** @description Settlement date, YYYYMMDD; sent when the payment succeeded. */
            settle_date?: string;
            /** @description Notification signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this notification. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        RefundApplyRequest: {
            /** @description When the merchant created the original order, yyyyMMddHHmmss. */
            dt_order?: string;
            /** @description When the merchant created the refund, yyyyMMddHHmmss. */
            dt_refund: string;
            /** @description Amount to refund, in CNY. */
            money_refund: string;
            /** @description Original order number; send this or oid_paybill. */
            no_order?: string;
            /** @description Merchant's refund number; best kept different from no_order. */
            no_refund: string;
            /**
             * Format: uri
             * @description Where LianLian posts the asynchronous refund notification.
             */
            notify_url: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's number for the original transaction; send this or no_order. */
            oid_paybill?: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        RefundApplyResponse: {
            /** @description When the merchant created the refund, yyyyMMddHHmmss. */
            dt_refund?: string;
            /** @description Code of the bank that exchanged the currency. */
            exchange_bankcode?: string;
            /** @description Amount refunded in the original order's currency (as money_order). */
            money_foreign_refund?: string;
            /** @description Amount refunded, in CNY. */
            money_refund: string;
            /** @description Merchant's refund number. */
            no_refund: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's refund transaction number. */
            oid_refundno: string;
            /** @description Exchange rate applied to this refund. */
            rate?: string;
            /** @description ID of the exchange rate applied. */
            rate_id?: string;
            /** @description Result code; see return-codes.md. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Settlement date, YYYYMMDD; sent when the refund succeeded. */
            settle_date?: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
            /**
             * @description Status of the refund. `0`: Refund initialized; `1`: Refund processing; `2`: Refund succeeded; `3`: Refund failed.
             * @enum {string}
             */
            sta_refund: "0" | "1" | "2" | "3";
        };
        RefundNotification: {
            /** @description When the merchant created the refund, yyyyMMddHHmmss. */
            dt_refund?: string;
            /** @description Code of the bank that exchanged the currency. */
            exchange_bankcode?: string;
            /** @description Amount refunded in the original order's currency (as money_order). */
            money_foreign_refund?: string;
            /** @description Amount refunded, in CNY. */
            money_refund: string;
            /** @description Merchant's refund number. */
            no_refund: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's refund transaction number. */
            oid_refundno: string;
            /** @description Exchange rate applied to this refund. */
            rate?: string;
            /** @description ID of the exchange rate applied. */
            rate_id?: string;
            /** @description Result code, as in the sample notification. */
            ret_code?: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg?: string;
            /** @description Settlement date, YYYYMMDD. */
            settle_date: string;
            /** @description Notification signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this notification. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
            /**
             * @description Status of the refund. `0`: Refund initialized; `1`: Refund processing; `2`: Refund succeeded; `3`: Refund failed.
             * @enum {string}
             */
            sta_refund: "0" | "1" | "2" | "3";
        };
        RefundQueryRequest: {
            /** @description When the merchant created the refund, yyyyMMddHHmmss. */
            dt_refund: string;
            /** @description Merchant's refund number, as sent to refund.apply. */
            no_refund: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
        };
        RefundQueryResponse: {
            /** @description When the merchant created the refund, yyyyMMddHHmmss. */
            dt_refund?: string;
            /** @description Code of the bank that exchanged the currency. */
            exchange_bankcode?: string;
            /** @description Amount refunded in the original order's currency (as money_order). */
            money_foreign_refund?: string;
            /** @description Amount refunded, in CNY. */
            money_refund: string;
            /** @description Merchant's refund number. */
            no_refund: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description LianLian's refund transaction number. */
            oid_refundno: string;
            /** @description Exchange rate applied to this refund. */
            rate?: string;
            /** @description ID of the exchange rate applied. */
            rate_id?: string;
            /** @description Result code; see return-codes.md. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Settlement date, YYYYMMDD; sent when the refund succeeded. */
            settle_date?: string;
            /** @description Response signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
            /**
             * @description Status of the refund. `0`: Refund initialized; `1`: Refund processing; `2`: Refund succeeded; `3`: Refund failed.
             * @enum {string}
             */
            sta_refund: "0" | "1" | "2" | "3";
        };
        UnifiedCreateBillRequest: {
            /** @description Payer's name, written in Chinese. */
            acct_name?: string;
            /**
             * @description API version; always 1.0.
             * @constant
             */
            api_version: "1.0";
            /**
             * Format: uri
             * @description Where the payer goes to change the card number.
             */
            back_url?: string;
            /** @description Online bank to open directly instead of LianLian's bank selection page. */
            bank_code?: string;
            /** @description Mobile number the bank holds for the card. */
            bind_mob?: string;
            /**
             * @description Whether the order sells virtual or physical goods. `101001`: Virtual goods; `109001`: Physical goods.
             * @enum {string}
             */
            busi_partner: "101001" | "109001";
            /** @description Full number of the card to charge. */
            card_no?: string;
            /**
             * @description Kind of online banking payment. `1`: Online banking with a debit card; `8`: Online banking with a credit card; `9`: Business online banking.
             * @enum {string}
             */
            card_type?: "1" | "8" | "9";
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order: string;
            /**
             * @description Kind of client the payer uses. `0`: Android app using the SDK; `1`: iOS app using the SDK; `2`: Web browser; `3`: Mobile (WAP) browser.
             * @enum {integer}
             */
            flag_chnl: 0 | 1 | 2 | 3;
            /**
             * @description Payment method used for this order. `0`: Bank card payment (low-cost limit); `1`: Bank card payment (high-cost limit); `2`: Online banking payment; `12`: Mobile online banking.
             * @enum {string}
             */
            flag_pay_product: "0" | "1" | "2" | "12";
            /** @description Payer's ID document number, 15 or 18 characters long. */
            id_no?: string;
            /**
             * @description Kind of identity document the payer uses. `0`: Resident ID card.
             * @enum {string}
             */
            id_type?: "0";
            /** @description Free text echoed back in the asynchronous notification. */
            info_order?: string;
            /** @description Order amount in CNY, 0.01 to 100,000,000.00, two decimals. */
            money_order: string;
            /** @description Name of the goods bought. */
            name_goods?: string;
            /** @description Binding token from card bind, standing in for the card details. */
            no_agree?: string;
            /** @description Merchant's order number. */
            no_order: string;
            /**
             * Format: uri
             * @description Where LianLian posts the asynchronous payment notification.
             */
            notify_url: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /** @description Risk-control data encoded as a JSON string; see payment-risk-item.md. */
            risk_item: string;
            /** @description Revenue sharing for up to 3 recipients, in the page's ^ and | format. */
            shareing_data?: string;
            /** @description Request signature; see signature.md. */
            sign: string;
            /**
             * @description Signature algorithm of this request. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type: "RSA";
            /** @description Request time (UTC+8); must be within 30 minutes of LianLian's clock. */
            time_stamp: string;
            /**
             * Format: uri
             * @description Where the payer's browser returns after paying.
             */
            url_return?: string;
            /** @description The merchant's own ID for this user. */
            user_id: string;
            /** @description Payer's IP address with "_" in place of ".", for fraud checks. */
            userreq_ip?: string;
            /** @description Minutes before an unpaid order closes; defaults to 10080 (7 days). */
            valid_order?: number;
        };
        UnifiedCreateBillResponse: {
            /** @description When the merchant created the order, yyyyMMddHHmmss. */
            dt_order?: string;
            /**
             * Format: uri
             * @description LianLian payment page to send the payer to.
             */
            gateway_url?: string;
            /** @description Order amount in CNY, two decimals. */
            money_order?: string;
            /** @description Merchant's order number. */
            no_order?: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner?: string;
            /** @description LianLian's transaction number. */
            oid_paybill?: string;
            /** @description Result code; see return-codes.md. */
            ret_code: string;
            /** @description Chinese text explaining ret_code. */
            ret_msg: string;
            /** @description Response signature; see signature.md. */
            sign?: string;
            /**
             * @description Signature algorithm of this response. `RSA`: MD5withRSA signature.
             * @enum {string}
             */
            sign_type?: "RSA";
            /** @description Payment token, valid 30 minutes. */
            token?: string;
            /** @description The merchant's own ID for this user. */
            user_id?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "aggregate.payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["AggregatePaymentRequest"];
            };
        };
        responses: {
            /** @description LianLian's payment page (HTML). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "cardBin.query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardBinQueryRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardBinQueryResponse"];
                };
            };
        };
    };
    "cardBind.apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardBindApplyRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardBindApplyResponse"];
                };
            };
        };
    };
    "cardBind.query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardBindQueryRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardBindQueryResponse"];
                };
            };
        };
    };
    "cardBind.verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardBindVerifyRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardBindVerifyResponse"];
                };
            };
        };
    };
    "cardBind.unbind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardBindUnbindRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardBindUnbindResponse"];
                };
            };
        };
    };
    "easypay.apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EasypayApplyRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EasypayApplyResponse"];
                };
            };
        };
    };
    "easypay.verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EasypayVerifyRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EasypayVerifyResponse"];
                };
            };
        };
    };
    "exchangePayment.apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExchangePaymentApplyRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangePaymentApplyResponse"];
                };
            };
        };
    };
    "exchangePayment.verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExchangePaymentVerifyRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangePaymentVerifyResponse"];
                };
            };
        };
    };
    "exchangePayment.query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExchangePaymentQueryRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangePaymentQueryResponse"];
                };
            };
        };
    };
    "refund.apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundApplyRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundApplyResponse"];
                };
            };
        };
    };
    "aggregate.apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AggregateApplyRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AggregateApplyResponse"];
                };
            };
        };
    };
    "aggregate.query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AggregateQueryRequest"] | components["schemas"]["OnlineBankingQueryRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AggregateQueryResponse"] | components["schemas"]["OnlineBankingQueryResponse"];
                };
            };
        };
    };
    "easypay.query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EasypayQueryRequest"] | components["schemas"]["MpayQueryRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EasypayQueryResponse"] | components["schemas"]["MpayQueryResponse"];
                };
            };
        };
    };
    "onlineBanking.payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OnlineBankingPaymentRequest"];
            };
        };
        responses: {
            /** @description LianLian's payment page (HTML). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "easypay.webPayment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["EasypayWebPaymentRequest"];
            };
        };
        responses: {
            /** @description LianLian's payment page (HTML). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "instantPayment.confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstantPaymentConfirmRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstantPaymentConfirmResponse"];
                };
            };
        };
    };
    "instantPayment.apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstantPaymentApplyRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000 or 4002 or 4003 or 4004. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstantPaymentApplyResponse"];
                };
            };
        };
    };
    "instantPayment.query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstantPaymentQueryRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstantPaymentQueryResponse"];
                };
            };
        };
    };
    "easypay.preauthCancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EasypayPreauthCancelRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EasypayPreauthCancelResponse"];
                };
            };
        };
    };
    "easypay.preauthCapture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EasypayPreauthCaptureRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EasypayPreauthCaptureResponse"];
                };
            };
        };
    };
    "easypay.preauthQuery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EasypayPreauthQueryRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EasypayPreauthQueryResponse"];
                };
            };
        };
    };
    "refund.query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundQueryRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundQueryResponse"];
                };
            };
        };
    };
    "instantPayment.balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstantPaymentBalanceRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstantPaymentBalanceResponse"];
                };
            };
        };
    };
    "easypay.h5Payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EasypayH5PaymentRequest"];
            };
        };
        responses: {
            /** @description LianLian's payment page (HTML). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "mpay.cardBindApply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MpayCardBindApplyRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 8888. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MpayCardBindApplyResponse"];
                };
            };
        };
    };
    "mpay.cardBindVerify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MpayCardBindVerifyRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MpayCardBindVerifyResponse"];
                };
            };
        };
    };
    "mpay.verifyDirect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MpayVerifyDirectRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MpayVerifyDirectResponse"];
                };
            };
        };
    };
    "mpay.applyDirect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MpayApplyDirectRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000 or 8888. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MpayApplyDirectResponse"];
                };
            };
        };
    };
    "unified.createBill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnifiedCreateBillRequest"];
            };
        };
        responses: {
            /** @description Signed answer; success when ret_code is 0000. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnifiedCreateBillResponse"];
                };
            };
        };
    };
    "aggregate.notification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AggregateNotification"];
            };
        };
        responses: {
            /** @description Answer {"ret_code":"0000","ret_msg":"ok"} once handled (async-notification-concept.md). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "aggregate.syncNotification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["AggregateSyncNotification"];
            };
        };
        responses: {
            /** @description Answer {"ret_code":"0000","ret_msg":"ok"} once handled (async-notification-concept.md). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "easypay.h5SyncNotification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["EasypayH5SyncNotification"];
            };
        };
        responses: {
            /** @description Answer {"ret_code":"0000","ret_msg":"ok"} once handled (async-notification-concept.md). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "easypay.notification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EasypayNotification"];
            };
        };
        responses: {
            /** @description Answer {"ret_code":"0000","ret_msg":"ok"} once handled (async-notification-concept.md). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "easypay.webSyncNotification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["EasypayWebSyncNotification"];
            };
        };
        responses: {
            /** @description Answer {"ret_code":"0000","ret_msg":"ok"} once handled (async-notification-concept.md). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "exchangePayment.notification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExchangePaymentNotification"];
            };
        };
        responses: {
            /** @description Answer {"ret_code":"0000","ret_msg":"ok"} once handled (async-notification-concept.md). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "instantPayment.notification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstantPaymentNotification"];
            };
        };
        responses: {
            /** @description Answer {"ret_code":"0000","ret_msg":"ok"} once handled (async-notification-concept.md). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "mpay.notification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MpayNotification"];
            };
        };
        responses: {
            /** @description Answer {"ret_code":"0000","ret_msg":"ok"} once handled (async-notification-concept.md). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "onlineBanking.notification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OnlineBankingNotification"];
            };
        };
        responses: {
            /** @description Answer {"ret_code":"0000","ret_msg":"ok"} once handled (async-notification-concept.md). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "onlineBanking.syncNotification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OnlineBankingSyncNotification"];
            };
        };
        responses: {
            /** @description Answer {"ret_code":"0000","ret_msg":"ok"} once handled (async-notification-concept.md). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "refund.notification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundNotification"];
            };
        };
        responses: {
            /** @description Answer {"ret_code":"0000","ret_msg":"ok"} once handled (async-notification-concept.md). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
