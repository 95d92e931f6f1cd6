import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { dateLine } from '../common/vietnam-dates';
import { parsedFont } from '../pdf/be-vietnam-pro';
import { CertificateData, SignedCertificate } from './certificate-data';
import { canonicalJson } from './certificate-signature';

/** Info dictionary key that carries the SignedCertificate JSON (read by readSignedCertificate). */
export const CERTIFICATE_INFO_KEY = 'ATTTCertificate';

export interface CertificatePdfOptions {
  /** The agency seal, drawn between the signer's title and name. */
  sealPng?: Buffer;
}

type FontName = 'regular' | 'bold';

interface TextStyle {
  font: FontName;
  size: number;
  /** Shrink a line down to this size before wrapping it (default: size). */
  minSize?: number;
  maxLines?: number;
  color?: string;
}

/** A horizontal band that text is centred in. */
interface Column {
  centre: number;
  width: number;
}

interface Segment {
  text: string;
  font: FontName;
}

const PAGE = { width: 841.89, height: 595.28 };
const INK = '#1b1b1b';
const NAVY = '#1f3864';
const RED = '#a61b1b';
const SEGMENT_GAP = 26;

const COLUMN = {
  agency: { centre: 215, width: 310 },
  motto: { centre: 605, width: 360 },
  body: { centre: PAGE.width / 2, width: 700 },
  signature: { centre: 618, width: 300 },
  qrCode: { centre: 158, width: 220 },
} satisfies Record<string, Column>;

const STYLE = {
  parentAgency: { font: 'regular', size: 11.5, minSize: 10, maxLines: 2 },
  agency: { font: 'bold', size: 11.5, minSize: 10, maxLines: 2 },
  nation: { font: 'bold', size: 11.5 },
  motto: { font: 'bold', size: 12.5 },
  title: { font: 'bold', size: 34, color: RED },
  subtitle: { font: 'regular', size: 15 },
  holder: { font: 'bold', size: 30, minSize: 18, maxLines: 2, color: NAVY },
  details: { font: 'regular', size: 13, minSize: 11 },
  dateLine: { font: 'regular', size: 12, minSize: 9 },
  signerTitle: { font: 'bold', size: 12.5, minSize: 11, maxLines: 2 },
  signerName: { font: 'bold', size: 13, minSize: 9.5 },
  caption: { font: 'regular', size: 9 },
  url: { font: 'regular', size: 7.5, minSize: 5.5, maxLines: 2 },
} satisfies Record<string, TextStyle>;

/**
 * The certificate page, rendered from the signed data alone and byte-for-byte deterministic:
 * the dates are the issue date, and pdfkit's document ID is the MD5 of the Info dictionary
 * (which holds the signed JSON), so equal input gives equal bytes. cert:verify relies on that
 * to detect an edited page by rendering it again.
 */
export function renderCertificatePdf(signed: SignedCertificate, options: CertificatePdfOptions = {}): Promise<Buffer> {
  // One NFC, key-sorted form for the page and the embedded copy, whatever shape the caller built.
  const embedded = canonicalJson({ data: signed.data, signature: signed.signature });
  const { data } = JSON.parse(embedded) as SignedCertificate;
  const doc = createDocument(data, embedded);
  const done = collect(doc);
  drawBorders(doc);
  drawHeader(doc, data);
  drawBody(doc, data);
  drawSignature(doc, data, options.sealPng);
  drawQrCode(doc, data.verifyUrl);
  doc.end();
  return done;
}

function createDocument(data: CertificateData, embedded: string): PDFKit.PDFDocument {
  const issued = new Date(`${data.issuedOn}T00:00:00+07:00`);
  const info: PDFKit.DocumentInfo & Record<typeof CERTIFICATE_INFO_KEY, string> = {
    Title: `Giấy chứng nhận ${data.serial}`,
    Author: data.issuer.agency,
    Subject: `${data.holder.fullName} - ${data.course.title} (phiên bản ${data.course.version})`,
    Keywords: data.serial,
    Creator: 'ATTT training portal',
    Producer: 'PDFKit',
    CreationDate: issued,
    ModDate: issued,
    [CERTIFICATE_INFO_KEY]: embedded,
  };
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 0, info, lang: 'vi-VN' });
  doc.registerFont('regular', parsedFont('regular'));
  doc.registerFont('bold', parsedFont('bold'));
  return doc;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function drawBorders(doc: PDFKit.PDFDocument): void {
  doc
    .lineWidth(2.4)
    .rect(20, 20, PAGE.width - 40, PAGE.height - 40)
    .stroke(NAVY);
  doc
    .lineWidth(0.8)
    .rect(27, 27, PAGE.width - 54, PAGE.height - 54)
    .stroke(NAVY);
}

