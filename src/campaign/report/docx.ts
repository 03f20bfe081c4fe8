// The cover letter as DOCX, Kazakh then Russian ("Атқарылған жұмыс туралы ақпарат" /
// "Информация о проделанной работе"): the directive, the totals and the links per institution.
import { AlignmentType, Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import type { IRunOptions } from 'docx';
import { reportLabels } from './labels.js';
import type { AllReportLabels } from './labels.js';
import { byInstitution, institutionName, isWebLink, localTime, platformName, text, totals } from './table.js';
import type { ReportData } from './types.js';

const BOLD: IRunOptions = { bold: true };

function run(t: string, style: IRunOptions = {}): TextRun {
  const opts: IRunOptions = { ...style, text: t };
  return new TextRun(opts);
}

function para(children: (TextRun | ExternalHyperlink)[], extra: { alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]; pageBreakBefore?: boolean; indent?: number } = {}): Paragraph {
  return new Paragraph({
    children,
    spacing: { after: 120 },
    ...(extra.alignment ? { alignment: extra.alignment } : {}),
    ...(extra.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(extra.indent ? { indent: { left: extra.indent } } : {}),
  });
}

function letter(data: ReportData, lang: 'kk' | 'ru', labels: AllReportLabels, first: boolean): Paragraph[] {
  const l = labels[lang];
  const t = totals(data);
  const out: Paragraph[] = [];
  const authority = data.directive.authorityName?.[lang];
  if (authority) out.push(para([run(authority, BOLD)], { alignment: AlignmentType.RIGHT, pageBreakBefore: !first }));
  out.push(para([run(l.letter.title, { bold: true, size: 28 })], { alignment: AlignmentType.CENTER, pageBreakBefore: !first && !authority }));
  out.push(para([run(text(l.letter.directive, { directive: institutionName(data.directive.title, lang), issuedAt: localTime(data.directive.issuedAt), deadline: localTime(data.directive.deadline) }))]));
  out.push(para([run(text(l.letter.summary, { institutions: t.institutions, publications: t.publications, late: t.late }))]));
  out.push(para([run(l.letter.listIntro)]));
  byInstitution(data).forEach((g, i) => {
    out.push(para([run(`${i + 1}. ${institutionName(g.institution, lang)}`, BOLD), run(` (${g.district})`)]));
    for (const r of g.rows) {
      const when = `${platformName(l, r.platform)}, ${localTime(r.submittedAt)}${r.late ? `, ${l.letter.lateMark}` : ''}: `;
      const link = isWebLink(r.url) ? new ExternalHyperlink({ link: r.url, children: [run(r.url, { style: 'Hyperlink' })] }) : run(r.url);
      out.push(para([run(`— ${when}`), link], { indent: 400 }));
    }
  });
  out.push(para([run(l.letter.appendix)]));
  out.push(para([run(text(l.letter.generated, { generatedAt: localTime(data.generatedAt) }), { italics: true, color: '555555' })]));
  return out;
}

export async function reportDocx(data: ReportData, opts: { labels?: AllReportLabels } = {}): Promise<Buffer> {
  const labels = opts.labels ?? reportLabels();
  const doc = new Document({
    creator: 'saqbol',
    title: `${labels.kk.letter.title} / ${labels.ru.letter.title}`,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 28 } } } },
    sections: [{ children: [...letter(data, 'kk', labels, true), ...letter(data, 'ru', labels, false)] }],
  });
  return Packer.toBuffer(doc);
}
