/**
 * The progress report as one self-contained, printable HTML page: inline CSS, an inline SVG chart, no
 * script, no external resource (its Content-Security-Policy forbids both), every text escaped.
 */
import { escapeHtml as esc } from '../escape-html';
import type { ReportData } from './stats';

const CSS = `
body { font-family: Georgia, 'Times New Roman', serif; color: #111; margin: 2rem auto; max-width: 52rem; line-height: 1.4; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.2rem; border-bottom: 1px solid #999; padding-bottom: 0.2rem; margin-top: 2rem; }
.meta { color: #555; font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { text-align: left; vertical-align: top; padding: 0.25rem 0.4rem; border-bottom: 1px solid #ddd; }
td.num, th.num { text-align: right; white-space: nowrap; }
.bar { background: #e5e5e5; height: 0.6rem; width: 8rem; display: inline-block; }
.bar > span { background: #2a6; height: 100%; display: block; }
.big { font-size: 1.6rem; font-weight: bold; }
svg text { font-family: sans-serif; font-size: 10px; fill: #333; }
section { break-inside: avoid-page; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`;

const percent = (share: number): string => `${Math.round(share * 100)}%`;

function masterySection(data: ReportData): string {
  const many = data.articles.length > 1;
  const rows = data.nodes
    .map(
      (node) => `<tr data-node="${esc(node.key)}">
${many ? `<td>${esc(node.articleTitle)}</td>` : ''}<td>${esc(node.label)}</td>
<td class="num">${node.studied} / ${node.items}</td>
<td class="num mastery">${percent(node.mastery)}</td>
<td><span class="bar"><span style="width:${(node.mastery * 100).toFixed(1)}%"></span></span></td></tr>`,
    )
    .join('\n');
  return `<section id="mastery"><h2>Mastery per argument node</h2>
<p class="meta">The average chance of recalling each item of a node now (an item not yet studied counts as 0).</p>
<table><thead><tr>${many ? '<th>Article</th>' : ''}<th>Node</th><th class="num">Studied</th><th class="num">Mastery</th><th></th></tr></thead>
<tbody>
${rows || `<tr><td colspan="${many ? 5 : 4}">No items yet.</td></tr>`}
</tbody></table></section>`;
}

function retentionSection(data: ReportData): string {
  const { days, reviews, recalled, share } = data.retention;
  const value = share === undefined ? '—' : percent(share);
  return `<section id="retention"><h2>Retention</h2>
<p><span class="big" id="retention-share">${value}</span> of ${reviews} review${reviews === 1 ? '' : 's'} in the last ${days} days recalled
(<span id="retention-recalled">${recalled}</span> rated Hard, Good or Easy).</p></section>`;
}

function weeksChart(weeks: ReportData['weeks']): string {
  const width = 600;
  const height = 160;
  const top = 14;
  const bottom = 22;
  const max = Math.max(1, ...weeks.map((w) => w.reviews));
  const slot = width / weeks.length;
  const bars = weeks
    .map((week, i) => {
      const h = ((height - top - bottom) * week.reviews) / max;
      const x = i * slot + slot * 0.15;
      const y = height - bottom - h;
      return `<g data-week="${esc(week.start)}"><rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(slot * 0.7).toFixed(1)}" height="${h.toFixed(1)}" fill="#2a6"><title>${esc(week.start)}: ${week.reviews}</title></rect>
<text x="${(x + slot * 0.35).toFixed(1)}" y="${(y - 3).toFixed(1)}" text-anchor="middle">${week.reviews}</text>
<text x="${(x + slot * 0.35).toFixed(1)}" y="${height - 6}" text-anchor="middle">${esc(week.start.slice(5))}</text></g>`;
    })
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="Reviews per week">
<title>Reviews per week</title>
${bars}
</svg>`;
}

function weeksSection(data: ReportData): string {
  return `<section id="reviews-per-week"><h2>Reviews per week</h2>
<p class="meta">The last ${data.weeks.length} weeks, each starting on Monday (UTC).</p>
${weeksChart(data.weeks)}</section>`;
}

function weakestSection(data: ReportData): string {
  const many = data.articles.length > 1;
  const rows = data.weakest
    .map(
      (item) => `<tr data-item="${esc(item.itemId)}">
<td>${esc(item.prompt)}</td><td>${esc(item.answer)}</td>${many ? `<td>${esc(item.articleTitle)}</td>` : ''}
<td class="num recall">${percent(item.retrievability)}</td><td class="num">${item.lapses}</td></tr>`,
    )
    .join('\n');
  return `<section id="weakest"><h2>The weakest items</h2>
<table><thead><tr><th>Question</th><th>Answer</th>${many ? '<th>Article</th>' : ''}<th class="num">Recall now</th><th class="num">Lapses</th></tr></thead>
<tbody>
${rows || `<tr><td colspan="${many ? 5 : 4}">No item studied yet.</td></tr>`}
</tbody></table></section>`;
}

export function renderReportHtml(data: ReportData): string {
  const byline =
    data.articles.length === 1
      ? `by ${esc(data.articles[0]!.author || 'unknown author')}`
      : `${data.articles.length} articles`;
  const { items, studied, reviews, suspended } = data.totals;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Progress report: ${esc(data.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${esc(data.title)}</h1>
<p class="meta">Progress report, ${byline}. Made ${esc(data.generatedAt.slice(0, 16).replace('T', ' '))} UTC.
<span id="totals">${studied} of ${items} items studied, ${reviews} reviews in all${suspended ? `, ${suspended} suspended` : ''}.</span></p></header>
${masterySection(data)}
${retentionSection(data)}
${weeksSection(data)}
${weakestSection(data)}
</body>
</html>
`;
}