function drawHeader(doc: PDFKit.PDFDocument, data: CertificateData): void {
  let y = 52;
  if (data.issuer.parentAgency.trim()) y = drawFitted(doc, upper(data.issuer.parentAgency), STYLE.parentAgency, COLUMN.agency, y);
  y = drawFitted(doc, upper(data.issuer.agency), STYLE.agency, COLUMN.agency, y);
  rule(doc, COLUMN.agency.centre, y + 7, 90, INK);

  const motto = 'Độc lập - Tự do - Hạnh phúc';
  drawFitted(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', STYLE.nation, COLUMN.motto, 52);
  drawFitted(doc, motto, STYLE.motto, COLUMN.motto, 68);
  rule(doc, COLUMN.motto.centre, 88, doc.font('bold').fontSize(STYLE.motto.size).widthOfString(motto), INK);
}

function drawBody(doc: PDFKit.PDFDocument, data: CertificateData): void {
  drawFitted(doc, 'GIẤY CHỨNG NHẬN', STYLE.title, COLUMN.body, 128);
  drawFitted(doc, 'Hoàn thành khóa bồi dưỡng', STYLE.subtitle, COLUMN.body, 174);
  const nameBottom = drawFitted(doc, data.holder.fullName, STYLE.holder, COLUMN.body, 204);
  rule(doc, COLUMN.body.centre, nameBottom + 6, 160, NAVY);

  const lines: Segment[][] = [
    [...labelled('Mã cán bộ: ', data.holder.employeeCode), gap(), ...labelled('Đơn vị: ', data.holder.department)],
    labelled('Khóa học: ', `${data.course.title} (phiên bản ${data.course.version})`),
    [...labelled('Kết quả: ', `${data.scorePercent}%`), gap(), ...labelled('Ngày cấp: ', formatDate(data.issuedOn)), gap(), ...validity(data.expiresOn)],
    labelled('Số hiệu: ', data.serial),
  ];
  let y = Math.max(268, nameBottom + 20);
  for (const line of lines) y = drawSegments(doc, line, y) + 9;
}

function drawSignature(doc: PDFKit.PDFDocument, data: CertificateData, sealPng: Buffer | undefined): void {
  const column = COLUMN.signature;
  let y = drawFitted(doc, dateLine(data.issuer.place, data.issuedOn), STYLE.dateLine, column, 398);
  y = drawFitted(doc, upper(data.issuer.signerTitle), STYLE.signerTitle, column, y + 3);
  if (sealPng) doc.image(sealPng, column.centre - 75, y + 2, { fit: [150, 68], align: 'center', valign: 'center' });
  drawFitted(doc, data.issuer.signerName, STYLE.signerName, column, 520);
}

// Vector squares, not a bitmap: sharp at any print size and a few hundred bytes.
function drawQrCode(doc: PDFKit.PDFDocument, url: string): void {
  const modules = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules;
  const size = 92;
  const cell = size / modules.size;
  const origin = { x: COLUMN.qrCode.centre - size / 2, y: 396 };
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      let run = 1;
      while (col + run < modules.size && modules.get(row, col + run)) run++;
      doc.rect(origin.x + col * cell, origin.y + row * cell, run * cell, cell);
      col += run - 1;
    }
  }
  doc.fill(INK);
  // The standard asks for 4 empty modules around the code; phone scanners fail with less.
  const y = drawFitted(doc, 'Quét mã để kiểm tra tính hợp lệ', STYLE.caption, COLUMN.qrCode, origin.y + size + 4 * cell);
  drawFitted(doc, url, STYLE.url, COLUMN.qrCode, y + 1);
}

