// `saqbol ingest FILE… --nats URL`: publishes event files to the JetStream event stream, partitioned
// by the numbers the events concern, de-duplicated on re-runs; progress with events/s on stderr.
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { SaqbolError } from '../../errors.js';
import { watchServices } from '../../watch/sources/services.js';

interface IngestCliOptions {
  nats?: string;
  format?: string;
  partitionCount?: string;
  progress: boolean;
}

export function ingestCommand(program: Command): void {
  program
    .command('ingest')
    .description('publish event files (CSV or JSONL, plain or gzip) to NATS JetStream, partitioned by number, for `saqbol watch --nats`')
    .argument('<files...>', 'event files')
    .option('--nats <url>', 'NATS server (env NATS_URL)')
    .option('--format <format>', 'csv or jsonl (default: from the file name or its first byte)')
    .option('--partition-count <n>', 'partitions of a new event stream (default 8; an existing stream keeps its own)')
    .option('--no-progress', 'no progress bar on stderr')
    .action(async (files: string[], o: IngestCliOptions) => {
      const config = loadConfig();
      const url = o.nats ?? config.natsUrl;
      if (!url) throw new SaqbolError('invalid_field', { field: '--nats', detail: 'give --nats URL or set NATS_URL' });
      if (o.format !== undefined && o.format !== 'csv' && o.format !== 'jsonl') throw new SaqbolError('invalid_field', { field: '--format', detail: 'csv or jsonl' });
      const count = o.partitionCount === undefined ? undefined : Number(o.partitionCount);
      if (count !== undefined && !(Number.isInteger(count) && count >= 1 && count <= 1024)) {
        throw new SaqbolError('invalid_field', { field: '--partition-count', detail: 'an integer from 1 to 1024' });
      }
      const services = watchServices(config.dataDir, { lure: false });
      // the NATS client loads only for this command
      const { connectNats } = await import('../../watch/sources/nats-stream.js');
      const { ingest } = await import('../../watch/sources/nats-ingest.js');
      const nats = await connectNats(url, `saqbol-ingest-${process.pid}`);
      const bar = o.progress && process.stderr.isTTY
        ? new cliProgress.SingleBar({ format: ' ingest {events} events | {eps} ev/s | {messages} messages', stream: process.stderr, fps: 4, hideCursor: true }, cliProgress.Presets.shades_classic)
        : undefined;
      const t0 = performance.now();
      bar?.start(1, 0, { events: 0, eps: 0, messages: 0 });
      try {
        const r = await ingest(nats, {
          files,
          ...(o.format ? { format: o.format } : {}),
          ...(count !== undefined ? { partitions: count } : {}),
          readText: services.readText,
          onProgress: (p) => {
            const secs = (performance.now() - t0) / 1000;
            bar?.update(0, { events: p.events.toLocaleString('en-US'), eps: Math.round(p.events / Math.max(secs, 1e-3)).toLocaleString('en-US'), messages: p.messages.toLocaleString('en-US') });
          },
        });
        bar?.stop();
        process.stderr.write(
          `ingested ${r.events.toLocaleString('en-US')} events from ${r.files} file(s) in ${r.seconds.toFixed(1)} s (${Math.round(r.events / Math.max(r.seconds, 1e-3)).toLocaleString('en-US')} events/s): ` +
            `${r.routed.toLocaleString('en-US')} routed copies in ${r.messages.toLocaleString('en-US')} messages over ${r.partitions} partitions, ${r.duplicates} duplicate messages skipped, ${r.malformed} malformed lines\n`,
        );
        for (const i of r.firstMalformed) process.stderr.write(`  line ${i.line}: ${i.reason}\n`);
      } finally {
        bar?.stop();
        await nats.nc.drain();
      }
    });
}
