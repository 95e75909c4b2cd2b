import type { ArticleMeta } from '../../../main/api/contract';

/** Author bio, source, licence and the attribution line the licence requires. */
export function ArticleFooter({ article }: { article: ArticleMeta }) {
  return (
    <footer className="article-footer" data-testid="article-footer">
      {article.authorBio && (
        <section aria-labelledby="author-heading">
          <h2 id="author-heading">About the author</h2>
          <p data-testid="author-bio">{article.authorBio}</p>
        </section>
      )}
      <dl className="article-credits">
        <div>
          <dt>Source</dt>
          <dd data-testid="article-source">{article.source}</dd>
        </div>
        <div>
          <dt>Licence</dt>
          <dd data-testid="article-licence">{article.licence}</dd>
        </div>
      </dl>
      <p className="attribution" data-testid="attribution">
        {article.attribution}
      </p>
    </footer>
  );
}
