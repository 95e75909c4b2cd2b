import type { FactCandidate } from '../facts';
import { TITLES } from '../facts/lexicon';
import type { Analysed, Token } from '../sentences';

/** A person and the words the article uses for who they are ("special envoy Stephen Biegun"). */
export interface PersonRole {
  person: string;
  role: string;
  sentenceId: string;
}

const ROLE_NOUNS = new Set([
  ...TITLES,
  'advisor',
  'adviser',
  'envoy',
  'scholar',
  'leader',
  'successor',
  'widow',
  'wife',
  'husband',
  'son',
  'daughter',
  'father',
  'mother',
  'founder',
  'author',
  'scientist',
  'expert',
  'official',
  'spokesperson',
  'researcher',
  'economist',
  'historian',
  'analyst',
  'journalist',
  'lawyer',
  'physicist',
  'executive',
]);

/**
 * Who each person is, from the words right before the name ("Secretary of State Mike Pompeo", "the Australian
 * scholar John Burrows") or an apposition around it ("Ruth Plumly Thompson, L. Frank Baum's successor,";
 * "his widow, LaSalle Corbell Pickett"). The first description of a person wins.
 */
export function findPersonRoles(
  analysed: readonly Analysed[],
  facts: readonly FactCandidate[][],
): PersonRole[] {
  const found = new Map<string, PersonRole>();
  analysed.forEach((a, i) => {
    for (const f of facts[i] ?? []) {
      if (f.type !== 'person' || found.has(f.text)) continue;
      const role = roleBefore(a, f) ?? appositionAfter(a, f) ?? appositionBefore(a, f);
      if (role) found.set(f.text, { person: f.text, role, sentenceId: a.sentence.id });
    }
  });
  return [...found.values()];
}

function tokenIndexAt(a: Analysed, offset: number): number {
  return a.tokens.findIndex((t) => t.start === offset);
}

/** The title words directly before the name, ending in a role noun. */
function roleBefore(a: Analysed, f: FactCandidate): string | undefined {
  const at = tokenIndexAt(a, f.start);
  if (at <= 0) return undefined;
  let from = at;
  while (from > 0 && isRoleWord(a.tokens[from - 1] as Token)) from--;
  return roleText(a, a.tokens.slice(from, at));
}

function isRoleWord(t: Token): boolean {
  return (
    /^[\p{L}.’'-]+$/u.test(t.text) &&
    (['ADJ', 'NOUN', 'PROPN'].includes(t.pos) || t.lower === 'of' || /\.$/.test(t.text))
  );
}

/** The words must end in a role noun ("special envoy"), and "of" may not start them. */
function roleText(a: Analysed, words: Token[]): string | undefined {
  while (words.length && /^(?:of|the)$/.test((words[0] as Token).lower)) words = words.slice(1);
  const last = words[words.length - 1];
  if (!last || !ROLE_NOUNS.has(last.lower.replace(/\.$/, ''))) return undefined;
  const first = words[0] as Token;
  return a.sentence.text.slice(first.start - a.sentence.start, last.end - a.sentence.start);
}

/** "Ruth Plumly Thompson, L. Frank Baum’s successor, was ...". */
function appositionAfter(a: Analysed, f: FactCandidate): string | undefined {
  const rest = a.sentence.text.slice(f.end - a.sentence.start);
  const m = /^,\s+((?:[\p{L}.’'-]+\s){0,5}?([\p{L}]+)),/u.exec(rest);
  if (!m || !ROLE_NOUNS.has((m[2] ?? '').toLowerCase())) return undefined;
  return (m[1] ?? '').replace(/^(?:the|a|an|his|her|their)\s+/i, '');
}

/** "his widow, LaSalle Corbell Pickett". */
function appositionBefore(a: Analysed, f: FactCandidate): string | undefined {
  const before = a.sentence.text.slice(0, f.start - a.sentence.start);
  const m = /(?:^|\s)(?:the|a|an|his|her|their)\s+((?:[\p{L}’'-]+\s){0,3}?([\p{L}]+)),\s+$/u.exec(before);
  if (!m || !ROLE_NOUNS.has((m[2] ?? '').toLowerCase())) return undefined;
  return m[1];
}
