// Formats decoded JSON for the editors and encodes edited JSON back into a segment.

import { encodeBase64urlText } from '../shared/base64url';

/** Pretty-prints a JSON object for the editors (2-space indent); `fallback` (the decoded text) when it cannot. */
export function formatJson(value: unknown, fallback?: string): string {
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    // JSON.stringify recurses: JSON.parse accepts nesting it cannot print back.
    return fallback ?? String(value);
  }
}

/** Re-encodes one edited JSON text as a base64url segment, compacting it first. */
export function encodeJsonSegment(value: unknown): string {
  return encodeBase64urlText(JSON.stringify(value));
}
