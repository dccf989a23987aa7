/**
 * The SDK has one `ApiException` class per generated API module, so `instanceof` against
 * one of them misses the others: recognise them by shape instead.
 */
export interface ApiFailure {
  code: number;
  body: unknown;
  headers: Record<string, string>;
}

export function asApiFailure(error: unknown): ApiFailure | null {
  if (typeof error !== 'object' || error === null) return null;
  const candidate = error as Partial<ApiFailure>;
  if (typeof candidate.code !== 'number' || !('body' in candidate)) return null;
  return {
    code: candidate.code,
    body: candidate.body,
    headers: typeof candidate.headers === 'object' && candidate.headers ? candidate.headers : {},
  };
}

export function bodyField(body: unknown, key: string): unknown {
  return typeof body === 'object' && body !== null
    ? (body as Record<string, unknown>)[key]
    : undefined;
}
