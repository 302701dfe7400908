// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
export interface paths {
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
             * @description Only list bindings made for this payment product. `2`: Express pay with a debit card; `3`: Express pay with a credit card; `D`: Verified payment; `M`: Easy pay for regular payments; `F`: Easy pay with pre-authorisation.
             * @enum {string}
             */
            pay_type?: "2" | "3" | "D" | "M" | "F";
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
            /** @description How many bindings (no_agree values) the user has. */
            count: string;
            /** @description LianLian's own serial number for this request. */
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
        CardBindUnbindRequest: {
            /** @description Binding token of the card to unbind. */
            no_agree: string;
            /** @description Merchant ID issued by LianLian. */
            oid_partner: string;
            /**
             * @description Payment product of the binding to remove. `2`: Express pay with a debit card; `3`: Express pay with a credit card; `D`: Verified payment; `M`: Easy pay for regular payments; `F`: Easy pay with pre-authorisation.
             * @enum {string}
             */
            pay_type?: "2" | "3" | "D" | "M" | "F";
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
            card_no: string;
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
            currency_settle: string;
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
            money_settle: string;
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
             * @description Payment product the card is being bound for. `2`: Quick pay with a debit card; `3`: Quick pay with a credit card; `P`: New authenticated payment.
             * @enum {string}
             */
            pay_type: "2" | "3" | "P";
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
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
}
