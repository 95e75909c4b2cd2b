import type { FactCandidate } from '../facts';
import type { ArgumentMap, ArgumentNode, SentenceRole } from '../model';
import type { Analysed } from '../sentences';
import { computeFeatures, stem, type Features } from './features';
import {
  CLAIM,
  CONCESSION,
  COUNTERPOINT,
  EVIDENCE,
  EXAMPLE,
  RECOMMENDATION,
  THESIS,
  initialMarker,
  markerIn,
  type MarkerSet,
} from './markers';

type ScoredRole = Exclude<SentenceRole, 'thesis' | 'background'>;

interface Scores {
  role: ScoredRole;
  score: number;
  marker?: string;
}

/**
 * Builds the argument map: a role for every sentence with a confidence, the thesis, and links from each claim
 * to the evidence and examples that support it.
 *
 * Roles come from discourse markers ("should" recommends, "for example" illustrates, "this is not to"
 * concedes), from what a sentence contains (figures and named sources make evidence) and from position (a
 * paragraph's first sentence tends to be its claim). The thesis is the sentence that best combines overlap
 * with the title and standfirst, a lead or concluding position, thesis markers ("highlights") and importance.
 */
export function buildArgumentMap(
  analysed: readonly Analysed[],
  facts: readonly FactCandidate[][],
  title: string | undefined,
): { map: ArgumentMap; features: Features[] } {
  const features = computeFeatures(analysed, facts, titleStems(title));
  const roles = features.map(scoreRoles);
  const thesis = pickThesis(features);
  const nodes: ArgumentNode[] = features.map((f, i) => {
    const best = roles[i] as Scores[];
    const id = f.a.sentence.id;
    if (thesis.includes(id)) {
      return {
        id: `n-${id}`,
        sentence: id,
        role: 'thesis',
        confidence: 0.9,
        marker: markerIn(THESIS, f.lower),
      };
    }
    if (isBackground(f)) return { id: `n-${id}`, sentence: id, role: 'background', confidence: 0.8 };
    const [first, second] = best as [Scores, Scores];
    const confidence = Math.min(0.95, 0.35 + (first.score - second.score) / (first.score + 1));
    const node: ArgumentNode = {
      id: `n-${id}`,
      sentence: id,
      role: first.role,
      confidence: round(confidence),
    };
    if (first.marker) node.marker = first.marker;
    return node;
  });
  linkSupport(nodes, features);
  return { map: { thesis, nodes }, features };
}

function titleStems(title: string | undefined): Set<string> {
  const words = (title ?? '').toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  const stop = new Set([
    'the',
    'and',
    'for',
    'with',
    'how',
    'why',
    'what',
    'are',
    'its',
    'still',
    'like',
    'too',
  ]);
  return new Set(words.filter((w) => !stop.has(w)).map(stem));
}

