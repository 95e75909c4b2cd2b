import { newCard } from '../../main/scheduler';
import type { ArticleBundle } from '../../main/store';

/** A small hand-made article, so store tests do not depend on the quiz generator. */
export function sampleArticle(id = 'sample', now = new Date('2026-03-02T09:00:00.000Z')): ArticleBundle {
  const text = 'Boeing sold 110 aircraft. The deal was sealed before the summit.';
  return {
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
        id: `${id}-cz-1`,
        articleId: id,
        kind: 'cloze',
        prompt: '_____ sold 110 aircraft.',
        answer: 'Boeing',
        sources: [{ start: 0, end: 25 }],
        sourceSentenceIds: ['s0'],
        generator: 'test@1',
      },
      {
        id: `${id}-cz-2`,
        articleId: id,
        kind: 'cloze',
        prompt: 'Boeing sold _____ aircraft.',
        answer: '110',
        sources: [{ start: 0, end: 25 }],
        sourceSentenceIds: ['s0'],
        generator: 'test@1',
      },
    ],
    cards: {
      [`${id}-cz-1`]: { ...newCard(now), suspended: false },
      [`${id}-cz-2`]: { ...newCard(now), suspended: false },
    },
  };
}
