// The whole press kit as one DOCX: the article and every platform text, Kazakh first, then Russian.
import { Document, ExternalHyperlink, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import QRCode from 'qrcode';
import type { IRunOptions } from 'docx';
import { fill } from './fill.js';
import { platformLength } from './length.js';
import { KIT_LANGS } from './types.js';
import type { KitLang, Platform, PressKit, PressKitVariant } from './types.js';

/** Platform names are brands: the same in every language. */
export const PLATFORM_NAMES: Record<Platform, string> = {
  telegram: 'Telegram',
  instagram: 'Instagram',
  facebook: 'Facebook',
  x: 'X',
  threads: 'Threads',
  sms: 'SMS / WhatsApp',
};

const BOLD: IRunOptions = { bold: true };
const NOTE: IRunOptions = { italics: true, color: '555555' };

/** A paragraph keeping the text's own line breaks. */
function lines(text: string, style: Omit<IRunOptions, 'text' | 'break'> = {}): Paragraph {
  const parts = text.split('\n');
  return new Paragraph({
    children: parts.map((p, i) => {
      const run: IRunOptions = { ...style, text: p, ...(i > 0 ? { break: 1 } : {}) };
      return new TextRun(run);
    }),
    spacing: { after: 160 },
  });
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], pageBreakBefore = false): Paragraph {
  return new Paragraph({ text, heading: level, pageBreakBefore });
}

function link(url: string): ExternalHyperlink {
  return new ExternalHyperlink({ link: url, children: [new TextRun({ text: url, style: 'Hyperlink' })] });
}

/** The counter printed under each variant: "812 из 4096 знаков". */
export function countLine(kit: PressKit, v: PressKitVariant): string {
  const l = kit.labels[v.lang];
  if (v.limit === null) return l.noLimit;
  return fill(l.charCount, { count: String(platformLength(v.platform, v.text)), limit: String(v.limit) }) ?? '';
}

function section(kit: PressKit, lang: KitLang, first: boolean, qr: Buffer): Paragraph[] {
  const a = kit.article[lang];
  const l = kit.labels[lang];
  const out: Paragraph[] = [
    heading(`${l.kitTitle} · ${lang.toUpperCase()}`, HeadingLevel.TITLE, !first),
    heading(l.articleLabel, HeadingLevel.HEADING_1),
    heading(a.headline, HeadingLevel.HEADING_2),
    lines(a.lead, BOLD),
    ...a.body.map((p) => lines(p)),
    heading(l.whatToDoLabel, HeadingLevel.HEADING_3),
    ...a.whatToDo.map((s, i) => lines(`${i + 1}. ${s}`)),
    heading(l.hotlinesLabel, HeadingLevel.HEADING_3),
    ...a.hotlines.map((h) => lines(h)),
    new Paragraph({ children: [new TextRun(`${l.checkLabel}: `), link(a.checkUrl)] }),
    new Paragraph({ children: [new ImageRun({ type: 'png', data: qr, transformation: { width: 130, height: 130 }, altText: { name: 'QR', description: a.checkUrl, title: l.posterScan } })] }),
  ];
  if (a.institutionNote) out.push(lines(a.institutionNote));
  out.push(heading(l.variantsLabel, HeadingLevel.HEADING_1, true));
  for (const v of kit.variants.filter((x) => x.lang === lang)) {
    out.push(heading(PLATFORM_NAMES[v.platform], HeadingLevel.HEADING_2));
    out.push(lines(countLine(kit, v), NOTE));
    out.push(lines(v.text));
  }
  return out;
}

export async function pressKitDocx(kit: PressKit): Promise<Buffer> {
  // the same QR code as the poster's, for pasting into a layout
  const qr = await QRCode.toBuffer(kit.checkUrl, { type: 'png', errorCorrectionLevel: 'M', width: 360, margin: 2 });
  const doc = new Document({
    creator: 'saqbol',
    title: `${kit.labels.kk.kitTitle}: ${kit.article.kk.headline} / ${kit.article.ru.headline}`,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{ children: KIT_LANGS.flatMap((lang, i) => section(kit, lang, i === 0, qr)) }],
  });
  return Packer.toBuffer(doc);
}
