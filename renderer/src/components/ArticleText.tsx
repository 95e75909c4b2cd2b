import { memo, useMemo } from 'react';
import type { Sentence } from '../../../main/quiz/model';
import { roundMastery, tintClass } from '../lib/mastery';
import { buildParagraphs } from '../lib/paragraphs';

interface Props {
  text: string;
  sentences: readonly Sentence[];
  standfirst: boolean;
  highlighted: ReadonlySet<string>;
  /** While the overlay is on: each studied sentence's mastery (0..1); sentences absent stay untinted. */
  mastery?: Readonly<Record<string, number>> | null;
}

function sentenceClass(isHighlighted: boolean, mastery: number | undefined): string {
  let name = 'sentence';
  if (mastery !== undefined) name += ` tinted ${tintClass(mastery)}`;
  if (isHighlighted) name += ' highlighted';
  return name;
}

/** The article's text, paragraph by paragraph, each sentence a span that can be highlighted and tinted. */
export const ArticleText = memo(function ArticleText({
  text,
  sentences,
  standfirst,
  highlighted,
  mastery,
}: Props) {
  const paragraphs = useMemo(() => buildParagraphs(text, sentences), [text, sentences]);
  return (
    <div className="article-text" data-testid="article-text">
      {paragraphs.map((paragraph, position) => (
        <p key={paragraph.index} className={standfirst && position === 0 ? 'standfirst' : undefined}>
          {paragraph.segments.map((segment) => {
            if (segment.kind === 'gap') return <span key={segment.key}>{segment.text}</span>;
            const isHighlighted = highlighted.has(segment.id);
            const value = mastery?.[segment.id];
            return (
              <span
                key={segment.id}
                className={sentenceClass(isHighlighted, value)}
                data-sentence-id={segment.id}
                data-highlighted={isHighlighted ? 'true' : undefined}
                data-mastery={value === undefined ? undefined : roundMastery(value)}
                title={value === undefined ? undefined : `Recall now: ${Math.round(value * 100)}%`}
              >
                {segment.text}
              </span>
            );
          })}
        </p>
      ))}
    </div>
  );
});
