/** An instant: whole seconds since the epoch plus nanoseconds, so fractions compare exactly. */
export type Instant = { readonly seconds: number; readonly nanos: number };

/**
 * ISO-8601 extended offset date-time, as Java's DateTimeFormatter.ISO_OFFSET_DATE_TIME parses it
 * (AWS's Choice and Wait states name that format): `2016-03-14T01:59:00Z`,
 * `2016-03-14T01:59:00.123+01:00`. Seconds and fraction are optional, letters are matched without
 * regard to case, the offset may be `Z`, `+HH`, `+HHMM` or `+HH:MM` (optionally with seconds).
 */
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2})(?::?(\d{2}))?)?)$/;

/** Parses a timestamp; undefined when the text is not one (or names an impossible date). */
export function parseTimestamp(text: string): Instant | undefined {
  const m = TIMESTAMP.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const offset = parseOffset(m);
  if (offset === undefined) return undefined;
  const nanos = m[7] === undefined ? 0 : Number(m[7].padEnd(9, '0'));
  const seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offset;
  return { seconds, nanos };
}

export function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && parseTimestamp(value) !== undefined;
}

/** Negative, zero or positive as `a` is before, at or after `b`. */
export function compareInstants(a: Instant, b: Instant): number {
  return a.seconds - b.seconds || a.nanos - b.nanos;
}

function parseOffset(m: RegExpExecArray): number | undefined {
  if (m[8] !== undefined) return 0;
  const hours = Number(m[10]);
  const minutes = m[11] === undefined ? 0 : Number(m[11]);
  const seconds = m[12] === undefined ? 0 : Number(m[12]);
  if (hours > 18 || minutes > 59 || seconds > 59) return undefined;
  const total = hours * 3600 + minutes * 60 + seconds;
  if (total > 18 * 3600) return undefined;
  return m[9] === '-' ? -total : total;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
