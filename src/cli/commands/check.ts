// `saqbol check "TEXT"`: the lure analyzer on the command line — a coloured verdict with the matched
// words highlighted, or JSON; `--jsonl FILE|-` checks one JSON object per line, results in the same order.
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { analyzerFor } from '../../check/analyzer-instance.js';
import { loadConfig } from '../../config.js';
import { SaqbolError } from '../../errors.js';
import { isLang, translator } from '../../i18n/index.js';
import type { Lang } from '../../i18n/index.js';
import type { Analyzer } from '../../lure/analyzer.js';
import { explain } from '../../lure/explain.js';
import type { ExplainedResult } from '../../lure/explain.js';

const ESC = '\u001b[';
const paint = (on: boolean, code: string, s: string): string => (on ? `${ESC}${code}m${s}${ESC}0m` : s);
const VERDICT_COLOR = { danger: '1;97;41', suspicious: '1;30;43', no_signs: '1;97;42' } as const;

/** The language to explain in: the one asked for, else the message's own (Russian for mixed texts). */
export function explainLang(asked: string | undefined, textLang: string): Lang {
  if (asked !== undefined) return asked as Lang;
  return isLang(textLang) ? textLang : 'ru';
}

/** The text with every reason's span highlighted (overlapping spans merged). */
export function highlight(text: string, spans: [number, number][], color: boolean): string {
  const sorted = spans.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  let out = '';
  let at = 0;
  for (const [a, b] of sorted) {
    if (b <= at) continue;
    const from = Math.max(a, at);
    out += text.slice(at, from);
    out += color ? paint(true, '1;4;31', text.slice(from, b)) : `[${text.slice(from, b)}]`;
    at = b;
  }
  return out + text.slice(at);
}

export function formatCheck(text: string, r: ExplainedResult, lang: Lang, color: boolean): string {
  const { t } = translator(lang);
  const lines: string[] = [];
  lines.push(`${paint(color, VERDICT_COLOR[r.verdict], ` ${t(`lure:verdict.${r.verdict}`)} `)}  ${t('lure:cli.score')} ${r.score.toFixed(2)} · ${t('lure:cli.lang')}: ${t(`lure:lang.${r.lang}`)}`);
  lines.push('');
  lines.push(highlight(text, r.reasons.map((x) => x.span), color));
  lines.push('');
  lines.push(paint(color, '1', `${t('lure:cli.reasons')}:`));
  if (r.reasons.length === 0) lines.push(`  ${t('lure:cli.noReasons')}`);
  for (const reason of r.reasons) {
    const sign = reason.weight > 0 ? paint(color, '31', '▲') : reason.weight < 0 ? paint(color, '32', '▼') : '·';
    const quoted = reason.span[1] > reason.span[0] ? `«${reason.text}»` : `${t('lure:cli.sender')} «${reason.text}»`;
    lines.push(`  ${sign} ${paint(color, '1', quoted)} — ${reason.explanation} ${paint(color, '2', `(${reason.code})`)}`);
  }
  if (r.numbers.length > 0) {
    lines.push(paint(color, '1', `${t('lure:cli.numbers')}:`));
    for (const n of r.numbers) {
      const status = n.officialFor.length > 0 ? t('lure:cli.official', { orgs: n.officialFor.join(', ') }) : t('lure:cli.notOfficial');
      lines.push(`  ${n.display} — ${status}`);
    }
  }
  lines.push(paint(color, '1', `${t('lure:cli.advice')}:`));
  for (const a of r.advice) lines.push(`  • ${a.text}`);
  return `${lines.join('\n')}\n`;
}

