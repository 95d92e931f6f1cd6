import { KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CertificateData } from '../certificates/certificate-data';
import { vietnamDate } from '../common/vietnam-dates';
import { formatDate } from '../certificates/certificate-pdf';
import { certificateKeysDirectory, PUBLIC_KEY_FILE, readPublicKey } from '../certificates/signing-keys';
import { CertificateFileVerdict, INVALID_REASON_TEXT, verifyCertificateFile } from '../certificates/verify-certificate-file';

const USAGE = 'Usage: npm run cert:verify -- <file.pdf> [--public-key <file.pem>] [--seal <file.png>]\n';
const EXIT = { valid: 0, invalid: 1, usage: 2 } as const;

class UsageError extends Error {}

/**
 * `npm run cert:verify -- <file.pdf>`: checks a certificate offline against the public key
 * (default `$CERTIFICATE_KEYS_DIR` or `<DATA_DIR>/keys`). Exit 0 valid, 1 invalid, 2 usage or other error.
 * Offline means no revocation check: the verify URL shows that.
 */
async function main(argv: string[]): Promise<number> {
  const { file, publicKeyPath, sealPath } = parseArguments(argv);
  const pdf = readInput(file, 'certificate file / tệp giấy chứng nhận');
  const publicKey = readKey(publicKeyPath);
  const sealPng = sealPath ? readInput(sealPath, 'seal image / ảnh con dấu') : undefined;
  const verdict = await verifyCertificateFile(pdf, publicKey, { sealPng });
  process.stdout.write(describe(verdict, !sealPng && pdf.includes('/Subtype /Image')));
  return verdict.valid ? EXIT.valid : EXIT.invalid;
}

function parseArguments(argv: string[]): { file: string; publicKeyPath: string; sealPath?: string } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { 'public-key': { type: 'string' }, seal: { type: 'string' } },
    });
    if (positionals.length !== 1) throw new UsageError('Hãy chỉ định đúng một tệp PDF / give exactly one PDF file.');
    const publicKeyPath = values['public-key'] ?? join(certificateKeysDirectory(), PUBLIC_KEY_FILE);
    return { file: positionals[0], publicKeyPath, sealPath: values.seal };
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError((error as Error).message);
  }
}

function readInput(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new UsageError(`Cannot read the ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function readKey(path: string): KeyObject {
  try {
    return readPublicKey(path);
  } catch (error) {
    throw new UsageError(`Cannot use the public key / khóa công khai ${path}: ${(error as Error).message}`);
  }
}

function describe(verdict: CertificateFileVerdict, carriesUnverifiedImage: boolean): string {
  if (verdict.valid) return `HỢP LỆ / VALID: chữ ký đúng, dữ liệu không bị sửa đổi / signature correct, data unaltered\n\n${details(verdict.data)}`;
  const hint =
    verdict.reason === 'page-differs' && carriesUnverifiedImage ? 'Tệp có ảnh con dấu: hãy chỉ định cùng ảnh bằng --seal / the page carries a seal image: pass the same PNG with --seal\n' : '';
  return `KHÔNG HỢP LỆ / INVALID: ${INVALID_REASON_TEXT[verdict.reason]}\n${hint}`;
}

function details(data: CertificateData): string {
  const rows: [string, string][] = [
    ['Người được cấp / Holder', data.holder.fullName],
    ['Mã cán bộ / Employee code', data.holder.employeeCode],
    ['Đơn vị / Department', data.holder.department],
    ['Khóa học / Course', `${data.course.title} (${data.course.code}, phiên bản / version ${data.course.version})`],
    ['Kết quả / Score', `${data.scorePercent}%`],
    ['Ngày cấp / Issued', formatDate(data.issuedOn)],
    ['Có giá trị đến / Expires', expiry(data.expiresOn)],
    ['Số hiệu / Serial', data.serial],
    ['Cơ quan cấp / Issued by', data.issuer.agency],
    ['Thu hồi? / Revoked?', `xem / see ${data.verifyUrl}`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}\n`).join('');
}

function expiry(expiresOn: string | null): string {
  if (!expiresOn) return 'Không thời hạn / never';
  return expiresOn < vietnamDate(new Date()) ? `${formatDate(expiresOn)} (đã hết hạn / expired)` : formatDate(expiresOn);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    const usage = error instanceof UsageError;
    process.stderr.write(usage ? `${error.message}\n${USAGE}` : `cert:verify failed: ${error.stack ?? error.message}\n`);
    process.exitCode = EXIT.usage;
  },
);
