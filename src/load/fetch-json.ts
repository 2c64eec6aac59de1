import { readBodyCapped } from './read-body.js';

/**
 * Fetches a JSON document that is decoration rather than data (the base map's files, a
 * boundaries file): at most `maxBytes`, by its declared length and by what arrives. Any failure
 * (network, status, size, syntax, abort) gives `undefined`: the map goes on without it.
 */
export async function fetchOptionalJson(
  url: string,
  options: { maxBytes: number; credentials: RequestCredentials; signal?: AbortSignal },
): Promise<unknown> {
  try {
    const response = await fetch(url, {
      credentials: options.credentials,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (!response.ok) return undefined;
    const text = await readBodyCapped(response, options.maxBytes);
    if (options.signal?.aborted) return undefined;
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
