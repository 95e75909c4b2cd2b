/** The printable progress report (HTML; the desktop app makes a PDF of it with Electron's printToPDF). */
import type { ReviewEntry } from '../store/schema';
import type { ArticleBundle } from '../store/store';
import { renderReportHtml } from './report/html';
import { computeReport, type ReportOptions } from './report/stats';

export { computeReport, type ReportData, type ReportOptions } from './report/stats';
export { renderReportHtml } from './report/html';

/** The report for one article (`articleId`) or all, as a self-contained HTML page. */
export function buildReport(
  source: { articles: readonly ArticleBundle[]; reviews: readonly ReviewEntry[] },
  options: ReportOptions,
): { fileName: string; html: string } {
  const html = renderReportHtml(computeReport(source, options));
  const day = options.now.toISOString().slice(0, 10);
  const which = options.articleId ? `-${options.articleId}` : '';
  return { fileName: `argument-study-report${which}-${day}.html`, html };
}
