// The detector alone, for bench/watch.bench.ts: the file source, the detector and its services in a
// process of their own, without the rest of the `saqbol` command (server, store, campaign tools), so
// its peak RSS is what Watch itself needs. Prints one JSON line: {events, seconds, maxRssBytes, alerts}.
import { peakRssBytes } from '../src/cli/peak-rss.js';
import { loadConfig } from '../src/config.js';
import { Detector } from '../src/watch/detector.js';
import { readInto } from '../src/watch/sources/file.js';
import { watchServices } from '../src/watch/sources/services.js';

const file = process.argv[2];
if (!file) throw new Error('usage: watch-lib.ts FILE');
let alerts = 0;
const detector = new Detector({}, { ...watchServices(loadConfig().dataDir), onAlert: () => { alerts++; } });
const t0 = process.hrtime.bigint();
const report = await readInto(detector, file);
detector.flush();
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(JSON.stringify({ events: report.events, seconds, maxRssBytes: peakRssBytes(), alerts }));
