// Deadline arithmetic in the region's time zone (Asia/Almaty). Deadlines are stored as UTC ISO and
// entered and shown as local wall-clock time; offsets come from Intl, never hard-coded.

export const REGION_TZ = 'Asia/Almaty';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(ms: number, tz: string): Wall {
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** The zone's offset from UTC at an instant, in milliseconds. */
export function zoneOffsetMs(ms: number, tz = REGION_TZ): number {
  const w = wallClock(ms, tz);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2026-12-22T18:00" as wall-clock time in the zone → UTC ISO; undefined when not a valid time. */
export function localToUtc(local: string, tz = REGION_TZ): string | undefined {
  const m = LOCAL.exec(local.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  let ms = guess - zoneOffsetMs(guess, tz);
  ms = guess - zoneOffsetMs(ms, tz);
  const back = wallClock(ms, tz);
  if (back.year !== y || back.month !== mo || back.day !== d) return undefined;
  return new Date(ms).toISOString();
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** UTC ISO → "2026-12-22T18:00" in the zone (the value of a datetime-local input). */
export function utcToLocalInput(iso: string, tz = REGION_TZ): string {
  const w = wallClock(Date.parse(iso), tz);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** UTC ISO → "22.12.2026 18:00" in the zone, the way dates are written in KK and RU documents. */
export function formatLocal(iso: string, tz = REGION_TZ): string {
  const w = wallClock(Date.parse(iso), tz);
  return `${pad(w.day)}.${pad(w.month)}.${w.year} ${pad(w.hour)}:${pad(w.minute)}`;
}

/** The calendar day in the zone, "2026-12-22". */
export function localDay(ms: number, tz = REGION_TZ): string {
  const w = wallClock(ms, tz);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

export interface TimeLeft {
  overdue: boolean;
  /** Absolute distance to the deadline. */
  days: number;
  hours: number;
  minutes: number;
  ms: number;
}

export function timeLeft(nowMs: number, deadlineIso: string): TimeLeft {
  const diff = Date.parse(deadlineIso) - nowMs;
  const abs = Math.abs(diff);
  return {
    overdue: diff < 0,
    days: Math.floor(abs / 86_400_000),
    hours: Math.floor((abs % 86_400_000) / 3_600_000),
    minutes: Math.floor((abs % 3_600_000) / 60_000),
    ms: diff,
  };
}

export function isLate(submittedAtIso: string, deadlineIso: string): boolean {
  return Date.parse(submittedAtIso) > Date.parse(deadlineIso);
}
