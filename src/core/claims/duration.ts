// Reads short durations people type ("30m", "1h", "7d", "90s", "2w", or plain seconds) as seconds.

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800, y: 31557600 };

/** Seconds for "30m", "1h", "7d", "1h30m"; undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, '');
  if (/^\d+$/.test(t)) return Number(t);
  if (!/^(\d+(\.\d+)?[smhdwy])+$/.test(t)) return undefined;
  let total = 0;
  // eslint-disable-next-line regexp/no-super-linear-move -- only text the anchored pattern above accepted, where every digit run ends in a unit, so each match attempt stops at the next unit
  for (const [, n, unit] of t.matchAll(/(\d+(?:\.\d+)?)([smhdwy])/g)) {
    total += Number(n) * (UNIT_SECONDS[unit ?? 's'] ?? 1);
  }
  return Math.round(total);
}
