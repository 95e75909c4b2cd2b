/** The colour scale shared by the article overlay and the mastery table: 11 steps, red-ish to green. */
export const TINT_STEPS = 10;

/** The CSS class of a retrievability 0..1: `tint-0` (forgotten) … `tint-10` (remembered). */
export function tintClass(value: number): string {
  const step = Math.round(Math.min(1, Math.max(0, value)) * TINT_STEPS);
  return `tint-${step}`;
}

/** The value written in `data-mastery`: two decimals. */
export function roundMastery(value: number): string {
  return (Math.round(value * 100) / 100).toFixed(2);
}