function isBackground(f: Features): boolean {
  return (
    f.a.heading ||
    f.a.question ||
    f.words < 4 ||
    (f.firstPerson && f.values === 0 && !markerIn(CLAIM, f.lower))
  );
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Scores of each role for one sentence, best first. */
function scoreRoles(f: Features): Scores[] {
  const hit = (set: MarkerSet, weight: number, initialOnly = false) => {
    const marker = initialOnly ? initialMarker(set, f.lower) : markerIn(set, f.lower);
    return marker ? { score: weight, marker } : { score: 0 };
  };
  const recommendation = hit(RECOMMENDATION, 3);
  const concession = hit(CONCESSION, 3, true);
  const counter = hit(COUNTERPOINT, 1.6, true);
  const example = hit(EXAMPLE, 2.6);
  const evidenceMarker = hit(EVIDENCE, 1.4);
  const claimMarker = hit(CLAIM, 1);
  // A sentence inside a paragraph, with no claim marker of its own, usually elaborates the paragraph's claim.
  const elaborates = !f.paragraphStart && !claimMarker.marker ? 0.9 : 0;
  const evidence =
    evidenceMarker.score + Math.min(f.values, 3) * 0.9 + Math.min(f.names, 3) * 0.3 + elaborates;
  const claim =
    (f.paragraphStart ? 1.6 : 0.8) + claimMarker.score + f.importance * 0.8 - Math.min(f.values, 3) * 0.4;
  const pastConditional = /\bwould have\b/.test(f.lower) ? -2.5 : 0;
  const scores: Scores[] = [
    { role: 'claim', score: claim, marker: claimMarker.marker },
    { role: 'evidence', score: evidence, marker: evidenceMarker.marker },
    {
      role: 'example',
      score: example.score + (f.names > 0 || f.values > 0 ? 0.4 : 0),
      marker: example.marker,
    },
    {
      role: 'concession',
      score: Math.max(concession.score, counter.score + (hit(CONCESSION, 1).score > 0 ? 1 : 0)),
      marker: concession.marker ?? counter.marker,
    },
    { role: 'recommendation', score: recommendation.score + pastConditional, marker: recommendation.marker },
  ];
  return scores.sort((a, b) => b.score - a.score);
}

/** The thesis: the best-scoring statement, plus a second one from the other end of the article if close. */
function pickThesis(features: Features[]): string[] {
  const ranked = features
    .filter((f) => !f.a.heading && !f.a.question && f.words >= 6)
    .map((f) => ({ f, score: thesisScore(f) }))
    .sort((a, b) => b.score - a.score || a.f.a.sentence.index - b.f.a.sentence.index);
  const [top, ...rest] = ranked;
  if (!top) return [];
  const second = rest.find((r) => r.f.lead !== top.f.lead && r.score >= top.score * 0.85);
  return second ? [top.f.a.sentence.id, second.f.a.sentence.id] : [top.f.a.sentence.id];
}

function thesisScore(f: Features): number {
  let score = f.titleOverlap * 3 + f.importance * 1.5;
  if (f.lead) score += 1.2;
  if (f.introEnd) score += 2.2;
  if (f.conclusion) score += 0.8;
  if (markerIn(THESIS, f.lower.replace(/[.!]$/, ''))) score += 1.8;
  if (/^(?:but|yet|however)\b/.test(f.lower) && (f.lead || f.introEnd)) score += 0.6;
  if (markerIn(RECOMMENDATION, f.lower)) score += 0.3;
  if (f.introEnd && f.paragraphStart) score += 0.5;
  if (markerIn(EXAMPLE, f.lower)) score -= 1.5;
  const personal = f.firstPerson && !markerIn(THESIS, f.lower) ? 1 : 0;
  score -= Math.min(f.values, 3) * 0.5 + Math.min(f.names, 3) * 0.4 + personal;
  return score;
}

const ARGUING: ReadonlySet<SentenceRole> = new Set(['thesis', 'claim', 'recommendation', 'concession']);

/**
 * Links each evidence or example sentence to the claim it supports: the nearest arguing sentence before it in
 * its paragraph, else the first after it in its paragraph, else the last one of the previous paragraph.
 */
function linkSupport(nodes: ArgumentNode[], features: Features[]): void {
  let lastArguing: number | undefined;
  nodes.forEach((node, i) => {
    const f = features[i] as Features;
    if (ARGUING.has(node.role)) {
      lastArguing = i;
      return;
    }
    if (node.role !== 'evidence' && node.role !== 'example') return;
    const sameParagraph = (j: number | undefined) =>
      j !== undefined && features[j]?.a.sentence.paragraph === f.a.sentence.paragraph;
    let target = sameParagraph(lastArguing) ? lastArguing : undefined;
    if (target === undefined) {
      const next = nodes.findIndex((n, j) => j > i && ARGUING.has(n.role));
      target = sameParagraph(next) ? next : lastArguing;
    }
    if (target === undefined) return;
    const claim = nodes[target] as ArgumentNode;
    node.supports = claim.sentence;
    claim.evidence = [...(claim.evidence ?? []), node.sentence];
  });
}
