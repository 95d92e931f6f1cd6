import { Mail } from './smtp-server';

/** The decoded text body of a raw message (nodemailer picks quoted-printable or base64 for Vietnamese). */
export function mailText(mail: Mail): string {
  const [head, ...rest] = mail.text.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/** The drill link's token in a message. */
export function drillTokenOf(mail: Mail): string {
  const match = /\/l\/([A-Za-z0-9_-]{43})/.exec(mailText(mail));
  if (!match) throw new Error(`No drill link in the mail to ${mail.to.join(', ')}`);
  return match[1];
}

/** "YYYY-MM-DDTHH:mm" in Vietnam's time, as a datetime-local input sends it. */
export function vietnamLocal(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
}
