// The message with the words that made a reason fire marked; overlapping spans are merged so the
// text reads once, in order. Everything is escaped: a message is data, never markup.
export interface Span {
  span: [number, number];
  code: string;
}

export interface Segment {
  text: string;
  codes: string[];
}

/** Splits the text into plain and marked segments (spans are UTF-16 offsets, end exclusive). */
export function segments(text: string, spans: Span[]): Segment[] {
  const marks = spans
    .filter((s) => s.span[1] > s.span[0] && s.span[0] >= 0 && s.span[1] <= text.length)
    .map((s) => ({ from: s.span[0], to: s.span[1], codes: [s.code] }))
    .sort((a, b) => a.from - b.from || b.to - a.to);
  const merged: { from: number; to: number; codes: string[] }[] = [];
  for (const m of marks) {
    const last = merged[merged.length - 1];
    if (last && m.from < last.to) {
      last.to = Math.max(last.to, m.to);
      for (const c of m.codes) if (!last.codes.includes(c)) last.codes.push(c);
    } else merged.push({ ...m, codes: [...m.codes] });
  }
  const out: Segment[] = [];
  let at = 0;
  for (const m of merged) {
    if (m.from > at) out.push({ text: text.slice(at, m.from), codes: [] });
    out.push({ text: text.slice(m.from, m.to), codes: m.codes });
    at = m.to;
  }
  if (at < text.length) out.push({ text: text.slice(at), codes: [] });
  return out;
}

export function Highlighted({ text, spans }: { text: string; spans: Span[] }): JSX.Element {
  return (
    <p class="message">
      {segments(text, spans).map((s) =>
        s.codes.length ? (
          <mark data-codes={s.codes.join(' ')} safe>
            {s.text}
          </mark>
        ) : (
          <span safe>{s.text}</span>
        ),
      )}
    </p>
  );
}
