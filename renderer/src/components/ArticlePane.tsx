import { useEffect, useMemo, useRef } from 'react';
import type { ArticleView } from '../../../main/api/contract';
import { useSentenceMastery } from '../hooks/useSentenceMastery';
import { ArticleFooter } from './ArticleFooter';
import { ArticleText } from './ArticleText';
import { MasteryOverlayControls } from './MasteryOverlayControls';

interface Props {
  view: ArticleView;
  highlightedIds: readonly string[];
  /** Changes on every selection, so selecting the same item again scrolls again. */
  scrollToken: number;
}

function scrollBehavior(): ScrollBehavior {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}

/** The article: title, author, text and credits, and the mastery overlay; scrolls on its own. */
export function ArticlePane({ view, highlightedIds, scrollToken }: Props) {
  const paneRef = useRef<HTMLElement>(null);
  const highlighted = useMemo(() => new Set(highlightedIds), [highlightedIds]);
  const firstId = highlightedIds[0];
  const { article } = view;
  // The items change with every rating, undo or reload: the overlay refetches then while it is on.
  const overlay = useSentenceMastery(article.id, view.items);

  useEffect(() => {
    if (!firstId || !paneRef.current) return;
    const target = paneRef.current.querySelector(`[data-sentence-id="${CSS.escape(firstId)}"]`);
    target?.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
  }, [firstId, scrollToken]);

  return (
    <section className="pane article-pane" ref={paneRef} aria-label="Article" tabIndex={0}>
      <article className="article">
        <header className="article-header">
          <h1 id="article-title" data-testid="article-title">
            {article.title}
          </h1>
          <p className="byline" data-testid="article-author">
            By {article.author}
          </p>
          <MasteryOverlayControls on={overlay.on} overlay={overlay.overlay} onToggle={overlay.toggle} />
        </header>
        <ArticleText
          text={view.text}
          sentences={view.sentences}
          standfirst={article.standfirst}
          highlighted={highlighted}
          mastery={overlay.mastery}
        />
        <ArticleFooter article={article} />
      </article>
    </section>
  );
}
