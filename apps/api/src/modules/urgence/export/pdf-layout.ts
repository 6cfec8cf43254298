import { A4, writePdf, type PageContent, type PdfInfo } from "./pdf.ts";
import { textWidth, toWinAnsi } from "./winansi.ts";

// Flowing text on A4 pages for pdf.ts: a title, headings, paragraphs and tables whose cells
// wrap, with page breaks (a table's header is repeated on the next page) and page numbers.

const MARGIN = { left: 50, right: 50, top: 60, bottom: 60 };
const WIDTH = A4.width - MARGIN.left - MARGIN.right;
const LEADING = 1.3;
const CELL_GAP = 8;

export interface Column {
  label: string;
  /** Share of the text width (the shares of a table add up to 1). */
  share: number;
}

interface Style {
  size: number;
  bold?: boolean;
  grey?: boolean;
}

/** Lines of at most `width` points; words longer than a line are cut. Newlines are kept. */
export function wrap(text: string, width: number, size: number, bold = false): Uint8Array[] {
  const lines: Uint8Array[] = [];
  const fits = (bytes: Uint8Array) => textWidth(bytes, size, bold) <= width;
  for (const paragraph of text.split(/\r?\n/)) {
    let line: number[] = [];
    for (const word of paragraph.split(" ").filter((w) => w !== "")) {
      let bytes = toWinAnsi(word);
      const candidate = Uint8Array.from(line.length ? [...line, 0x20, ...bytes] : bytes);
      if (fits(candidate)) {
        line = [...candidate];
        continue;
      }
      if (line.length) lines.push(Uint8Array.from(line));
      // A word wider than the line: cut it where it overflows.
      while (!fits(bytes)) {
        let cut = 1;
        while (cut < bytes.length && fits(bytes.subarray(0, cut + 1))) cut++;
        lines.push(bytes.slice(0, cut));
        bytes = bytes.slice(cut);
      }
      line = [...bytes];
    }
    lines.push(Uint8Array.from(line));
  }
  return lines;
}

export class PdfLayout {
  private pages: PageContent[] = [];
  private page!: PageContent;
  private y = 0;

  constructor() {
    this.newPage();
  }

  private newPage(): void {
    this.page = { texts: [], rules: [] };
    this.pages.push(this.page);
    this.y = A4.height - MARGIN.top;
  }

  /** Starts a new page unless `height` points still fit above the bottom margin. */
  private room(height: number): boolean {
    if (this.y - height >= MARGIN.bottom) return false;
    this.newPage();
    return true;
  }

  private lines(lines: Uint8Array[], x: number, style: Style): void {
    const step = style.size * LEADING;
    for (const line of lines) {
      this.room(step);
      this.y -= step;
      this.page.texts.push({ x, y: this.y + step * 0.25, text: line, ...style });
    }
  }

  space(height: number): this {
    this.y -= height;
    return this;
  }

  title(text: string): this {
    this.lines(wrap(text, WIDTH, 17, true), MARGIN.left, { size: 17, bold: true });
    return this.space(4);
  }

  /** A section heading, kept with at least three lines of what follows. */
  heading(text: string): this {
    this.space(10);
    this.room(13 * LEADING + 3 * 10 * LEADING);
    this.lines(wrap(text, WIDTH, 13, true), MARGIN.left, { size: 13, bold: true });
    this.page.rules.push({ x1: MARGIN.left, y1: this.y, x2: MARGIN.left + WIDTH, y2: this.y });
    return this.space(6);
  }

  paragraph(text: string, style: Style = { size: 10 }, indent = 0): this {
    const lines = wrap(text, WIDTH - indent, style.size, style.bold);
    // A short paragraph is not split across two pages.
    if (lines.length <= 4) this.room(lines.length * style.size * LEADING);
    this.lines(lines, MARGIN.left + indent, style);
    return this.space(3);
  }

  /** A bold line kept with the two lines after it. */
  subheading(text: string): this {
    this.space(4);
    this.room(2 * 10 * LEADING + 10 * LEADING);
    return this.paragraph(text, { size: 10, bold: true });
  }

  /** A bulleted item, its lines hanging under the text. */
  bullet(text: string, size = 10): this {
    const indent = 12;
    const lines = wrap(text, WIDTH - indent - 10, size);
    this.room(size * LEADING);
    const y = this.y - size * LEADING * 0.75;
    this.page.texts.push({ x: MARGIN.left + indent, y, text: "•", size });
    this.lines(lines, MARGIN.left + indent + 10, { size });
    return this.space(2);
  }

  /** A table: a bold header row (repeated after a page break), then rows whose cells wrap. */
  table(columns: Column[], rows: string[][], size = 9): this {
    if (rows.length === 0) return this;
    const widths = columns.map((c) => c.share * WIDTH);
    const xs = widths.map((_, i) => MARGIN.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const step = size * LEADING;
    const layout = (cells: string[], bold: boolean) => {
      const wrapped = cells.map((cell, i) => wrap(cell, widths[i]! - CELL_GAP, size, bold));
      return { wrapped, bold, height: Math.max(...wrapped.map((w) => w.length)) * step + 4 };
    };
    const draw = (row: ReturnType<typeof layout>) => {
      const top = this.y;
      row.wrapped.forEach((lines, i) =>
        lines.forEach((line, n) =>
          this.page.texts.push({ x: xs[i]!, y: top - (n + 1) * step + step * 0.25, text: line, size, bold: row.bold }),
        ),
      );
      this.y = top - row.height;
      this.page.rules.push({ x1: MARGIN.left, y1: this.y + 2, x2: MARGIN.left + WIDTH, y2: this.y + 2 });
    };
    const header = columns.some((c) => c.label)
      ? layout(
          columns.map((c) => c.label),
          true,
        )
      : null;
    // The header stays with the first row.
    const first = rows[0] ? layout(rows[0], false) : null;
    this.room((header?.height ?? 0) + (first?.height ?? 0));
    if (header) draw(header);
    // A row taller than a page (a long note) goes on in pieces of what a page holds.
    const perPage = Math.floor((A4.height - MARGIN.top - MARGIN.bottom - (header?.height ?? 0) - 4) / step);
    for (const cells of rows) {
      const row = layout(cells, false);
      const pieces = Math.ceil(Math.max(...row.wrapped.map((w) => w.length)) / perPage);
      for (let k = 0; k < pieces; k++) {
        const wrapped = row.wrapped.map((w) => w.slice(k * perPage, (k + 1) * perPage));
        const piece = { wrapped, bold: false, height: Math.max(...wrapped.map((w) => w.length)) * step + 4 };
        if (this.room(piece.height) && header) draw(header);
        draw(piece);
      }
    }
    return this.space(6);
  }

  /** The file, each page with `footer(page, pages)` at its foot. */
  finish(info: PdfInfo, footer: (page: number, pages: number) => string): Buffer {
    const count = this.pages.length;
    this.pages.forEach((page, i) =>
      page.texts.push({ x: MARGIN.left, y: MARGIN.bottom - 30, text: footer(i + 1, count), size: 8, grey: true }),
    );
    return writePdf(this.pages, info);
  }
}
