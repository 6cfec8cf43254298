// Text for the PDF's standard fonts (Helvetica, Helvetica-Bold) in WinAnsiEncoding (PDF 1.7,
// annex D.2): Unicode to one byte per character, and the glyph widths that wrap lines.

/** The 0x80–0x9F range of WinAnsi (the rest of 0xA0–0xFF is Latin-1, as in Unicode). */
const HIGH: Record<string, number> = {
  "€": 0x80,
  "‚": 0x82,
  ƒ: 0x83,
  "„": 0x84,
  "…": 0x85,
  "†": 0x86,
  "‡": 0x87,
  ˆ: 0x88,
  "‰": 0x89,
  Š: 0x8a,
  "‹": 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "•": 0x95,
  "–": 0x96,
  "—": 0x97,
  "˜": 0x98,
  "™": 0x99,
  š: 0x9a,
  "›": 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** Characters WinAnsi lacks, written as their nearest look-alike. */
const NEAREST: Record<string, string> = {
  "\u202f": "\u00a0", // narrow no-break space (French « » and numbers)
  "\u2009": " ",
  "\u2011": "-",
  "\u2010": "-",
  "\u2212": "-",
  "→": "->",
  "←": "<-",
  "≥": ">=",
  "≤": "<=",
  "\t": " ",
  Ł: "L",
  ł: "l",
  ı: "i",
  Đ: "D",
  đ: "d",
};

/** One WinAnsi byte per character; unknown characters lose their accents, else become "?". */
export function toWinAnsi(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize("NFC")) out.push(...charToWinAnsi(ch));
  return Uint8Array.from(out);
}

/** Whether some character of `text` has no WinAnsi form at all (another script: it is written "?"). */
export function hasUnwritable(text: string): boolean {
  return [...text.normalize("NFC")].some((ch) => ch !== "?" && charToWinAnsi(ch).includes(0x3f));
}

function charToWinAnsi(ch: string): number[] {
  const code = ch.codePointAt(0)!;
  if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) return [code];
  if (HIGH[ch] !== undefined) return [HIGH[ch]];
  if (NEAREST[ch] !== undefined) return [...toWinAnsi(NEAREST[ch])];
  if (code === 0x0a || code === 0x0d) return [0x20];
  // A letter with an accent WinAnsi lacks (ź, ș, ğ) keeps its base letter.
  const base = ch.normalize("NFD").replace(/\p{M}/gu, "");
  const c = base.codePointAt(0);
  return [base.length === 1 && c !== undefined && c >= 0x20 && c <= 0xff && base !== ch ? c : 0x3f];
}

// Advance widths of Helvetica and Helvetica-Bold (Adobe's AFM files, thousandths of the font
// size) for WinAnsi codes 0x20–0xFF. They wrap lines here, and are written in the PDF's font
// dictionaries, so that a viewer which substitutes another font keeps the same advances.
// prettier-ignore
export const HELVETICA_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // 0x20
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0x30
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // 0x40
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // 0x50
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // 0x60
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 350, // 0x70
  556, 350, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 350, 611, 350, // 0x80
  350, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 350, 500, 667, // 0x90
  278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333, // 0xA0
  400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611, // 0xB0
  667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, // 0xC0
  722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, // 0xD0
  556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, // 0xE0
  556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500, // 0xF0
];
// prettier-ignore
export const HELVETICA_BOLD_WIDTHS = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, // 0x20
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, // 0x30
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, // 0x40
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, // 0x50
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, // 0x60
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 350, // 0x70
  556, 350, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 350, 611, 350, // 0x80
  350, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 350, 500, 667, // 0x90
  278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333, // 0xA0
  400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611, // 0xB0
  722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, // 0xC0
  722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, // 0xD0
  556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278, // 0xE0
  611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556, // 0xF0
];

/** The width in points of WinAnsi bytes set in Helvetica (or Helvetica-Bold) at `size`. */
export function textWidth(bytes: Uint8Array, size: number, bold = false): number {
  const widths = bold ? HELVETICA_BOLD_WIDTHS : HELVETICA_WIDTHS;
  let units = 0;
  for (const b of bytes) units += b >= 0x20 ? widths[b - 0x20]! : 278;
  return (units / 1000) * size;
}
