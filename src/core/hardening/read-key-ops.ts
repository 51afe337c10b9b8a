// Reads a JWK's key_ops when it is a list (kept apart from jwk-limits.ts, which loads on first use).

/** The `key_ops` of a JWK object when it is a list of strings (anything else is not a stated limit). */
export function readKeyOps(jwk: Record<string, unknown>): string[] | undefined {
  const ops = jwk.key_ops;
  return Array.isArray(ops) ? ops.filter((o): o is string => typeof o === 'string') : undefined;
}
