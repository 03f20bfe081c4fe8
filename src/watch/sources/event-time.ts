// Event times as operators' exports write them: epoch milliseconds (the documented form), epoch
// seconds (CDR systems often keep those; a value below 1e11 cannot be a millisecond time after
// 1973), or ISO-8601 with a "T" or a space between date and time. A time without a zone is read as
// UTC: detection depends on the intervals between events, which a constant offset does not change.

/** Epoch values below this are seconds. */
const SECONDS_BELOW = 1e11;
const ISO = /^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?)\s*(Z|[+-]\d\d(?::?\d\d)?)?$/i;

/** Epoch milliseconds of a number read from a file. */
export function epochMs(v: number): number {
  return v < SECONDS_BELOW ? v * 1000 : v;
}

/** Epoch milliseconds of a time written as text, or NaN. */
export function parseEventTime(s: string): number {
  const t = s.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return epochMs(Number(t));
  const m = ISO.exec(t);
  if (!m) return Number.NaN;
  const zone = m[3] === undefined ? 'Z' : m[3].toUpperCase();
  return Date.parse(`${m[1]}T${m[2]!.replace(',', '.')}${zone}`);
}
