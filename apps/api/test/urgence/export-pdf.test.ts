import { describe, expect, it } from "vitest";
import { A4, pdfString, writePdf } from "../../src/modules/urgence/export/pdf.ts";
import { PdfLayout, wrap } from "../../src/modules/urgence/export/pdf-layout.ts";
import { hasUnwritable, textWidth, toWinAnsi } from "../../src/modules/urgence/export/winansi.ts";
import { readPdf } from "./pdf-reader.ts";

// The small PDF writer of the data export (no dependency): WinAnsi text, wrapping, page
// breaks, and a file whose cross-reference table a reader can follow.

describe("export PDF writer", () => {
  it("writes French text in WinAnsi: é è à ç ô œ « » € are one byte each", () => {
    expect([...toWinAnsi("é è à ç ô œ Œ « » € — ’ …")]).toEqual([
      0xe9, 0x20, 0xe8, 0x20, 0xe0, 0x20, 0xe7, 0x20, 0xf4, 0x20, 0x9c, 0x20, 0x8c, 0x20, 0xab, 0x20, 0xbb, 0x20, 0x80, 0x20, 0x97, 0x20,
      0x92, 0x20, 0x85,
    ]);
    // Decomposed accents are composed first; what WinAnsi lacks loses its accent, or becomes "?".
    expect([...toWinAnsi("e\u0301")]).toEqual([0xe9]);
    const nearest = Buffer.from(toWinAnsi("Łódź ș ğ ı → x\u202f» 漢 محمد"));
    expect(nearest).toEqual(Buffer.from("Lódz s g i -> x\u00a0» ? ????", "latin1"));
    expect(hasUnwritable("Zoé Lefèvre « Œ » 20 € — Łódź")).toBe(false);
    expect(hasUnwritable("Zoé محمد")).toBe(true);
    expect(pdfString(toWinAnsi("(a\\b) é"))).toBe("(\\(a\\\\b\\) \\351)");
  });

  it("wraps on words within the width, cuts a word longer than a line, keeps newlines", () => {
    const sentence = "Le Fanal solidaire a rencontré la personne près du Vieux-Port ce soir";
    const lines = wrap(sentence, 120, 10);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(120);
    const latin1 = (b: Uint8Array) => Buffer.from(b).toString("latin1");
    expect(lines.map(latin1).join(" ")).toBe(latin1(toWinAnsi(sentence)));
    const long = wrap("x".repeat(400), 100, 10);
    expect(long.length).toBeGreaterThan(3);
    for (const line of long) expect(textWidth(line, 10)).toBeLessThanOrEqual(100);
    expect(long.map(latin1).join("")).toBe("x".repeat(400));
    expect(wrap("un\ndeux", 500, 10).map(latin1)).toEqual(["un", "deux"]);
  });

  it("breaks pages, repeats a table's header, numbers the pages, stays inside the margins", () => {
    const doc = new PdfLayout();
    doc.title("Essai — Zoé").heading("Journal");
    const rows = Array.from({ length: 150 }, (_, i) => [`ligne ${i}`, "Maraude du Phare (fictive)", "consultation ".repeat((i % 4) + 1)]);
    const columns = [
      { label: "N°", share: 0.2 },
      { label: "Organisation", share: 0.4 },
      { label: "Action", share: 0.4 },
    ];
    doc.table(columns, rows);
    doc.paragraph("Fin. ".repeat(300));
    const info = { title: "Essai", createdAt: new Date("2026-12-07T10:00:00Z") };
    const pdf = readPdf(doc.finish(info, (p, n) => `page ${p} / ${n}`));
    expect(pdf.pages.length).toBeGreaterThanOrEqual(4);
    pdf.pages.forEach((lines, i) => {
      expect(lines.at(-1)).toBe(`page ${i + 1} / ${pdf.pages.length}`);
      if (i > 0 && i < pdf.pages.length - 1) expect(lines[0]).toBe("N°");
    });
    for (let i = 0; i < 150; i++) expect(pdf.text).toContain(`ligne ${i}\n`);
    expect(pdf.text).toContain("Essai — Zoé");
    const file = doc.finish({ title: "Essai", createdAt: new Date() }, () => "");
    const positions = [...file.toString("latin1").matchAll(/ ([\d.]+) ([\d.]+) Td /g)];
    const ys = positions.map((m) => [Number(m[1]), Number(m[2])]);
    for (const [x, y] of ys) {
      expect(x).toBeGreaterThanOrEqual(50);
      expect(x).toBeLessThan(A4.width - 50);
      expect(y).toBeGreaterThanOrEqual(30);
      expect(y).toBeLessThanOrEqual(A4.height - 60);
    }
  });

  it("writes a cross-reference table whose every offset lands on its object", () => {
    const page = {
      texts: [{ x: 50, y: 700, text: "Élodie « Œ » 20 €", size: 12 }],
      rules: [{ x1: 50, y1: 690, x2: 300, y2: 690 }],
    };
    const file = writePdf([page, page, page], { title: "Fiche 0190", createdAt: new Date("2026-12-07T10:00:00Z") });
    const pdf = readPdf(file);
    expect(pdf.pages).toEqual([["Élodie « Œ » 20 €"], ["Élodie « Œ » 20 €"], ["Élodie « Œ » 20 €"]]);
    expect(pdf.objects.size).toBe(5 + 3 * 2);
    expect(pdf.objects.get(3)).toContain("/BaseFont /Helvetica /Encoding /WinAnsiEncoding");
    expect(pdf.objects.get(5)).toContain("/CreationDate (D:20261207100000Z)");
    // ASCII after the binary marker line, and no line longer than 255 characters.
    const body = file.toString("latin1").split("\n").slice(2);
    expect(body.every((line) => /^[\x20-\x7e]*$/.test(line) && line.length <= 255)).toBe(true);
    // A wrong offset is caught by the reader.
    const shifted = file.toString("latin1").replace(/\n0000000015 00000 n \n/, "\n0000000016 00000 n \n");
    const broken = Buffer.from(shifted, "latin1");
    expect(() => readPdf(broken)).toThrow(/offset of object 1/);
  });
});
