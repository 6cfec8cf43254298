import { HELVETICA_BOLD_WIDTHS, HELVETICA_WIDTHS, toWinAnsi } from "./winansi.ts";

// A small PDF 1.4 writer, text only: the standard Helvetica fonts (never embedded) in
// WinAnsiEncoding, pages of text runs and rules, an exact cross-reference table. Enough for
// a person's data export; no dependency (docs/api/export.md).

export const A4 = { width: 595.28, height: 841.89 } as const;

export interface TextRun {
  x: number;
  y: number;
  /** WinAnsi bytes (toWinAnsi), or text to encode. */
  text: Uint8Array | string;
  size: number;
  bold?: boolean;
  /** Grey instead of black (footers, captions). */
  grey?: boolean;
}

export interface Rule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PageContent {
  texts: TextRun[];
  rules: Rule[];
}

export interface PdfInfo {
  title: string;
  /** When the document was made (its CreationDate). */
  createdAt: Date;
}

const num = (n: number) => (Math.round(n * 100) / 100).toString();
/** Numbers sixteen to a line: PDF lines stay under 255 characters. */
const rows = (values: number[]) => values.map((v, i) => `${i % 16 === 0 && i > 0 ? "\n" : i > 0 ? " " : ""}${v}`).join("");

/** A PDF literal string: parentheses and backslash escaped, bytes outside ASCII as octal. */
export function pdfString(bytes: Uint8Array): string {
  let out = "(";
  for (const b of bytes) {
    if (b === 0x28 || b === 0x29 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else if (b < 0x20 || b > 0x7e) out += `\\${b.toString(8).padStart(3, "0")}`;
    else out += String.fromCharCode(b);
  }
  return `${out})`;
}

/** A text string of the document's information dictionary: UTF-16BE with its byte order mark. */
function infoString(text: string): string {
  let hex = "FEFF";
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, "0").toUpperCase();
  return `<${hex}>`;
}

function pdfDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  const day = `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}`;
  return `D:${day}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
}

function contentStream(page: PageContent): string {
  const ops: string[] = [];
  if (page.rules.length) {
    ops.push("0.6 G 0.5 w");
    for (const r of page.rules) ops.push(`${num(r.x1)} ${num(r.y1)} m ${num(r.x2)} ${num(r.y2)} l S`);
  }
  for (const t of page.texts) {
    const bytes = typeof t.text === "string" ? toWinAnsi(t.text) : t.text;
    const font = t.bold ? "/F2" : "/F1";
    const colour = t.grey ? "0.35" : "0";
    ops.push(`BT ${font} ${num(t.size)} Tf ${colour} g ${num(t.x)} ${num(t.y)} Td ${pdfString(bytes)} Tj ET`);
  }
  return `${ops.join("\n")}\n`;
}

/**
 * The whole file. Objects: 1 catalog, 2 page tree, 3 and 4 the fonts, 5 the information
 * dictionary, then a page and its content stream for each page. Every character is one
 * byte (latin1; text beyond ASCII is escaped), so the cross-reference offsets are lengths.
 */
export function writePdf(pages: PageContent[], info: PdfInfo): Buffer {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 6 + i * 2);
  objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages.length} >>`;
  const font = (base: string, widths: number[]) =>
    `<< /Type /Font /Subtype /Type1 /BaseFont /${base} /Encoding /WinAnsiEncoding ` +
    `/FirstChar 32 /LastChar 255\n/Widths [${rows(widths)}] >>`;
  objects[3] = font("Helvetica", HELVETICA_WIDTHS);
  objects[4] = font("Helvetica-Bold", HELVETICA_BOLD_WIDTHS);
  objects[5] = `<< /Title ${infoString(info.title)} /Producer ${infoString("Zéro")} ` + `/CreationDate (${pdfDate(info.createdAt)}) >>`;
  pages.forEach((page, i) => {
    const id = pageIds[i]!;
    const stream = contentStream(page);
    objects[id] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${num(A4.width)} ${num(A4.height)}] ` +
      `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}endstream`;
  });

  // The binary comment tells transfer tools the file is binary; it is plain ASCII after it.
  let out = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n";
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, "latin1");
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}
