import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { certificateData } from '../../test/factories/certificate-data.factory';
import { IN_CI } from '../../test/helpers/environment';
import { darkShare, pdfWords } from '../../test/helpers/pdf-tools';
import { CertificateData, SignedCertificate } from './certificate-data';
import { renderCertificatePdf } from './certificate-pdf';
import { signCertificate } from './certificate-signature';
import { readSignedCertificate } from './read-signed-certificate';

const TOOLS = ['pdftotext', 'pdftoppm', 'zbarimg'];
const missingTools = TOOLS.filter((tool) => spawnSync(tool, ['-v']).error);
const keys = generateKeyPairSync('ed25519');

const LONG = certificateData({
  holder: {
    fullName: 'Tôn Nữ Thị Phương Thảo Quỳnh',
    employeeCode: 'HUE-2026-004518',
    department: 'Trung tâm Giám sát, Điều hành an toàn, an ninh mạng và Chuyển đổi số tỉnh An Hòa',
  },
  course: {
    code: 'ATTT-MXH',
    title: 'Bồi dưỡng kiến thức, kỹ năng bảo đảm an toàn thông tin mạng và sử dụng mạng xã hội an toàn, có trách nhiệm dành cho cán bộ, công chức, viên chức cấp tỉnh và cấp xã',
    version: 12,
  },
  expiresOn: null,
  issuer: {
    agency: 'Trung tâm Công nghệ thông tin và Truyền thông trực thuộc Sở Thông tin và Truyền thông',
    parentAgency: 'Ủy ban nhân dân tỉnh An Hòa',
    signerTitle: 'Phó Giám đốc phụ trách Trung tâm Công nghệ thông tin và Truyền thông',
    signerName: 'Công Tôn Nữ Hoàng Thị Ngọc Bích',
    place: 'Thừa Thiên Huế',
  },
});

function signed(data: CertificateData): SignedCertificate {
  return { data, signature: signCertificate(data, keys.privateKey) };
}

function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('certificate PDF', () => {
  it('should be deterministic: equal input, equal bytes, whatever the key order or Unicode form', async () => {
    const certificate = signed(certificateData());
    const first = await renderCertificatePdf(certificate);
    await renderCertificatePdf(signed(LONG));
    const reordered = JSON.parse(JSON.stringify({ signature: certificate.signature, data: certificate.data })) as SignedCertificate;
    const decomposed = { ...certificate, data: { ...certificate.data, holder: { ...certificate.data.holder, fullName: 'Nguyễn Thị Hằng'.normalize('NFD') } } };
    expect((await renderCertificatePdf(certificate)).equals(first)).toBe(true);
    expect((await renderCertificatePdf(reordered)).equals(first)).toBe(true);
    expect((await renderCertificatePdf(decomposed)).equals(first)).toBe(true);
  });

  it('should be an A4 landscape page under 60 KB carrying the signed data and dates of issue', async () => {
    const certificate = signed(certificateData());
    const pdf = await renderCertificatePdf(certificate);
    expect(pdf.length).toBeLessThan(60 * 1024);
    const document = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(document.getPageCount()).toBe(1);
    const { width, height } = document.getPage(0).getSize();
    expect(width).toBeCloseTo(841.89, 1);
    expect(height).toBeCloseTo(595.28, 1);
    expect(document.getTitle()).toBe('Giấy chứng nhận K7QX-3MRT-9HWC');
    expect(document.getAuthor()).toBe('Sở Thông tin và Truyền thông tỉnh An Hòa');
    expect(document.getCreationDate()?.toISOString()).toBe('2026-11-23T17:00:00.000Z');
    expect(await readSignedCertificate(pdf)).toEqual(certificate);
  });

  it('should give null for a PDF without embedded data and for bytes that are no PDF', async () => {
    const plain = await PDFDocument.create();
    plain.addPage();
    expect(await readSignedCertificate(Buffer.from(await plain.save()))).toBeNull();
    expect(await readSignedCertificate(Buffer.from('not a pdf'))).toBeNull();
  });

  if (missingTools.length > 0) {
    const message = `${missingTools.join(', ')} not installed (apt-get install poppler-utils zbar-tools)`;
    if (IN_CI) {
      it('should have the PDF tools under CI', () => {
        throw new Error(message);
      });
    } else {
      process.stderr.write(`\n*** ${message}: the PDF rendering checks are SKIPPED. ***\n\n`);
    }
  }

  (missingTools.length === 0 ? describe : describe.skip)('as read by poppler and zbar', () => {
    let directory: string;

    beforeAll(() => {
      directory = mkdtempSync(join(tmpdir(), 'cert-pdf-'));
    });

    afterAll(() => rmSync(directory, { recursive: true, force: true }));

    async function renderToFile(data: CertificateData, name: string): Promise<string> {
      const path = join(directory, `${name}.pdf`);
      writeFileSync(path, await renderCertificatePdf(signed(data)));
      return path;
    }

    it.each([
      ['a short name', certificateData(), ['Ngày cấp: 24/11/2026', 'Có giá trị đến: 24/11/2028']],
      ['long texts', LONG, ['Ngày cấp: 24/11/2026', 'Không thời hạn']],
    ])('should extract every stated fact exactly, for %s', async (_, data, dates) => {
      const text = run('pdftotext', ['-layout', await renderToFile(data, 'extract'), '-']);
      const expected = [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'GIẤY CHỨNG NHẬN',
        'Hoàn thành khóa bồi dưỡng',
        data.holder.fullName,
        `Mã cán bộ: ${data.holder.employeeCode}`,
        `Kết quả: ${data.scorePercent}%`,
        `Số hiệu: ${data.serial}`,
        'Quét mã để kiểm tra tính hợp lệ',
        data.verifyUrl,
        data.issuer.signerName,
        ...dates,
      ];
      for (const fact of expected) expect(text).toContain(fact);
      expect(text).toContain(data.issuer.agency.toLocaleUpperCase('vi-VN').split(' ').slice(0, 4).join(' '));
    });

    it('should keep long texts inside the border without overlapping', async () => {
      const boxes = pdfWords(await renderToFile(LONG, 'long'));
      expect(boxes.length).toBeGreaterThan(100);
      for (const box of boxes) {
        expect([box.text, box.xMin > 30 && box.yMin > 30 && box.xMax < 841.89 - 30 && box.yMax < 595.28 - 30]).toEqual([box.text, true]);
      }
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const overlap = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin) > 0.5 && Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin) > 0.5;
          expect([a.text, b.text, overlap]).toEqual([a.text, b.text, false]);
        }
      }
    });

    it('should render a page that is visibly not blank', async () => {
      const pdf = await renderToFile(certificateData(), 'render');
      run('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf, join(directory, 'page')]);
      const png = readFileSync(join(directory, 'page.png'));
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      run('pdftoppm', ['-gray', '-r', '60', '-singlefile', pdf, join(directory, 'page')]);
      const share = darkShare(readFileSync(join(directory, 'page.pgm')));
      expect(share).toBeGreaterThan(0.02);
      expect(share).toBeLessThan(0.3);
    });

    it('should carry a QR code that scans to exactly the verify URL', async () => {
      const data = certificateData();
      run('pdftoppm', ['-png', '-r', '150', '-singlefile', await renderToFile(data, 'qr'), join(directory, 'qr')]);
      expect(run('zbarimg', ['--raw', '-q', join(directory, 'qr.png')])).toBe(`${data.verifyUrl}\n`);
    });
  });
});
