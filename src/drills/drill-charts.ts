import hbs from 'hbs';
import { barChart, percentText } from '../web/bar-chart';
import { DrillResultRow } from './drill-results';

const escape = hbs.handlebars.Utils.escapeExpression;

/** Click rate per department of one campaign; red above one in five. */
export function clickRateChart(rows: DrillResultRow[]): hbs.SafeString {
  const bars = rows.map((row) => ({ label: row.departmentName, rate: row.clickedRate ?? 0, valueText: percentText(row.clickedRate ?? 0), good: (row.clickedRate ?? 0) <= 20 }));
  return barChart(bars, { id: 'click-chart', title: 'Tỷ lệ mở đường liên kết theo đơn vị' });
}

export interface TrendSeries {
  departmentName: string;
  /** Click rate per campaign, in the campaigns' order; null where the department received nothing. */
  rates: Array<number | null>;
}

const SERIES_CLASSES = ['trend-1', 'trend-2', 'trend-3', 'trend-4', 'trend-5', 'trend-6'];
const MARKERS = ['circle', 'square', 'diamond', 'circle', 'square', 'diamond'] as const;

/** Click rate over campaigns, one line per department, with a legend and distinct markers (not colour alone). */
export function trendChart(campaignLabels: string[], series: TrendSeries[]): hbs.SafeString {
  const left = 48;
  const top = 12;
  const plotWidth = 560;
  const plotHeight = 200;
  const legendTop = top + plotHeight + 44;
  const height = legendTop + series.length * 22 + 8;
  const x = (index: number): number => left + (campaignLabels.length > 1 ? (index * plotWidth) / (campaignLabels.length - 1) : plotWidth / 2);
  const y = (rate: number): number => top + plotHeight - (rate / 100) * plotHeight;
  const grid = [0, 25, 50, 75, 100].map(
    (rate) =>
      `<line x1="${left}" x2="${left + plotWidth}" y1="${y(rate)}" y2="${y(rate)}" class="chart-grid"/><text x="${left - 6}" y="${y(rate) + 4}" text-anchor="end" class="chart-axis">${rate}%</text>`,
  );
  const labels = campaignLabels.map((label, index) => `<text x="${x(index)}" y="${top + plotHeight + 18}" text-anchor="middle" class="chart-axis">${escape(label)}</text>`);
  const lines = series.map((line, lineIndex) => {
    const css = SERIES_CLASSES[lineIndex % SERIES_CLASSES.length];
    const points = line.rates.map((rate, index) => (rate === null ? null : { x: x(index), y: y(rate) })).filter((point): point is { x: number; y: number } => point !== null);
    const path = points.map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' ');
    const markers = points.map((point) => marker(MARKERS[lineIndex % MARKERS.length], point.x, point.y, css)).join('');
    const legendY = legendTop + lineIndex * 22;
    const legend = `${marker(MARKERS[lineIndex % MARKERS.length], left + 6, legendY - 4, css)}<text x="${left + 18}" y="${legendY}" class="chart-label">${escape(line.departmentName)}</text>`;
    return `<polyline points="${path}" class="${css} trend-line" fill="none"/>${markers}${legend}`;
  });
  const description = series.map((line) => `${line.departmentName}: ${line.rates.map((rate, index) => `${campaignLabels[index]} ${rate === null ? '–' : percentText(rate)}`).join(', ')}`).join('; ');
  return new hbs.handlebars.SafeString(
    `<svg class="chart" viewBox="0 0 ${left + plotWidth + 40} ${height}" role="img" aria-labelledby="trend-title trend-desc" xmlns="http://www.w3.org/2000/svg">` +
      '<title id="trend-title">Tỷ lệ mở đường liên kết qua các đợt diễn tập</title>' +
      `<desc id="trend-desc">${escape(description)}</desc>${grid.join('')}${labels.join('')}${lines.join('')}</svg>`,
  );
}

function marker(shape: (typeof MARKERS)[number], x: number, y: number, css: string): string {
  if (shape === 'square') return `<rect x="${(x - 4).toFixed(1)}" y="${(y - 4).toFixed(1)}" width="8" height="8" class="${css} trend-marker"/>`;
  if (shape === 'diamond')
    return `<polygon points="${x.toFixed(1)},${(y - 5).toFixed(1)} ${(x + 5).toFixed(1)},${y.toFixed(1)} ${x.toFixed(1)},${(y + 5).toFixed(1)} ${(x - 5).toFixed(1)},${y.toFixed(1)}" class="${css} trend-marker"/>`;
  return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="4" class="${css} trend-marker"/>`;
}
