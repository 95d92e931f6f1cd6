import nodemailer from 'nodemailer';

export interface MailSender {
  send(to: string, subject: string, text: string): Promise<void>;
}

/** E-mail through the SMTP server of SMTP_URL (smtp://user:pass@host:587, smtps://… for TLS). */
export function smtpMailer(url: string, from: string): MailSender {
  const transport = nodemailer.createTransport(url);
  return {
    send: async (to, subject, text) => {
      await transport.sendMail({ from, to, subject, text });
    },
  };
}
