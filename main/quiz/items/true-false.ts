import type { FactCandidate } from '../facts';
import type { QuizItem, Sentence } from '../model';
import { fnv1a, wordCount } from '../text';
import { makeItem, quote, type Context } from './context';
import { pickDistractors, type Pool } from './distractors';
import { isAssertion } from './facts';

const SWAPPABLE = new Set(['money', 'date', 'number', 'person', 'organization', 'place']);

/**
 * True/false items: a real sentence of the article, or its perturbed twin (a fact swapped for another of the
 * same type from the article, a negation added or removed, a contrast reversed). Which of the two a sentence
 * gets is decided by a hash of its text, so it stays the same on re-generation.
 */
export function trueFalseItems(ctx: Context, pool: Pool, covered: ReadonlySet<string>): QuizItem[] {
  const usable = ctx.map.nodes.filter((node, index) => {
    const text = ctx.analysed[index]?.sentence.text ?? '';
    const words = wordCount(text);
    return (
      node.role !== 'background' && node.role !== 'thesis' && words >= 8 && words <= 40 && isAssertion(text)
    );
  });
  // Sentences no other item asks about come first: a true/false item is the cheapest way to cover them.
  const chosen = [...usable]
    .sort(
      (a, b) =>
        Number(covered.has(a.sentence)) - Number(covered.has(b.sentence)) || b.confidence - a.confidence,
    )
    .slice(0, ctx.budget('true-false'))
    .sort((a, b) => Number(a.sentence.slice(1)) - Number(b.sentence.slice(1)));
  return chosen.map((node) => {
    const index = Number(node.sentence.slice(1));
    const sentence = (ctx.analysed[index] as { sentence: Sentence }).sentence;
    const twin = fnv1a(sentence.text) % 2 === 0 ? perturb(sentence, ctx.facts[index] ?? [], pool) : undefined;
    const statement = twin ?? sentence.text;
    return makeItem(ctx, {
      kind: 'true-false',
      prompt: `True or false? According to the article, ${quote(statement)}`,
      answer: twin ? 'False' : 'True',
      fixedOptions: ['True', 'False'],
      sources: [sentence.id],
      extra: twin ? { explanation: `The article says: ${quote(sentence.text)}` } : {},
    });
  });
}

/** The sentence made false, or undefined when no safe perturbation applies. */
export function perturb(sentence: Sentence, facts: readonly FactCandidate[], pool: Pool): string | undefined {
  return swapFact(sentence, facts, pool) ?? reverseContrast(sentence.text) ?? toggleNegation(sentence.text);
}

function swapFact(sentence: Sentence, facts: readonly FactCandidate[], pool: Pool): string | undefined {
  const fact = facts.find((f) => SWAPPABLE.has(f.type));
  if (!fact) return undefined;
  const [other] = pickDistractors(fact, sentence.text, pool, 1);
  if (!other) return undefined;
  const local = fact.start - sentence.start;
  return sentence.text.slice(0, local) + other + sentence.text.slice(local + fact.text.length);
}

const OPPOSITES: [RegExp, string][] = [
  [/\bmore\b/, 'less'],
  [/\bless\b/, 'more'],
  [/\bincreas(e|ed|es|ing)\b/, 'decreas$1'],
  [/\bdecreas(e|ed|es|ing)\b/, 'increas$1'],
  [/\bhigher\b/, 'lower'],
  [/\blower\b/, 'higher'],
  [/\bbefore\b/, 'after'],
  [/\bafter\b/, 'before'],
  [/\brather than\b/, 'as well as'],
];

function reverseContrast(text: string): string | undefined {
  for (const [pattern, replacement] of OPPOSITES)
    if (pattern.test(text)) return text.replace(pattern, replacement);
  return undefined;
}

const AUXILIARY = /\b(is|are|was|were|has|have|had|can|will|could|should|may|did|does|do)( not| n't)?\b/;

function toggleNegation(text: string): string | undefined {
  const m = AUXILIARY.exec(text);
  if (!m) return undefined;
  if (m[2]) return text.slice(0, m.index) + m[1] + text.slice(m.index + m[0].length);
  return `${text.slice(0, m.index + m[0].length)} not${text.slice(m.index + m[0].length)}`;
}
