import type { MatchPair, QuizItem, SentenceRole } from '../model';
import { phraseKey, withoutFinalStop, wordCount } from '../text';
import { makeItem, type Context } from './context';
import { findPersonRoles } from './people';

const MAX_PAIRS = 5;

/** Matching items: people to their roles, and numbers to what they measure (at least three pairs each). */
export function matchingItems(ctx: Context): QuizItem[] {
  const items: QuizItem[] = [];
  const people = findPersonRoles(ctx.analysed, ctx.facts).slice(0, MAX_PAIRS);
  if (people.length >= 3) {
    const pairs = people.map((p) => ({ left: p.person, right: p.role }));
    items.push(
      matching(
        ctx,
        'Who is who in the article? Match each person to their role.',
        pairs,
        people.map((p) => p.sentenceId),
      ),
    );
  }
  const measures = numberMeasures(ctx).slice(0, MAX_PAIRS);
  if (measures.length >= 3) {
    const pairs = measures.map((m) => ({ left: m.left, right: m.right }));
    items.push(
      matching(
        ctx,
        'What does each number in the article measure?',
        pairs,
        measures.map((m) => m.sentenceId),
      ),
    );
  }
  return items;
}

function matching(ctx: Context, prompt: string, pairs: MatchPair[], sources: string[]): QuizItem {
  const answer = pairs.map((p) => `${p.left} → ${p.right}`).join('; ');
  return makeItem(ctx, { kind: 'matching', prompt, answer, sources: unique(sources), extra: { pairs } });
}

/** "110 aircraft", "152,000 public drinking water systems": a number and the noun phrase it counts. */
function numberMeasures(ctx: Context): (MatchPair & { sentenceId: string })[] {
  const seen = new Set<string>();
  const out: (MatchPair & { sentenceId: string })[] = [];
  ctx.analysed.forEach((a, i) => {
    for (const f of ctx.facts[i] ?? []) {
      if (f.type !== 'number' || !/\d/.test(f.text) || seen.has(f.text)) continue;
      const after = a.tokens.filter((t) => t.start >= f.end);
      const skip = after[0]?.lower === 'of' && after[1]?.lower === 'the' ? 2 : 0;
      const words = [];
      for (const t of after.slice(skip)) {
        if (!['NOUN', 'ADJ'].includes(t.pos) || words.length === 5) break;
        words.push(t);
      }
      while (words.length && words[words.length - 1]?.pos !== 'NOUN') words.pop();
      const first = words[0];
      const last = words[words.length - 1];
      if (!first || !last) continue;
      const right = a.sentence.text.slice(first.start - a.sentence.start, last.end - a.sentence.start);
      if (out.some((o) => phraseKey(o.right) === phraseKey(right))) continue;
      seen.add(f.text);
      out.push({ left: f.text, right, sentenceId: a.sentence.id });
    }
  });
  return out;
}

const STEP_ROLES: ReadonlySet<SentenceRole> = new Set(['thesis', 'claim', 'recommendation', 'concession']);

/** Ordering items: the steps of the argument in the article's order, and dated events in time order. */
export function orderingItems(ctx: Context): QuizItem[] {
  const items: QuizItem[] = [];
  const steps = argumentSteps(ctx);
  if (steps.length >= 3) {
    const sequence = steps.map((id) =>
      withoutFinalStop(ctx.analysed[Number(id.slice(1))]?.sentence.text ?? ''),
    );
    items.push(ordering(ctx, 'In what order does the article make these points?', sequence, steps));
  }
  const events = datedEvents(ctx);
  if (events.length >= 3) {
    const sequence = events.map((e) => withoutFinalStop(e.text));
    items.push(
      ordering(
        ctx,
        'In what order did these events happen?',
        sequence,
        events.map((e) => e.id),
      ),
    );
  }
  return items;
}

function ordering(ctx: Context, prompt: string, sequence: string[], sources: string[]): QuizItem {
  const answer = sequence.map((s, i) => `${i + 1}. ${s}`).join(' ');
  return makeItem(ctx, { kind: 'ordering', prompt, answer, sources: unique(sources), extra: { sequence } });
}

/** Four or five confident argument sentences, one from each stretch of the article. */
function argumentSteps(ctx: Context): string[] {
  const candidates = ctx.map.nodes.filter((n) => {
    const words = wordCount(ctx.analysed[Number(n.sentence.slice(1))]?.sentence.text ?? '');
    return STEP_ROLES.has(n.role) && n.confidence >= 0.6 && words >= 6 && words <= 30;
  });
  const count = Math.min(5, candidates.length);
  const steps: string[] = [];
  for (let k = 0; k < count; k++) {
    const stretch = candidates.slice(
      Math.floor((k * candidates.length) / count),
      Math.floor(((k + 1) * candidates.length) / count),
    );
    const best = [...stretch].sort((a, b) => b.confidence - a.confidence)[0];
    if (best) steps.push(best.sentence);
  }
  return steps;
}

/** Sentences with a year in them, sorted by that date; at most one per year, and only if the order is clear. */
function datedEvents(ctx: Context): { id: string; text: string; when: number }[] {
  const byYear = new Map<number, { id: string; text: string; when: number }>();
  ctx.analysed.forEach((a, i) => {
    const dates = (ctx.facts[i] ?? []).filter((f) => f.type === 'date');
    const years = dates.flatMap((d) => (d.text.match(/\b(?:1[5-9]|20)\d{2}\b/g) ?? []).map(Number));
    const words = wordCount(a.sentence.text);
    if (new Set(years).size !== 1 || words > 35 || ctx.map.nodes[i]?.role === 'background') return;
    const year = years[0] as number;
    if (!byYear.has(year)) byYear.set(year, { id: a.sentence.id, text: a.sentence.text, when: year });
  });
  return [...byYear.values()].sort((a, b) => a.when - b.when).slice(0, 5);
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
