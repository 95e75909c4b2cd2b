import type { FactCandidate } from '../facts';
import type { QuizItem, Sentence, SentenceRole } from '../model';
import { contentWordList, contentWords, fnv1a, phraseKey, wordCount } from '../text';
import { blankOut, makeItem, quote, type Context } from './context';
import { pickDistractors, type Pool } from './distractors';

const ARGUING: ReadonlySet<SentenceRole> = new Set(['thesis', 'claim', 'recommendation', 'concession']);
const VALUE_OR_NAME = new Set(['money', 'date', 'number', 'person', 'organization', 'place']);

/**
 * Key-term cloze items: in each arguing sentence, the blank is the concept that carries the claim, i.e. the
 * noun phrase the article keeps coming back to (by the frequency of its words), not only a name or a number.
 */
export function keyTermItems(ctx: Context): QuizItem[] {
  const frequency = termFrequency(ctx.facts);
  const offers: { sentence: Sentence; fact: FactCandidate; worth: number }[] = [];
  for (const node of ctx.map.nodes) {
    if (!ARGUING.has(node.role)) continue;
    const index = Number(node.sentence.slice(1));
    const sentence = ctx.analysed[index]?.sentence as Sentence;
    const candidates = (ctx.facts[index] ?? []).filter((f) => isAskable(f, sentence) && f.type === 'term');
    const best = candidates
      .map((f) => ({ f, worth: keyness(f, frequency) }))
      .sort((a, b) => b.worth - a.worth || a.f.start - b.f.start)[0];
    if (best && best.worth >= 1)
      offers.push({ sentence, fact: best.f, worth: best.worth + node.confidence * 2 });
  }
  // The best offers within the budget, then back in document order.
  const chosen = offers
    .sort((a, b) => b.worth - a.worth || a.sentence.index - b.sentence.index)
    .slice(0, ctx.budget('key-term'))
    .sort((a, b) => a.sentence.index - b.sentence.index);
  return chosen.map(({ sentence, fact }) => {
    const prompt = blankOut(sentence, fact.start, fact.end);
    return makeItem(ctx, {
      kind: 'cloze',
      prompt,
      answer: fact.text,
      sources: [sentence.id],
      extra: { factType: 'term' },
    });
  });
}

function termFrequency(facts: readonly FactCandidate[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of facts) {
    for (const f of list) {
      if (f.type !== 'term') continue;
      for (const w of contentWords(f.text)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return counts;
}

function keyness(f: FactCandidate, frequency: ReadonlyMap<string, number>): number {
  const words = [...contentWords(f.text)];
  const recurring = words.reduce((sum, w) => sum + Math.min(frequency.get(w) ?? 0, 6), 0);
  return recurring + (words.length > 1 ? 1.5 : 0) + (f.subtype === 'proper' ? 1 : 0);
}

/** Long enough a sentence to give context, short enough an answer to recall, and not given away. */
function isAskable(f: FactCandidate, sentence: Sentence): boolean {
  const answerWords = wordCount(f.text);
  const sentenceWords = wordCount(sentence.text);
  if (sentenceWords < 6 || answerWords > 6 || answerWords * 2 > sentenceWords) return false;
  if (/^(?:the|a|an)\s/i.test(f.text)) return false;
  const local = f.start - sentence.start;
  if (sentence.text.slice(local, local + f.text.length) !== f.text) return false;
  // Given away when a word of the answer also appears in the rest of the sentence.
  const counts = wordCounts(sentence);
  const own = contentWordList(f.text);
  return own.every((w) => (counts.get(w) ?? 0) <= own.filter((x) => x === w).length);
}

const countCache = new WeakMap<Sentence, Map<string, number>>();

function wordCounts(sentence: Sentence): Map<string, number> {
  let counts = countCache.get(sentence);
  if (!counts) {
    counts = new Map();
    for (const w of contentWordList(sentence.text)) counts.set(w, (counts.get(w) ?? 0) + 1);
    countCache.set(sentence, counts);
  }
  return counts;
}

/**
 * Fact items: people, organisations, places, dates, numbers and amounts, each asked once, as multiple choice
 * with distractors of the same type from the article when there are enough of them, else as a cloze.
 */
export function factItems(ctx: Context, pool: Pool): QuizItem[] {
  const asked = new Set<string>();
  const items: QuizItem[] = [];
  const candidates = ctx.facts.flat().filter((f) => VALUE_OR_NAME.has(f.type));
  // Rarer facts first: a name the article repeats everywhere is easy; one it mentions once is a fact to learn.
  const counts = new Map<string, number>();
  for (const f of candidates) counts.set(phraseKey(f.text), (counts.get(phraseKey(f.text)) ?? 0) + 1);
  for (const f of candidates) {
    if (items.length >= ctx.budget('fact')) break;
    const key = phraseKey(f.text);
    const index = Number(f.sentenceId.slice(1));
    const a = ctx.analysed[index];
    const node = ctx.map.nodes[index];
    if (!a || asked.has(key) || node?.role === 'background' || !isAskable(f, a.sentence)) continue;
    if ((counts.get(key) ?? 0) > 4 && f.type !== 'date') continue;
    asked.add(key);
    items.push(factItem(ctx, pool, f, a.sentence));
  }
  return items;
}

function factItem(ctx: Context, pool: Pool, f: FactCandidate, sentence: Sentence): QuizItem {
  const blanked = blankOut(sentence, f.start, f.end);
  const distractors = pickDistractors(f, sentence.text, pool);
  const extra = { factType: f.type };
  // Alternate by a hash of the fact, so both kinds appear and re-generation keeps each fact's kind.
  if (distractors.length >= 3 && fnv1a(phraseKey(f.text)) % 3 !== 0) {
    const lead = isAssertion(sentence.text) ? 'According to the article, which' : 'Which';
    const prompt = `${lead} fills the blank? ${quote(blanked)}`;
    return makeItem(ctx, {
      kind: 'multiple-choice',
      prompt,
      answer: f.text,
      distractors,
      sources: [sentence.id],
      extra,
    });
  }
  return makeItem(ctx, { kind: 'cloze', prompt: blanked, answer: f.text, sources: [sentence.id], extra });
}

/** The article's own statement, not a quotation, a hypothesis or a question. */
export function isAssertion(text: string): boolean {
  return !/[“”"]|\?|\b(?:would have|if|might|could)\b/i.test(text);
}
