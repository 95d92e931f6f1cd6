import PDFDocument from 'pdfkit';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { vietnamDate } from '../../common/vietnam-dates';
import { dateLine } from '../../common/vietnam-dates';
import { DepartmentComplianceRow, ReportMeta } from '../report-rows';
import { drawComplianceTable, PageBox, TABLE_WIDTH } from './compliance-pdf-table';
import { registerPdfFonts, PdfFont } from '../../pdf/be-vietnam-pro';
import { COMPLIANCE_REPORT_TITLE } from './report-titles';

const PAGE = { width: 841.89, height: 595.28 };
// Decree 30/2020/NĐ-CP, appendix I: 20-25 mm top and bottom, 30-35 mm left, 15-20 mm right.
const MARGIN = { top: 57, bottom: 57, left: 85, right: PAGE.width - 85 - TABLE_WIDTH };
const BOX: PageBox = { left: MARGIN.left, top: MARGIN.top, bottom: PAGE.height - MARGIN.bottom };
const INK = '#1b1b1b';
const SIGNATURE_HEIGHT = 130;

/** A band that text is centred in. */
interface Band {
  left: number;
  width: number;
}

const AGENCY: Band = { left: MARGIN.left, width: 300 };
const NATION: Band = { left: PAGE.width - MARGIN.right - 360, width: 360 };
const BODY: Band = { left: MARGIN.left, width: TABLE_WIDTH };

/** The per-department summary as a Vietnamese administrative report, A4 landscape; ends `output`. */
export async function writeCompliancePdf(rows: DepartmentComplianceRow[], meta: ReportMeta, output: Writable): Promise<void> {
  const doc = createDocument(meta);
  const done = pipeline(doc, output);
  const headerBottom = Math.max(drawAgency(doc, meta), drawNation(doc, meta));
  const tableTop = drawTitle(doc, meta, headerBottom + 22);
  const tableBottom = drawComplianceTable(doc, rows, BOX, tableTop + 12);
  drawSignature(doc, meta, tableBottom + 18);
  drawPageNumbers(doc);
  doc.end();
  await done;
}

function createDocument(meta: ReportMeta): PDFKit.PDFDocument {
  const info: PDFKit.DocumentInfo = {
    Title: `Báo cáo ${COMPLIANCE_REPORT_TITLE.toLocaleLowerCase('vi-VN')}`,
    Author: meta.agency,
    Subject: `${meta.departmentLabel} - ${meta.courseLabel}`,
    Creator: 'ATTT training portal',
    CreationDate: meta.generatedAt,
  };
  // bufferPages: "Trang N/M" needs M, known only once the table has been laid out.
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margins: MARGIN, bufferPages: true, info, lang: 'vi-VN' });
  registerPdfFonts(doc);
  return doc;
}

function drawAgency(doc: PDFKit.PDFDocument, meta: ReportMeta): number {
  let y = MARGIN.top;
  if (meta.parentAgency.trim()) y = centred(doc, upper(meta.parentAgency), 'regular', 12, AGENCY, y);
  y = centred(doc, upper(meta.agency), 'bold', 12, AGENCY, y);
  rule(doc, AGENCY, y + 4, 70);
  return y + 4;
}

function drawNation(doc: PDFKit.PDFDocument, meta: ReportMeta): number {
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  let y = centred(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'bold', 12, NATION, MARGIN.top);
  y = centred(doc, motto, 'bold', 13, NATION, y);
  rule(doc, NATION, y + 4, doc.widthOfString(motto));
  return centred(doc, dateLine(meta.place, vietnamDate(meta.generatedAt)), 'italic', 12, NATION, y + 14);
}

function drawTitle(doc: PDFKit.PDFDocument, meta: ReportMeta, y: number): number {
  let bottom = centred(doc, 'BÁO CÁO', 'bold', 14, BODY, y);
  bottom = centred(doc, COMPLIANCE_REPORT_TITLE, 'bold', 13, BODY, bottom + 2);
  bottom = centred(doc, `Đơn vị: ${meta.departmentLabel}`, 'italic', 12, BODY, bottom + 4);
  return centred(doc, `Khóa học: ${meta.courseLabel}`, 'italic', 12, BODY, bottom);
}

// Decree 30 places "Nơi nhận" level with the signer's title; the block moves to a new page rather than split.
function drawSignature(doc: PDFKit.PDFDocument, meta: ReportMeta, y: number): void {
  let top = y;
  if (top + SIGNATURE_HEIGHT > BOX.bottom) {
    doc.addPage();
    top = BOX.top;
  }
  const recipients = doc.font('boldItalic').fontSize(12).text('Nơi nhận:', MARGIN.left, top, { lineBreak: false });
  recipients
    .font('regular')
    .fontSize(11)
    .text('- Lưu: VT.', MARGIN.left, top + 18, { lineBreak: false });
  const signer = centred(doc, 'NGƯỜI LẬP BÁO CÁO', 'bold', 12, NATION, top);
  centred(doc, meta.preparedBy, 'bold', 12, NATION, signer + 70);
}

function drawPageNumbers(doc: PDFKit.PDFDocument): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    // The number sits in the bottom margin, where pdfkit would otherwise start yet another page.
    doc.page.margins.bottom = 0;
    centred(doc, `Trang ${index - start + 1}/${count}`, 'regular', 9, BODY, PAGE.height - 36);
  }
}

/** Centred in the band, wrapped if it must be. Returns the y below it. */
function centred(doc: PDFKit.PDFDocument, text: string, font: PdfFont, size: number, band: Band, y: number): number {
  doc.font(font).fontSize(size).fillColor(INK);
  doc.text(text, band.left, y, { width: band.width, align: 'center' });
  return y + doc.heightOfString(text, { width: band.width });
}

function rule(doc: PDFKit.PDFDocument, band: Band, y: number, width: number): void {
  const centre = band.left + band.width / 2;
  doc
    .lineWidth(0.7)
    .strokeColor(INK)
    .moveTo(centre - width / 2, y)
    .lineTo(centre + width / 2, y)
    .stroke();
}

function upper(text: string): string {
  return text.toLocaleUpperCase('vi-VN');
}
