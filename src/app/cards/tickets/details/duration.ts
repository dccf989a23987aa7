/** A measured duration (ms) in one unit, localised by Intl: "45 minutes", "3.5 hours", "2 days". */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function duration(ms: number, locale: string): string {
  const [value, unit] =
    ms >= 2 * DAY
      ? [ms / DAY, 'day']
      : ms >= HOUR
        ? [ms / HOUR, 'hour']
        : [Math.max(ms / MINUTE, 1), 'minute'];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'long',
    maximumFractionDigits: unit === 'minute' ? 0 : 1,
  }).format(value);
}
