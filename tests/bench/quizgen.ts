/**
 * The quiz generator's speed: words per second on a 100,000-word text (the fixture articles repeated, with
 * their paragraphs) and the bundled article's generation time (median of warm runs).
 */
import { readFileSync } from 'node:fs';
import { generateQuiz } from '../../main/quiz';

const FIXTURES = ['water-systems-hackers', 'sea-star-wasting', 'chatgpt-em-dashes'].map(
  (slug) => `tests/fixtures/articles/${slug}/article.txt`,
);
const BUNDLED = 'content/hanoi-summit/article.txt';
const TARGET_WORDS = 100_000;

const countWords = (text: string) => text.match(/\S+/g)?.length ?? 0;

function longText(): string {
  const articles = [BUNDLED, ...FIXTURES].map((f) => readFileSync(f, 'utf8').trimEnd());
  const parts: string[] = [];
  let words = 0;
  for (let i = 0; words < TARGET_WORDS; i++) {
    const article = articles[i % articles.length] as string;
    parts.push(article);
    words += countWords(article);
  }
  return parts.join('\n\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function benchQuizgen(): Promise<{ words: number; words_per_s: number; seed_ms: number }> {
  const bundled = readFileSync(BUNDLED, 'utf8').trimEnd();
  const input = {
    articleId: 'hanoi-summit',
    text: bundled,
    title: 'The Hanoi Trump-Kim Summit',
    standfirst: true,
  };
  for (let i = 0; i < 3; i++) generateQuiz(input);
  const seedRuns: number[] = [];
  for (let i = 0; i < 9; i++) {
    const start = performance.now();
    generateQuiz(input);
    seedRuns.push(performance.now() - start);
  }
  const text = longText();
  const words = countWords(text);
  const longRuns: number[] = [];
  generateQuiz({ articleId: 'bench', text }); // warm-up: the JIT compiles the hot paths on the first long run
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    generateQuiz({ articleId: 'bench', text });
    longRuns.push(performance.now() - start);
  }
  const seconds = median(longRuns) / 1000;
  return { words, words_per_s: Math.round(words / seconds), seed_ms: Math.round(median(seedRuns) * 10) / 10 };
}

if (process.argv[1]?.endsWith('quizgen.ts')) {
  const result = await benchQuizgen();
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify({ quizgen: result })}\n`);
  else
    process.stdout.write(
      `quizgen: ${result.words} words at ${result.words_per_s} words/s; bundled article ${result.seed_ms} ms\n`,
    );
}
