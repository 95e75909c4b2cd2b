import type { ItemView } from '../../../main/api/contract';
import type { ArgumentMap, ArgumentNode } from '../../../main/quiz/model';

export interface OutlineGroup {
  /** The node, or undefined for items outside the map. */
  node?: ArgumentNode;
  /** How deep it sits in the outline: the thesis and claims at 0, their evidence at 1. */
  depth: number;
  items: ItemView[];
}

const TOP_ROLES = new Set(['thesis', 'claim', 'recommendation', 'concession']);

/**
 * The argument as an outline: the thesis first, then each claim (recommendation, concession) in article
 * order followed by the evidence and examples that support it, then the background; each node with its items.
 */
export function buildOutline(map: ArgumentMap | undefined, items: readonly ItemView[]): OutlineGroup[] {
  const byNode = new Map<string, ItemView[]>();
  for (const item of items) {
    const key = item.argumentNode ?? '';
    byNode.set(key, [...(byNode.get(key) ?? []), item]);
  }
  if (!map) return [{ depth: 0, items: [...items] }];
  const bySentence = new Map(map.nodes.map((node) => [node.sentence, node]));
  const placed = new Set<string>();
  const groups: OutlineGroup[] = [];
  const add = (node: ArgumentNode, depth: number) => {
    if (placed.has(node.id)) return;
    placed.add(node.id);
    groups.push({ node, depth, items: byNode.get(node.id) ?? [] });
  };
  for (const id of map.thesis) {
    const node = bySentence.get(id);
    if (node) add(node, 0);
  }
  for (const node of map.nodes.filter((n) => TOP_ROLES.has(n.role))) {
    add(node, 0);
    for (const support of node.evidence ?? []) {
      const child = bySentence.get(support);
      if (child) add(child, 1);
    }
  }
  for (const node of map.nodes) add(node, 0);
  const unplaced = items.filter((item) => !item.argumentNode || !placed.has(item.argumentNode));
  if (unplaced.length) groups.push({ depth: 0, items: unplaced });
  return groups.filter((group) => group.items.length > 0 || (group.node && group.node.role !== 'background'));
}

export const ROLE_LABELS: Record<string, string> = {
  thesis: 'Thesis',
  claim: 'Claim',
  evidence: 'Evidence',
  example: 'Example',
  concession: 'Concession',
  recommendation: 'Recommendation',
  background: 'Background',
};
