/** Small node:http helpers: read a bounded body, send JSON, text or HTML. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Largest request body read (1 MiB); LianLian's requests are a few KiB even with a pay_load. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The request body as UTF-8 text, or `undefined` when it is larger than
 * {@link MAX_BODY_BYTES} or not valid UTF-8. The rest of an oversized body is
 * drained, not parsed, so the connection stays usable for the answer.
 */
export async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  if (size > MAX_BODY_BYTES) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    return undefined;
  }
}

/** Sends `body` as JSON with `status`. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json;charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** Sends plain text with `status`. */
export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain;charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** Sends an HTML page with `status`. */
export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html;charset=utf-8', 'content-length': Buffer.byteLength(html), 'cache-control': 'no-store' });
  res.end(html);
}

/** `text` as a JSON object, or `undefined` when it is not one. */
export function parseJsonObject(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
