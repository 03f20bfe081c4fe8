import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkServices } from "./dist/check/analyzer-instance.js";
import { createAnalyzer } from "./dist/lure/analyzer.js";
import { parseCorpus } from "./dist/lure/corpus.js";
import { DATA_DIR } from "./dist/paths.js";
import { Tokenizer } from "./dist/lure/tokenize.js";
import { PhraseMatches } from "./dist/lure/phrase-index.js";
import { extractNumbers } from "./dist/phones/extract.js";
const corpus = parseCorpus(readFileSync(join(DATA_DIR, "corpus", "messages.jsonl"), "utf8"));
function vary(text, copy) {
  const out = [];
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch >= "0" && ch <= "9") {
      run++;
      out.push(run > 4 ? String((Number(ch) + ((copy * 4099 + i) * 2654435761 >>> 7)) % 10) : ch);
    } else {
      if (!" -()".includes(ch)) run = 0;
      out.push(ch);
    }
  }
  return out.join("");
}
const N = 12e4;
const mk = (off) => Array.from({ length: N }, (_, i) => {
  const r = corpus[i % corpus.length];
  const text = vary(r.text, off + Math.floor(i / corpus.length));
  return r.sender === void 0 ? { text } : { text, sender: r.sender };
});
const warmIn = mk(5e3), inputs = mk(0);
const { analyzer, registry } = checkServices(DATA_DIR);
const textOnly = createAnalyzer({ lexicon: analyzer.lexicon.raw, registry, extractNumbers: () => [] });
const discard = createAnalyzer({ lexicon: analyzer.lexicon.raw, registry, extractNumbers: (t, o) => {
  sink += extractNumbers(t, o).length;
  return [];
} });
const { table, automaton } = analyzer.lexicon;
const tok = new Tokenizer(table);
const pm = new PhraseMatches();
let sink = 0;
const stages = {
  tokenize: (t) => {
    sink += tok.run(t).count;
  },
  wordIds: (t) => {
    const k = tok.run(t);
    sink += automaton.wordIds(k, table.digitCyr, table.digitLat)[0];
  },
  phrases: (t) => {
    const k = tok.run(t);
    const c = automaton.wordIds(k, table.digitCyr, table.digitLat);
    automaton.phrases(c, k.count, pm, { text: t, origStart: k.origStart, origEnd: k.origEnd });
    sink += pm.count;
  },
  extract: (t) => {
    sink += extractNumbers(t).length;
  },
  extractK: (t) => {
    sink += extractNumbers(t, "KZ", { knownShort: registry.shortNumbers(), otherDigits: false }).length;
  },
  textOnly: (t, s) => {
    sink += textOnly.analyze(s === void 0 ? { text: t } : { text: t, sender: s }).score;
  },
  discard: (t, s) => {
    sink += discard.analyze(s === void 0 ? { text: t } : { text: t, sender: s }).score;
  },
  full: (t, s) => {
    sink += analyzer.analyze(s === void 0 ? { text: t } : { text: t, sender: s }).score;
  }
};
const which = process.argv.slice(2);
for (const name of which) {
  const f = stages[name];
  for (const i of warmIn) f(i.text, i.sender);
  const t0 = process.cpuUsage();
  for (let r = 0; r < 2; r++) for (const i of inputs) f(i.text, i.sender);
  const u = process.cpuUsage(t0);
  const us = (u.user + u.system) / (2 * N);
  console.log(name.padEnd(10), us.toFixed(2), "\xB5s/msg", Math.round(1e6 / us), "msg/s");
}
