/**
 * The articles bundled with the app, as data: text plus metadata (title, author, source, licence).
 * The store loads them on first run.
 */
import hanoiMeta from './hanoi-summit/meta.json';
import hanoiText from './hanoi-summit/article.txt?raw';

export interface BundledArticle {
  id: string;
  title: string;
  author: string;
  authorBio: string;
  source: string;
  licence: string;
  attribution: string;
  /** The first paragraph is the standfirst (the summary under the title). */
  standfirst: boolean;
  text: string;
}

export const bundledArticles: readonly BundledArticle[] = [{ ...hanoiMeta, text: hanoiText.trimEnd() }];