/** One JSON result per input line, in order; a bad line gets `{line, error}` in its place. */
export async function checkJsonl(analyzer: Analyzer, input: Readable, output: Writable, opts: { lang?: Lang; onLine?: (bytes: number) => void }): Promise<{ lines: number; errors: number }> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lines = 0;
  let errors = 0;
  for await (const line of rl) {
    lines++;
    opts.onLine?.(Buffer.byteLength(line) + 1);
    if (line.trim() === '') {
      output.write(`${JSON.stringify({ line: lines, error: 'empty line' })}\n`);
      errors++;
      continue;
    }
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      record = undefined;
    }
    const fields = typeof record === 'object' && record !== null && !Array.isArray(record) ? (record as Record<string, unknown>) : undefined;
    if (typeof fields?.text !== 'string') {
      output.write(`${JSON.stringify({ line: lines, error: fields ? 'no "text" string field' : 'not a JSON object' })}\n`);
      errors++;
      continue;
    }
    const sender = typeof fields.sender === 'string' ? fields.sender : undefined;
    const result = analyzer.analyze(sender === undefined ? { text: fields.text } : { text: fields.text, sender });
    const explained = explain(result, analyzer.lexicon.raw, explainLang(opts.lang, result.lang));
    if (!output.write(`${JSON.stringify({ ...fields, ...explained })}\n`)) await new Promise((r) => output.once('drain', r));
  }
  return { lines, errors };
}

export function checkCommand(program: Command): void {
  program
    .command('check')
    .description('check a message for call-back lure signs: verdict, reasons with the matched words, advice')
    .argument('[text]', 'the message (omit it with --jsonl)')
    .option('--sender <id>', 'the sender id or number shown on the phone')
    .option('--lang <lang>', 'language of the explanations: kk, ru or en (default: the message’s own)')
    .option('--json', 'print the result as JSON (the same shape as POST /api/check)')
    .option('--jsonl <file>', 'check one JSON object per line ({"text": …, other fields kept}) from FILE or - for stdin')
    .action(async (text: string | undefined, opts: { sender?: string; lang?: string; json?: boolean; jsonl?: string }) => {
      if (opts.lang !== undefined && !isLang(opts.lang)) throw new SaqbolError('invalid_field', { field: '--lang', detail: 'use kk, ru or en' });
      const lang = opts.lang;
      const analyzer = analyzerFor(loadConfig().dataDir);
      if (opts.jsonl !== undefined) {
        if (text !== undefined) throw new SaqbolError('bad_request', { detail: 'give either a text or --jsonl, not both' });
        const fromStdin = opts.jsonl === '-';
        const size = fromStdin ? 0 : statSync(opts.jsonl).size;
        const bar = !fromStdin && process.stderr.isTTY
          ? new cliProgress.SingleBar({ format: ' check [{bar}] {percentage}% | {lines} lines', stream: process.stderr, fps: 4, hideCursor: true }, cliProgress.Presets.shades_classic)
          : undefined;
        bar?.start(size, 0, { lines: 0 });
        let done = 0;
        let count = 0;
        const stats = await checkJsonl(analyzer, fromStdin ? process.stdin : createReadStream(opts.jsonl), process.stdout, {
          ...(lang ? { lang } : {}),
          onLine: (bytes) => {
            done += bytes;
            bar?.update(Math.min(done, size), { lines: ++count });
          },
        });
        bar?.stop();
        if (stats.errors > 0) process.stderr.write(`saqbol check: ${stats.errors} of ${stats.lines} lines were not checked (see "error" in their output lines)\n`);
        return;
      }
      if (text === undefined || text === '') throw new SaqbolError('bad_request', { detail: 'give the message text, or --jsonl FILE' });
      const result = analyzer.analyze(opts.sender === undefined ? { text } : { text, sender: opts.sender });
      const explainIn = explainLang(lang, result.lang);
      const explained = explain(result, analyzer.lexicon.raw, explainIn);
      const color = process.stdout.isTTY && !process.env.NO_COLOR;
      process.stdout.write(opts.json ? `${JSON.stringify({ ...explained, explainedIn: explainIn }, null, 2)}\n` : formatCheck(text, explained, explainIn, color));
    });
}
