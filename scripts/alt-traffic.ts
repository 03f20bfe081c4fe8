// An independent generator of operator traffic (SMS + calls) with ground truth, written from the problem
// statement alone, to measure callback-magnet detection on traffic shaped by other assumptions.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { HOUR, START_MS } from './alt-traffic/clock.js';
import { campaigns } from './alt-traffic/campaigns.js';
import { Numbers } from './alt-traffic/numbers.js';
import { write } from './alt-traffic/output.js';
import { makePeople, personalTraffic } from './alt-traffic/people.js';
import { Rng } from './alt-traffic/prng.js';
import { services } from './alt-traffic/services.js';
import { Sink } from './alt-traffic/sink.js';

const HELP = `Usage: npx tsx scripts/alt-traffic.ts --seed S --out DIR [options]

Writes DIR/events.csv (header type,ts,from,to,durationS,mentioned,text; time-ordered, rows shuffled by
less than 20 s) and DIR/truth.json ({scams:[{number,start,end,callbacks,…}], legit:[{number,kind,…}]}).
The same seed and options give the same files.

  --seed S            seed text (required)
  --out DIR           output directory (required)
  --subscribers N     subscribers of the operator (default 200000)
  --hours H           length of the period, from local midnight in Almaty (default 24)
  --campaigns K       scam campaigns (default 8; the mix is described in scripts/alt-traffic/campaigns.ts)
  --gzip              write events.csv.gz instead
  --help              this text

The model: subscribers with a social graph and a daily rhythm; hotlines (9999, 1414, 7111, 0611, city
landlines) named in official SMS from sender ids; couriers, ОСИ/КСК dispatchers, taxis, shops, clinics,
busy call centres, telemarketing, people who change number; scam campaigns of many shapes.`;

export interface Options { seed: string; out: string; subscribers: number; hours: number; campaigns: number; gzip: boolean }

export async function generate(o: Options): Promise<Awaited<ReturnType<typeof write>>> {
  const root = new Rng(o.seed);
  const nums = new Numbers(root.derive('numbers'));
  const sink = new Sink(START_MS, START_MS + o.hours * HOUR);
  const people = makePeople(root.derive('people'), nums, o.subscribers, o.hours);
  const legit = services(root.derive('services'), nums, people, sink, o.hours);
  personalTraffic(root.derive('personal'), people, sink, o.hours);
  const scams = campaigns(root.derive('campaigns'), nums, people, sink, o.hours, o.campaigns);
  return write(root.derive('output'), sink, scams, legit, o.out, o.gzip);
}

function positive(name: string, raw: string | undefined, fallback: number): number {
  const v = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(v) || v < 0 || (name !== 'campaigns' && v === 0)) throw new Error(`--${name} must be a positive integer, got ${raw}`);
  return v;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' }, out: { type: 'string' }, subscribers: { type: 'string' }, hours: { type: 'string' },
      campaigns: { type: 'string' }, gzip: { type: 'boolean', default: false }, help: { type: 'boolean', default: false },
    },
  });
  if (values.help) { console.log(HELP); return; }
  if (values.seed === undefined || values.out === undefined) { console.error(HELP); process.exitCode = 2; return; }
  const subscribers = positive('subscribers', values.subscribers, 200_000);
  if (subscribers < 1000) throw new Error('--subscribers must be at least 1000');
  const r = await generate({
    seed: values.seed, out: values.out, subscribers, gzip: values.gzip,
    hours: positive('hours', values.hours, 24), campaigns: positive('campaigns', values.campaigns, 8),
  });
  console.log(`${r.events} events → ${r.path}; truth: ${r.scams} scam numbers, ${r.legit} legit numbers`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main().catch((e: unknown) => { console.error(e instanceof Error ? e.message : e); process.exitCode = 2; });
}
