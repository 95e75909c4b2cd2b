import { memo, useMemo } from 'react';
import type { Sentence } from '../../../main/quiz/model';
import { buildParagraphs } from '../lib/paragraphs';

interface Props {
  text: string;
  sentences: readonly Sentence[];
  standfirst: boolean;
  highlighted: ReadonlySet<string>;
}

/** The article's text, paragraph by paragraph, each sentence a span that can be highlighted. */
export const ArticleText = memo(function ArticleText({ text, sentences, standfirst, highlighted }: Props) {
  const paragraphs = useMemo(() => buildParagraphs(text, sentences), [text, sentences]);
  return (
    <div className="article-text" data-testid="article-text">
      {paragraphs.map((paragraph, position) => (
        <p key={paragraph.index} className={standfirst && position === 0 ? 'standfirst' : undefined}>
          {paragraph.segments.map((segment) => {
            if (segment.kind === 'gap') return <span key={segment.key}>{segment.text}</span>;
            const isHighlighted = highlighted.has(segment.id);
            return (
              <span
                key={segment.id}
                className={isHighlighted ? 'sentence highlighted' : 'sentence'}
                data-sentence-id={segment.id}
                data-highlighted={isHighlighted ? 'true' : undefined}
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
