// Where reminders go: SMTP through nodemailer when SMTP_URL is set; otherwise nowhere but the outbox
// table, which the authority reads in the UI (the service decides that; this is the SMTP side).
import nodemailer from 'nodemailer';
import { SaqbolError } from '../../errors.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * SMTP from a URL such as `smtps://user:pass@mail.example:465`. The sender can be given as a `from`
 * query parameter (`?from=campaign%40akimat.example`); by default it is noreply@ the public host.
 */
export function smtpMailer(smtpUrl: string, publicUrl: string): Mailer {
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    throw new SaqbolError('bad_config', { detail: 'SMTP_URL is not a URL' });
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new SaqbolError('bad_config', { detail: 'SMTP_URL must start with smtp:// or smtps://' });
  const from = url.searchParams.get('from') ?? `saqbol <noreply@${hostForMail(publicUrl)}>`;
  url.searchParams.delete('from');
  const transport = nodemailer.createTransport(url.toString(), { from });
  return {
    async send(mail) {
      await transport.sendMail({ to: mail.to, subject: mail.subject, text: mail.text });
    },
    close() {
      transport.close();
    },
  };
}

function hostForMail(publicUrl: string): string {
  try {
    const host = new URL(publicUrl).hostname;
    return /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(host) ? host : 'localhost';
  } catch {
    return 'localhost';
  }
}
