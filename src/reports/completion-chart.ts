import hbs from 'hbs';
import { DepartmentComplianceRow } from './report-rows';

const ROW_HEIGHT = 34;
const LABEL_WIDTH = 300;
const BAR_WIDTH = 360;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 70;

/**
 * A horizontal bar chart of completion rates, drawn on the server as SVG so that it shows on
 * old browsers and without JavaScript. Every text is escaped; the SVG has a title and a
 * description for screen readers, and the table beside it carries the same numbers.
 */
export function completionChart(rows: DepartmentComplianceRow[]): hbs.SafeString {
  const escape = hbs.handlebars.Utils.escapeExpression;
  const height = rows.length * ROW_HEIGHT + 10;
  const bars = rows.map((row, index) => {
    const y = index * ROW_HEIGHT + 5;
    const rate = row.completionRate;
    const width = rate === null ? 0 : Math.max(2, (rate / 100) * BAR_WIDTH);
    const label = `${'\u00a0'.repeat(row.depth * 3)}${row.departmentName}`;
    const value = rate === null ? 'chưa giao' : `${rate.toFixed(1).replace('.', ',')}%`;
    return [
      `<text x="${LABEL_WIDTH - 8}" y="${y + 20}" text-anchor="end" class="chart-label">${escape(label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y + 5}" width="${BAR_WIDTH}" height="20" class="chart-track"/>`,
      `<rect x="${LABEL_WIDTH}" y="${y + 5}" width="${width.toFixed(1)}" height="20" class="${rate !== null && rate >= 80 ? 'chart-bar-good' : 'chart-bar'}"/>`,
      `<text x="${LABEL_WIDTH + BAR_WIDTH + 8}" y="${y + 20}" class="chart-value">${escape(value)}</text>`,
    ].join('');
  });
  return new hbs.handlebars.SafeString(
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg">` +
      '<title id="chart-title">Tỷ lệ hoàn thành theo đơn vị</title>' +
      `<desc id="chart-desc">${escape(rows.map((row) => `${row.departmentName}: ${row.completionRate ?? 'chưa giao'}`).join('; '))}</desc>` +
      `${bars.join('')}</svg>`,
  );
}
