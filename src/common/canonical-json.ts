/**
 * JSON with object keys sorted at every level and `null`/`undefined` members left out (API.md: `null` for an
 * optional field means absent), so that two bodies that mean the same thing give the same text and hash.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(canonical);
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value)
        .filter(
          (key) =>
            (value as Record<string, unknown>)[key] !== null &&
            (value as Record<string, unknown>)[key] !== undefined,
        )
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}
