import nodemailer from 'nodemailer';

/** A sender other than MAIL_FROM, for a drill's message that imitates someone else. */
export interface MailFrom {
  name: string;
  address: string;
}

export interface MailSender {
  send(to: string, subject: string, text: string, from?: MailFrom): Promise<void>;
}

/** E-mail through the SMTP server of SMTP_URL (smtp://user:pass@host:587, smtps://… for TLS). */
export function smtpMailer(url: string, from: string): MailSender {
  const transport = nodemailer.createTransport(url);
  return {
    send: async (to, subject, text, sender) => {
      await transport.sendMail({ from: sender ?? from, to, subject, text });
    },
  };
}

/** Nest injection token of the shared MailSender, null when SMTP_URL is not set. */
export const MAIL_SENDER = Symbol('MailSender');
