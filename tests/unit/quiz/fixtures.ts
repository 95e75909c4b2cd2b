import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FactType } from '../../../main/quiz';

/** One test article with the expectations a person wrote for it. */
export interface Fixture {
  slug: string;
  text: string;
  title: string;
  standfirst: boolean;
  expectations: {
    thesis: string[];
    keyClaims: string[];
    keyFacts: { text: string; type: FactType }[];
    people: { name: string; role: string }[];
  };
}

const ROOT = 'tests/fixtures/articles';
export const FIXTURE_SLUGS = [
  'hanoi-summit',
  'water-systems-hackers',
  'sea-star-wasting',
  'chatgpt-em-dashes',
];

export function loadFixture(slug: string): Fixture {
  const folder = join(ROOT, slug);
  const expectations = JSON.parse(
    readFileSync(join(folder, 'expectations.json'), 'utf8'),
  ) as Fixture['expectations'] & {
    textFile?: string;
    metaFile?: string;
  };
  const textFile = join(folder, expectations.textFile ?? 'article.txt');
  const metaFile = join(folder, expectations.metaFile ?? join('..', slug, 'meta.json'));
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as { title: string; standfirst?: boolean };
  return {
    slug,
    text: readFileSync(textFile, 'utf8').trimEnd(),
    title: meta.title,
    standfirst: meta.standfirst === true,
    expectations,
  };
}

export const metaDir = (slug: string) => dirname(join(ROOT, slug, 'meta.json'));
