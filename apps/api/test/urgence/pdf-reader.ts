// Reads back a PDF made by apps/api/src/modules/urgence/export/pdf.ts, checking its structure
// as a PDF reader would: header, cross-reference table (every offset on its object), trailer,
// page tree, stream lengths; then the text of each page, decoded from WinAnsi (windows-1252).

export interface ReadPdf {
  objects: Map<number, string>;
  pages: string[][];
  /** Every text run, joined by newlines. */
  text: string;
}

const latin1 = (b: Buffer) => b.toString("latin1");

// windows-1252 from its code chart (Node's TextDecoder reads that label as ISO-8859-1): the
// 0x80–0x9F range; the rest is Latin-1. Undefined codes decode to U+FFFD.
const CP1252_HIGH = "€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ";
const decodeWinAnsi = (bytes: number[]) =>
  bytes.map((b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b))).join("");

/** The bytes of a PDF literal string `(...)` (escapes undone). */
function literalBytes(body: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== "\\") {
      out.push(c.charCodeAt(0));
      continue;
    }
    const next = body[++i]!;
    const octal = /^[0-7]{1,3}/.exec(body.slice(i, i + 3));
    if (octal) {
      out.push(parseInt(octal[0], 8));
      i += octal[0].length - 1;
    } else out.push(({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[next] ?? next.charCodeAt(0));
  }
  return out;
}

export function readPdf(file: Buffer): ReadPdf {
  const s = latin1(file);
  if (!s.startsWith("%PDF-1.4\n")) throw new Error("no PDF 1.4 header");
  if (!s.endsWith("%%EOF\n")) throw new Error("no %%EOF at the end");
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(s)?.[1]);
  if (s.slice(startxref, startxref + 5) !== "xref\n") throw new Error(`startxref ${startxref} is not on the xref`);
  const head = /^xref\n0 (\d+)\n/.exec(s.slice(startxref));
  if (!head) throw new Error("bad xref header");
  const size = Number(head[1]);
  const entries = s.slice(startxref + head[0].length, startxref + head[0].length + size * 20);
  if (entries.slice(0, 20) !== "0000000000 65535 f \n") throw new Error("bad free entry");
  const objects = new Map<number, string>();
  for (let id = 1; id < size; id++) {
    const entry = entries.slice(id * 20, id * 20 + 20);
    const m = /^(\d{10}) 00000 n \n$/.exec(entry);
    if (!m) throw new Error(`bad xref entry ${id}: ${JSON.stringify(entry)}`);
    const offset = Number(m[1]);
    const prefix = `${id} 0 obj\n`;
    if (s.slice(offset, offset + prefix.length) !== prefix) throw new Error(`xref offset of object ${id} is wrong`);
    const end = s.indexOf("\nendobj\n", offset);
    objects.set(id, s.slice(offset + prefix.length, end));
  }
  const trailer = s.slice(startxref + head[0].length + size * 20);
  if (!trailer.startsWith(`trailer\n<< /Size ${size} /Root 1 0 R`)) throw new Error("bad trailer");

  const root = objects.get(1)!;
  const pagesRef = /\/Pages (\d+) 0 R/.exec(root)?.[1];
  const tree = objects.get(Number(pagesRef))!;
  const kids = [...(/\/Kids \[([^\]]*)\]/.exec(tree)?.[1] ?? "").matchAll(/(\d+) 0 R/g)].map((k) => Number(k[1]));
  if (Number(/\/Count (\d+)/.exec(tree)?.[1]) !== kids.length) throw new Error("page count differs from kids");
  const pages = kids.map((kid) => {
    const page = objects.get(kid)!;
    if (!page.includes("/Type /Page ")) throw new Error(`object ${kid} is not a page`);
    const contents = objects.get(Number(/\/Contents (\d+) 0 R/.exec(page)?.[1]))!;
    const length = Number(/^<< \/Length (\d+) >>\nstream\n/.exec(contents)?.[1]);
    const body = contents.slice(contents.indexOf("stream\n") + 7);
    if (body.length !== length + "endstream".length || !body.endsWith("endstream")) {
      throw new Error(`stream length of page ${kid} is wrong`);
    }
    const stream = body.slice(0, length);
    return [...stream.matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)].map((m) => decodeWinAnsi(literalBytes(m[1]!)));
  });
  return { objects, pages, text: pages.flat().join("\n") };
}
