/**
 * `npm run quizgen -- <file.txt|file.md> [--json] [--title "..."] [--standfirst]`: prints the argument map and
 * the quiz items of an article, readably or (with --json) as one JSON document.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { generateQuiz, type Quiz } from '../quiz';

interface Options {
  file: string;
  json: boolean;
  title?: string;
  standfirst: boolean;
}

function parseArgs(argv: string[]): Options {
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--title');
  if (!file) fail('usage: npm run quizgen -- <file.txt|file.md> [--json] [--title "..."] [--standfirst]');
  const titleAt = argv.indexOf('--title');
  return {
    file,
    json: argv.includes('--json'),
    title: titleAt >= 0 ? argv[titleAt + 1] : undefined,
    standfirst: argv.includes('--standfirst'),
  };
}

function fail(message: string): never {
  process.stderr.write(`quizgen: ${message}\n`);
  process.exit(1);
}

/** The article's text; a missing, unreadable, empty or binary file is a clear error. */
function readArticle(file: string): string {
  let bytes: Buffer;
  try {
    if (!statSync(file).isFile()) fail(`${file} is not a file`);
    bytes = readFileSync(file);
  } catch (error) {
    fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (bytes.includes(0)) fail(`${file} looks binary (it contains NUL bytes); give a .txt or .md file`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if ((text.match(/\uFFFD/g)?.length ?? 0) > text.length / 100) fail(`${file} is not UTF-8 text`);
  if (!text.trim()) fail(`${file} is empty`);
  return ext(file) === '.md' ? fromMarkdown(text) : text;
}

function ext(file: string): string {
  return extname(file).toLowerCase();
}

/** Markdown to plain paragraphs: headings and emphasis marks off, one paragraph per line. */
function fromMarkdown(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .replace(/^#{1,6}\s+/gm, '')
        .replace(/[*_`]+/g, '')
        .replace(/\s*\n\s*/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join('\n');
}

/** Title and standfirst from a meta.json beside the file, as the bundled article has. */
function metaFor(file: string): { title?: string; standfirst?: boolean } {
  try {
    const meta = JSON.parse(readFileSync(join(dirname(file), 'meta.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    return {
      title: typeof meta.title === 'string' ? meta.title : undefined,
      standfirst: meta.standfirst === true,
    };
  } catch {
    return {};
  }
}

function toJson(quiz: Quiz): string {
  const nodes = quiz.argumentMap.nodes.map(
    ({ id, sentence, role, confidence, supports, evidence, marker }) => ({
      id,
      sentence,
      role,
      confidence,
      ...(supports ? { supports } : {}),
      ...(evidence ? { evidence } : {}),
      ...(marker ? { marker } : {}),
    }),
  );
  return JSON.stringify(
    {
      generator: quiz.generator,
      sentences: quiz.sentences.map(({ id, text, start, end, paragraph }) => ({
        id,
        text,
        start,
        end,
        paragraph,
      })),
      argumentMap: { thesis: quiz.argumentMap.thesis, nodes },
      items: quiz.items.map(({ articleId: _a, generator: _g, sourceSentenceIds, sources, ...item }) => ({
        ...item,
        sources: sourceSentenceIds,
        spans: sources,
      })),
    },
    null,
    2,
  );
}

function toText(quiz: Quiz): string {
  const text = (id: string) => quiz.sentences[Number(id.slice(1))]?.text ?? '';
  const lines = [
    `Generator ${quiz.generator}: ${quiz.sentences.length} sentences, ${quiz.items.length} items`,
    '',
  ];
  lines.push('THESIS', ...quiz.argumentMap.thesis.map((id) => `  [${id}] ${text(id)}`), '', 'ARGUMENT MAP');
  for (const n of quiz.argumentMap.nodes) {
    if (n.role === 'background') continue;
    const links = n.supports
      ? ` -> supports ${n.supports}`
      : n.evidence
        ? ` <- ${n.evidence.join(', ')}`
        : '';
    lines.push(`  [${n.sentence}] ${n.role} (${n.confidence})${links}: ${text(n.sentence).slice(0, 100)}`);
  }
  lines.push('', 'ITEMS');
  for (const item of quiz.items) {
    lines.push(`- ${item.kind} ${item.id} [${item.sourceSentenceIds.join(', ')}]`, `  Q: ${item.prompt}`);
    if (item.options) lines.push(...item.options.map((o) => `     ${o === item.answer ? '*' : ' '} ${o}`));
    if (item.pairs) lines.push(...item.pairs.map((p) => `     ${p.left} -> ${p.right}`));
    if (item.sequence) lines.push(...item.sequence.map((s, i) => `     ${i + 1}. ${s}`));
    if (!item.options && !item.pairs && !item.sequence) lines.push(`  A: ${item.answer}`);
  }
  return lines.join('\n');
}

const options = parseArgs(process.argv.slice(2));
const text = readArticle(options.file);
const meta = metaFor(options.file);
const quiz = generateQuiz({
  articleId: basename(options.file, extname(options.file)),
  text,
  title: options.title ?? meta.title,
  standfirst: options.standfirst || meta.standfirst,
});
process.stdout.write(`${options.json ? toJson(quiz) : toText(quiz)}\n`);
