/** Small formatters for the Stats view's text summaries and labels. */

/** "1 review", "3 reviews". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** 0.873 → "87%"; null → "no data". */
export function percent(rate: number | null, digits = 0): string {
  return rate === null ? 'no data' : `${(rate * 100).toFixed(digits)}%`;
}

/** Minutes as "45 min", "2 h 5 min", or "under a minute". */
export function minutes(value: number): string {
  const rounded = Math.round(value);
  if (rounded < 1) return value > 0 ? 'under a minute' : '0 min';
  if (rounded < 60) return `${rounded} min`;
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

/** A study day "2026-03-02" as "2 Mar"; with the year when asked. */
export function dayLabel(day: string, withYear = false): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  const value = new Date(Date.UTC(year, month - 1, date));
  return value.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
}

/** The largest value and where it is; null when every value is 0. */
export function peak(values: readonly number[]): { index: number; value: number } | null {
  let best: { index: number; value: number } | null = null;
  values.forEach((value, index) => {
    if (value > 0 && (!best || value > best.value)) best = { index, value };
  });
  return best;
}
