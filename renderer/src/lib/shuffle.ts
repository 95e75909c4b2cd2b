/** A small string hash (FNV-1a), to seed a shuffle from an item's ID. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return value;
}

/**
 * The same shuffle every time for the same seed, so that a card looks the same when it comes back and
 * a test can rely on it; never the original order when another exists.
 */
export function seededShuffle<T>(values: readonly T[], seed: string): T[] {
  const result = [...values];
  let state = hash(seed) || 1;
  for (let i = result.length - 1; i > 0; i--) {
    state = Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) >>> 0;
    const j = state % (i + 1);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  if (result.length > 1 && result.every((value, i) => value === values[i])) result.push(result.shift()!);
  return result;
}