/** Centred text: shrunk to one line down to minSize, else wrapped in up to maxLines. Returns the y below it. */
function drawFitted(doc: PDFKit.PDFDocument, text: string, style: TextStyle, column: Column, y: number): number {
  doc.font(style.font).fillColor(style.color ?? INK);
  doc.fontSize(largestSizeFitting(doc, [{ text, font: style.font }], column.width, style.size, style.minSize ?? style.size));
  const width = doc.widthOfString(text);
  if (width > column.width) return drawWrapped(doc, text, { ...style, size: style.minSize ?? style.size }, column, y);
  doc.text(text, column.centre - width / 2, y, { lineBreak: false });
  return y + doc.currentLineHeight(true);
}

// Shrinks a little further if maxLines are not enough; past that an ellipsis keeps it in its box.
function drawWrapped(doc: PDFKit.PDFDocument, text: string, style: TextStyle, column: Column, y: number): number {
  const maxLines = style.maxLines ?? 1;
  doc.font(style.font);
  let size = style.size;
  while (size > style.size * 0.8 && wrappedLines(doc, text, column.width, size) > maxLines) size -= 0.5;
  const height = Math.min(wrappedLines(doc, text, column.width, size), maxLines) * doc.currentLineHeight(true);
  doc.fillColor(style.color ?? INK).text(text, column.centre - column.width / 2, y, { width: column.width, height: height + 0.5, align: 'center', ellipsis: true });
  return y + height;
}

function wrappedLines(doc: PDFKit.PDFDocument, text: string, width: number, size: number): number {
  doc.fontSize(size);
  return Math.round(doc.heightOfString(text, { width }) / doc.currentLineHeight(true));
}

/** One centred line of mixed regular/bold runs, shrunk to fit; wrapped in bold as a last resort. */
function drawSegments(doc: PDFKit.PDFDocument, segments: Segment[], y: number): number {
  const { body } = COLUMN;
  const size = largestSizeFitting(doc, segments, body.width, STYLE.details.size, STYLE.details.minSize);
  const width = segmentsWidth(doc, segments, size);
  if (width > body.width) {
    const text = segments.map((segment) => segment.text).join('');
    return drawWrapped(doc, text, { font: 'bold', size, maxLines: 3 }, body, y);
  }
  let x = body.centre - width / 2;
  doc.fillColor(INK);
  for (const segment of segments) {
    if (segment.text) doc.font(segment.font).fontSize(size).text(segment.text, x, y, { lineBreak: false });
    x += segmentWidth(doc, segment, size);
  }
  return y + doc.currentLineHeight(true);
}

function largestSizeFitting(doc: PDFKit.PDFDocument, segments: Segment[], width: number, size: number, minSize: number): number {
  let candidate = size;
  while (candidate > minSize && segmentsWidth(doc, segments, candidate) > width) candidate = Math.max(minSize, candidate - 0.5);
  return candidate;
}

function segmentsWidth(doc: PDFKit.PDFDocument, segments: Segment[], size: number): number {
  return segments.reduce((total, segment) => total + segmentWidth(doc, segment, size), 0);
}

// A gap segment is drawn as nothing: spacing between groups without a glyph in the text layer.
function segmentWidth(doc: PDFKit.PDFDocument, segment: Segment, size: number): number {
  return segment.text === '' ? SEGMENT_GAP * (size / STYLE.details.size) : doc.font(segment.font).fontSize(size).widthOfString(segment.text);
}

function labelled(label: string, value: string): Segment[] {
  return [
    { text: label, font: 'regular' },
    { text: value, font: 'bold' },
  ];
}

function gap(): Segment {
  return { text: '', font: 'regular' };
}

function validity(expiresOn: string | null): Segment[] {
  return expiresOn ? labelled('Có giá trị đến: ', formatDate(expiresOn)) : [{ text: 'Không thời hạn', font: 'bold' }];
}

function rule(doc: PDFKit.PDFDocument, centre: number, y: number, width: number, color: string): void {
  doc
    .lineWidth(0.8)
    .moveTo(centre - width / 2, y)
    .lineTo(centre + width / 2, y)
    .stroke(color);
}

function upper(text: string): string {
  return text.toLocaleUpperCase('vi-VN');
}

/** "2026-11-24" → "24/11/2026". */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}
