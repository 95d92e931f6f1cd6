import hbs from 'hbs';

const ROW_HEIGHT = 34;
const LABEL_WIDTH = 300;
const BAR_WIDTH = 360;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 70;
/** About what fits in LABEL_WIDTH at the label's size; a longer name is cut, whole in its tooltip. */
const LABEL_CHARACTERS = 34;

export interface ChartBar {
  /** A department name. */
  label: string;
  /** Percent; null draws no bar (nothing to measure). */
  rate: number | null;
  valueText: string;
  good: boolean;
}

/** A department name that fits beside the bars: longer ones end in "…" (the table beside has them whole). */
function shortLabel(label: string): string {
  return label.length <= LABEL_CHARACTERS ? label : `${label.slice(0, LABEL_CHARACTERS - 1).trimEnd()}…`;
}

/** "87,5%": Vietnamese decimal comma. */
export function percentText(rate: number): string {
  return `${rate.toFixed(1).replace('.', ',')}%`;
}

/**
 * A horizontal bar chart of rates per department, drawn on the server as SVG so that it shows on
 * old browsers and without JavaScript. Every text is escaped; the SVG has a title and a
 * description for screen readers, and the table beside it carries the same numbers.
 */
export function barChart(bars: ChartBar[], chart: { id: string; title: string }): hbs.SafeString {
  const escape = hbs.handlebars.Utils.escapeExpression;
  const height = bars.length * ROW_HEIGHT + 10;
  const drawn = bars.map((bar, index) => {
    const y = index * ROW_HEIGHT + 5;
    const width = bar.rate === null ? 0 : Math.max(2, (bar.rate / 100) * BAR_WIDTH);
    return [
      `<text x="${LABEL_WIDTH - 8}" y="${y + 20}" text-anchor="end" class="chart-label"><title>${escape(bar.label)}</title>${escape(shortLabel(bar.label))}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y + 5}" width="${BAR_WIDTH}" height="20" class="chart-track"/>`,
      `<rect x="${LABEL_WIDTH}" y="${y + 5}" width="${width.toFixed(1)}" height="20" class="${bar.good ? 'chart-bar-good' : 'chart-bar'}"/>`,
      `<text x="${LABEL_WIDTH + BAR_WIDTH + 8}" y="${y + 20}" class="chart-value">${escape(bar.valueText)}</text>`,
    ].join('');
  });
  return new hbs.handlebars.SafeString(
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc" xmlns="http://www.w3.org/2000/svg">` +
      `<title id="${chart.id}-title">${escape(chart.title)}</title>` +
      `<desc id="${chart.id}-desc">${escape(bars.map((bar) => `${bar.label}: ${bar.valueText}`).join('; '))}</desc>` +
      `${drawn.join('')}</svg>`,
  );
}
