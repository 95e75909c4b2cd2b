import type { ArgumentNode, QuizItem, SentenceRole } from '../model';
import { contentWords, jaccard, withoutFinalStop, wordCount } from '../text';
import { byHash, makeItem, quote, sentenceOf, type Context } from './context';

const STATEMENT_ROLES: ReadonlySet<SentenceRole> = new Set([
  'claim',
  'recommendation',
  'concession',
  'evidence',
]);

/** "What is the author's main argument?": the thesis among statements of the article that are not it. */
export function centralArgumentItems(ctx: Context): QuizItem[] {
  const thesisId = ctx.map.thesis[0];
  if (!thesisId) return [];
  const thesis = sentenceOf(ctx, thesisId);
  const thesisWords = contentWords(thesis.text);
  const candidates = ctx.map.nodes
    .filter((n) => STATEMENT_ROLES.has(n.role) && !ctx.map.thesis.includes(n.sentence))
    .map((n) => ({ n, s: sentenceOf(ctx, n.sentence), f: ctx.features[Number(n.sentence.slice(1))] }))
    .filter(({ s }) => inLength(s.text) && jaccard(contentWords(s.text), thesisWords) < 0.5)
    .sort((a, b) => (b.f?.importance ?? 0) - (a.f?.importance ?? 0) || a.s.index - b.s.index);
  // Plausible but wrong: important claims, each from a different paragraph.
  const picked: string[] = [];
  const paragraphs = new Set<number>([thesis.paragraph]);
  for (const c of candidates) {
    if (picked.length === 3) break;
    if (paragraphs.has(c.s.paragraph)) continue;
    paragraphs.add(c.s.paragraph);
    picked.push(c.s.text);
  }
  if (picked.length < 2) return [];
  const prompt = "What is the author's main argument?";
  return [
    makeItem(ctx, {
      kind: 'central-argument',
      prompt,
      answer: thesis.text,
      distractors: picked,
      sources: [thesisId],
    }),
  ];
}

function inLength(text: string): boolean {
  const n = wordCount(text);
  return n >= 7 && n <= 55;
}

/** Claims (and the thesis and recommendations) that the map links to evidence, the strongest first. */
function supportedClaims(ctx: Context): ArgumentNode[] {
  const claims = ctx.map.nodes.filter((n) => (n.evidence?.length ?? 0) > 0 && n.role !== 'background');
  return claims.sort((a, b) => b.confidence - a.confidence || compareIds(a.sentence, b.sentence));
}

const compareIds = (a: string, b: string) => Number(a.slice(1)) - Number(b.slice(1));

/** "Which point does the author use to support: <claim>?": its evidence among the evidence of other claims. */
export function evidenceItems(ctx: Context): QuizItem[] {
  const claims = supportedClaims(ctx);
  const items: QuizItem[] = [];
  for (const claim of claims) {
    if (items.length >= ctx.budget('evidence')) break;
    const evidence = (claim.evidence ?? []).map((id) => sentenceOf(ctx, id)).filter((s) => inLength(s.text));
    const answer = evidence[0];
    if (!answer) continue;
    const others = claims
      .filter((c) => c !== claim)
      .flatMap((c) => c.evidence ?? [])
      .map((id) => sentenceOf(ctx, id))
      .filter((s) => inLength(s.text) && !claim.evidence?.includes(s.id));
    const distractors = byHash(others, (s) => `${claim.sentence}|${s.id}`)
      .slice(0, 3)
      .map((s) => s.text);
    if (distractors.length < 2) continue;
    const claimText = withoutFinalStop(sentenceOf(ctx, claim.sentence).text);
    const prompt = `Which point does the author use to support: ${quote(claimText)}?`;
    items.push(
      makeItem(ctx, {
        kind: 'evidence',
        prompt,
        answer: answer.text,
        distractors,
        sources: [claim.sentence, answer.id],
      }),
    );
  }
  return items;
}

/** "Why does the author argue that ...?": recalled in one's own words, compared with the article's reasons. */
export function openRecallItems(ctx: Context): QuizItem[] {
  const items: QuizItem[] = [];
  for (const claim of supportedClaims(ctx)) {
    if (items.length >= ctx.budget('open-recall')) break;
    if (claim.role === 'concession') continue;
    const claimSentence = sentenceOf(ctx, claim.sentence);
    const analysed = ctx.analysed[claimSentence.index];
    const proper = new Set(analysed?.tokens.filter((t) => t.pos === 'PROPN').map((t) => t.text));
    const clause = asClause(claimSentence.text, proper);
    if (!clause) continue;
    const evidence = (claim.evidence ?? []).slice(0, 3).map((id) => sentenceOf(ctx, id));
    const prompt = `Why does the author argue that ${clause}?`;
    const answer = evidence.map((s) => s.text).join(' ');
    items.push(
      makeItem(ctx, {
        kind: 'open-recall',
        prompt,
        answer,
        sources: [claim.sentence, ...evidence.map((s) => s.id)],
        extra: { selfGraded: true },
      }),
    );
  }
  return items;
}

/** "The outcome illustrates ..." -> "the outcome illustrates ...": a claim that can follow "argue that". */
function asClause(text: string, proper: ReadonlySet<string>): string | undefined {
  const body = withoutFinalStop(text).replace(LEADING_MARKER, '');
  if (/\?$/.test(body) || wordCount(body) < 5 || wordCount(body) > 40) return undefined;
  const first = body.split(/\s/)[0] ?? '';
  // A name or "I" keeps its capital; an ordinary first word loses it.
  return first === 'I' || proper.has(first) ? body : body.charAt(0).toLowerCase() + body.slice(1);
}

const LEADING_MARKER =
  /^(?:but|yet|so|and|thus|therefore|as a result|in other words|clearly|however|instead|paradoxically|fortunately),?\s+/i;

export const ROLE_LABELS: Record<Exclude<SentenceRole, 'thesis' | 'background'>, string> = {
  claim: 'A claim the author makes',
  evidence: 'Evidence for a claim',
  example: 'An example',
  concession: 'A concession or counterpoint',
  recommendation: 'A recommendation',
};

/** "What role does this passage play in the argument?", for sentences whose role is clear. */
export function roleItems(ctx: Context): QuizItem[] {
  const byRole = new Map<string, ArgumentNode[]>();
  for (const n of ctx.map.nodes) {
    if (!(n.role in ROLE_LABELS) || n.confidence < 0.6 || !inLength(sentenceOf(ctx, n.sentence).text))
      continue;
    byRole.set(n.role, [...(byRole.get(n.role) ?? []), n]);
  }
  for (const list of byRole.values())
    list.sort((a, b) => b.confidence - a.confidence || compareIds(a.sentence, b.sentence));
  // Round-robin over roles, so the items are not all "claim".
  const chosen: ArgumentNode[] = [];
  for (let round = 0; chosen.length < ctx.budget('role'); round++) {
    const before = chosen.length;
    for (const role of Object.keys(ROLE_LABELS)) {
      const n = byRole.get(role)?.[round];
      if (n && chosen.length < ctx.budget('role')) chosen.push(n);
    }
    if (chosen.length === before) break;
  }
  const labels = Object.values(ROLE_LABELS);
  return chosen.map((n) => {
    const role = n.role as keyof typeof ROLE_LABELS;
    const prompt = `What role does this passage play in the argument? ${quote(sentenceOf(ctx, n.sentence).text)}`;
    return makeItem(ctx, {
      kind: 'role',
      prompt,
      answer: ROLE_LABELS[role],
      fixedOptions: labels,
      sources: [n.sentence],
      extra: { role: n.role },
    });
  });
}
