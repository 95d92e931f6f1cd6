import { DepartmentComplianceRow } from '../report-rows';
import { PdfFont } from '../../pdf/be-vietnam-pro';

/** The printable area of a page, in points. */
export interface PageBox {
  left: number;
  top: number;
  bottom: number;
}

interface TableColumn {
  title: string;
  width: number;
  align: 'left' | 'right';
}

interface TableRow {
  cells: string[];
  font: PdfFont;
  indent: number;
}

const FONT_SIZE = 10;
const PAD = { x: 5, y: 4 };
const INDENT_PER_LEVEL = 12;
const RULE = '#4a4a4a';
const HEADER_FILL = '#e8e8e8';
const INK = '#1b1b1b';

/** 714 points: the width of landscape A4 between Decree 30's 30 mm left and 15 mm right margins. */
const COLUMNS: TableColumn[] = [
  { title: 'Mã đơn vị', width: 82, align: 'left' },
  { title: 'Đơn vị', width: 256, align: 'left' },
  { title: 'Được giao', width: 52, align: 'right' },
  { title: 'Hoàn thành', width: 52, align: 'right' },
  { title: 'Đang học', width: 52, align: 'right' },
  { title: 'Chưa bắt đầu', width: 52, align: 'right' },
  { title: 'Quá hạn', width: 52, align: 'right' },
  { title: 'Hết hiệu lực', width: 52, align: 'right' },
  { title: 'Tỷ lệ hoàn thành', width: 64, align: 'right' },
];

export const TABLE_WIDTH = COLUMNS.reduce((total, column) => total + column.width, 0);

const count = new Intl.NumberFormat('vi-VN');
const percent = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Draws the table from `y`, moving whole rows to a new page under a repeated header. Returns the y below it. */
export function drawComplianceTable(doc: PDFKit.PDFDocument, rows: DepartmentComplianceRow[], page: PageBox, y: number): number {
  let top = drawHeaderRow(doc, page, y);
  for (const row of rows.map(tableRow)) {
    const height = rowHeight(doc, row);
    if (top + height > page.bottom) {
      doc.addPage();
      top = drawHeaderRow(doc, page, page.top);
    }
    drawBodyRow(doc, row, page.left, top, height);
    top += height;
  }
  return top;
}

function tableRow(row: DepartmentComplianceRow): TableRow {
  const numbers = [row.assigned, row.completed, row.inProgress, row.notStarted, row.overdue, row.expired].map((value) => count.format(value));
  const rate = row.completionRate === null ? '—' : `${percent.format(row.completionRate)}%`;
  // Depth 0 is the roll-up of everything below it: bold, as a totals line would be.
  return { cells: [row.departmentCode, row.departmentName, ...numbers, rate], font: row.depth === 0 ? 'bold' : 'regular', indent: row.depth * INDENT_PER_LEVEL };
}

function drawHeaderRow(doc: PDFKit.PDFDocument, page: PageBox, y: number): number {
  doc.font('bold').fontSize(FONT_SIZE - 0.5);
  const height = Math.max(...COLUMNS.map((column) => textHeight(doc, column.title, column.width))) + 2 * PAD.y;
  doc.rect(page.left, y, TABLE_WIDTH, height).fill(HEADER_FILL);
  let x = page.left;
  for (const column of COLUMNS) {
    const width = column.width - 2 * PAD.x;
    const textTop = y + (height - textHeight(doc, column.title, column.width)) / 2;
    doc.fillColor(INK).text(column.title, x + PAD.x, textTop, { width, align: 'center' });
    x += column.width;
  }
  drawGrid(doc, page.left, y, height);
  return y + height;
}

function rowHeight(doc: PDFKit.PDFDocument, row: TableRow): number {
  doc.font(row.font).fontSize(FONT_SIZE);
  const heights = COLUMNS.map((column, index) => (column.align === 'left' ? textHeight(doc, row.cells[index], column.width - indentOf(row, index)) : 0));
  return Math.max(doc.currentLineHeight(true), ...heights) + 2 * PAD.y;
}

function drawBodyRow(doc: PDFKit.PDFDocument, row: TableRow, left: number, y: number, height: number): void {
  doc.font(row.font).fontSize(FONT_SIZE).fillColor(INK);
  let x = left;
  COLUMNS.forEach((column, index) => {
    const text = row.cells[index];
    if (column.align === 'right') {
      const textTop = y + (height - doc.currentLineHeight(true)) / 2;
      doc.text(text, x + column.width - PAD.x - doc.widthOfString(text), textTop, { lineBreak: false });
    } else {
      const width = column.width - indentOf(row, index);
      const textTop = y + (height - textHeight(doc, text, width)) / 2;
      doc.text(text, x + PAD.x + indentOf(row, index), textTop, { width: width - 2 * PAD.x });
    }
    x += column.width;
  });
  drawGrid(doc, left, y, height);
}

// Only the department name is indented: the code column stays a clean, scannable list.
function indentOf(row: TableRow, columnIndex: number): number {
  return columnIndex === 1 ? row.indent : 0;
}

function textHeight(doc: PDFKit.PDFDocument, text: string, columnWidth: number): number {
  return doc.heightOfString(text, { width: columnWidth - 2 * PAD.x });
}

function drawGrid(doc: PDFKit.PDFDocument, left: number, y: number, height: number): void {
  doc.lineWidth(0.5).strokeColor(RULE);
  let x = left;
  for (const column of COLUMNS) {
    doc.rect(x, y, column.width, height).stroke();
    x += column.width;
  }
}
