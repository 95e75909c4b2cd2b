import { newCard } from '../../main/scheduler';
import { SCHEMA_VERSION, type ArticleFile } from '../../main/store';

/** A small hand-made article file, so store tests do not depend on the quiz generator. */
export function sampleArticleFile(id = 'sample', now = new Date('2026-03-02T09:00:00.000Z')): ArticleFile {
  const text = 'Boeing sold 110 aircraft. The deal was sealed before the summit.';
  return {
    schemaVersion: SCHEMA_VERSION,
    article: {
      id,
      title: 'Sample',
      author: 'A. Writer',
      authorBio: '',
      source: 'Test',
      licence: 'CC BY',
      attribution: 'Republished with attribution.',
      standfirst: false,
      text,
      addedAt: now.toISOString(),
    },
    items: [
      {
        id: 'cz-0001',
        articleId: id,
        kind: 'cloze',
        prompt: '_____ sold 110 aircraft.',
        answer: 'Boeing',
        sources: [{ start: 0, end: 25 }],
        sourceSentenceIds: ['s0'],
        generator: 'test@1',
      },
    ],
    cards: { 'cz-0001': { ...newCard(now), suspended: false } },
  };
}
