import { createServer } from 'node:net';
import type { AddressInfo, Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpMailer } from './mailer.js';

interface Received {
  from: string;
  to: string[];
  data: string;
}

/** A minimal SMTP server (RFC 5321 happy path, no TLS, no auth) that records what it receives. */
function smtpServer(received: Received[], opts: { rejectRcpt?: boolean } = {}): Server {
  return createServer((sock) => {
    sock.setEncoding('utf8');
    let buf = '';
    let inData = false;
    let current: Received = { from: '', to: [], data: '' };
    sock.write('220 test ESMTP\r\n');
    sock.on('data', (chunk: string) => {
      buf += chunk;
      for (;;) {
        if (inData) {
          const end = buf.indexOf('\r\n.\r\n');
          if (end < 0) return;
          current.data = buf.slice(0, end);
          buf = buf.slice(end + 5);
          inData = false;
          received.push(current);
          current = { from: '', to: [], data: '' };
          sock.write('250 queued\r\n');
          continue;
        }
        const nl = buf.indexOf('\r\n');
        if (nl < 0) return;
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 2);
        const cmd = line.slice(0, 4).toUpperCase();
        if (cmd === 'EHLO' || cmd === 'HELO') sock.write('250-test\r\n250 8BITMIME\r\n');
        else if (cmd === 'MAIL') {
          current.from = line;
          sock.write('250 ok\r\n');
        } else if (cmd === 'RCPT') {
          if (opts.rejectRcpt) sock.write('550 no such mailbox\r\n');
          else {
            current.to.push(line);
            sock.write('250 ok\r\n');
          }
        } else if (cmd === 'DATA') {
          inData = true;
          sock.write('354 go on\r\n');
        } else if (cmd === 'QUIT') {
          sock.end('221 bye\r\n');
          return;
        } else sock.write('250 ok\r\n');
      }
    });
  });
}

async function listen(s: Server): Promise<number> {
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return (s.address() as AddressInfo).port;
}

describe('smtpMailer', () => {
  const received: Received[] = [];
  const ok = smtpServer(received);
  const bad = smtpServer([], { rejectRcpt: true });
  let okPort = 0;
  let badPort = 0;
  beforeAll(async () => {
    okPort = await listen(ok);
    badPort = await listen(bad);
  });
  afterAll(() => {
    ok.close();
    bad.close();
  });

  it('delivers the message to an SMTP server, with the sender from the URL', async () => {
    const m = smtpMailer(`smtp://127.0.0.1:${okPort}?from=campaign%40akimat.example`, 'https://saqbol.example');
    await m.send({ to: 'inst01@sko-culture.example', subject: 'Еске салу / Напоминание', text: 'Сілтеме / Ссылка:\nhttps://saqbol.example/a/TOKEN' });
    m.close();
    expect(received).toHaveLength(1);
    const r = received[0]!;
    expect(r.from).toContain('<campaign@akimat.example>');
    expect(r.to).toEqual(['RCPT TO:<inst01@sko-culture.example>']);
    expect(r.data).toContain('https://saqbol.example/a/TOKEN');
    expect(r.data).toMatch(/^Subject: =\?UTF-8\?/m);
    // the default sender is noreply@ the public host
    const d = smtpMailer(`smtp://127.0.0.1:${okPort}`, 'https://saqbol.example');
    await d.send({ to: 'x@y.example', subject: 's', text: 't' });
    d.close();
    expect(received[1]!.from).toContain('<noreply@saqbol.example>');
  });

  it('fails (for the caller to record) when the server refuses the recipient', async () => {
    const m = smtpMailer(`smtp://127.0.0.1:${badPort}`, 'https://saqbol.example');
    await expect(m.send({ to: 'nobody@y.example', subject: 's', text: 't' })).rejects.toThrow(/550|recipient/i);
    m.close();
  });

  it('rejects an SMTP_URL that is not smtp(s)', () => {
    expect(() => smtpMailer('http://mail.example', 'https://saqbol.example')).toThrow(/smtp:\/\//);
  });
});
