/**
 * Issue 12 §2: every error class keeps its reason through JSON.stringify (an
 * Error's message is not enumerable, so a JSON logger would drop it), and
 * nothing else: no stack, cause, body or key.
 */
import { describe, expect, it } from 'vitest';
import { KeyFormatError } from '../../runtime/1-errors-encoding/errors/key-format-error.ts';
import { LianLianError } from '../../runtime/1-errors-encoding/errors/lianlian-error.ts';
import { NotificationError } from '../../runtime/1-errors-encoding/errors/notification-error.ts';
import { PayloadError } from '../../runtime/1-errors-encoding/errors/payload-error.ts';
import { SignatureVerificationError } from '../../runtime/1-errors-encoding/errors/signature-verification-error.ts';
import { TransportError } from '../../runtime/1-errors-encoding/errors/transport-error.ts';
import { ValidationError } from '../../runtime/1-errors-encoding/errors/validation-error.ts';

const json = (e: Error) => JSON.parse(JSON.stringify(e)) as Record<string, unknown>;

describe('JSON.stringify(error)', () => {
  it('is an empty object for a plain Error, which is why the classes define toJSON', () => {
    expect(JSON.stringify(new Error('lost'))).toBe('{}');
  });

  it.each([
    [new ValidationError('cardBind.apply', 'card_no', 'must be digits'), { name: 'ValidationError', operation: 'cardBind.apply', field: 'card_no', rule: 'must be digits' }],
    [new LianLianError('easypay.query', '8901', '没有记录', true), { name: 'LianLianError', operation: 'easypay.query', code: '8901', signed: true }],
    [new SignatureVerificationError('easypay.query', 'no_order is not the one this request sent'), { name: 'SignatureVerificationError', operation: 'easypay.query' }],
    [new TransportError('easypay.apply', 'HTTP 503', { kind: 'http', mayHaveBeenProcessed: true, status: 503, cause: new Error('inner') }), { name: 'TransportError', operation: 'easypay.apply', kind: 'http', mayHaveBeenProcessed: true, status: 503 }],
    [new KeyFormatError('LianLian: lianlianPublicKey: not a key', { setting: 'lianlianPublicKey' }), { name: 'KeyFormatError', setting: 'lianlianPublicKey' }],
    [new NotificationError('easypay.notification', 400, 'not JSON'), { name: 'NotificationError', operation: 'easypay.notification', status: 400 }],
    [new PayloadError('pay_load: HMAC does not match'), { name: 'PayloadError' }],
  ] as [Error, Record<string, unknown>][])('%s keeps name, message and its codes; no stack or cause', (error, fields) => {
    const out = json(error);
    expect(out).toMatchObject({ ...fields, message: error.message });
    expect(out.message).not.toBe('');
    expect(Object.keys(out)).not.toContain('stack');
    expect(Object.keys(out)).not.toContain('cause');
  });
});
