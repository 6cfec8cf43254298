import { createReadStream } from "node:fs";

/**
 * Splits one CSV line (RFC 4180: comma separator, optional double quotes, "" inside
 * quotes). Lines are read one by one, so a quoted field cannot hold a line break.
 */
export function splitCsvLine(line: string): string[] {
  if (!line.includes('"')) return line.split(",");
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      out.push(field);
      field = "";
    } else field += c;
  }
  out.push(field);
  return out;
}

/**
 * The lines of a file, streamed by blocks of about a megabyte: `lines` (without their
 * line breaks) and the 1-based number of the first. Reports bytes read for progress.
 */
export async function* readLineBlocks(path: string, onBytes: (bytes: number) => void): AsyncGenerator<{ lines: string[]; first: number }> {
  let rest = "";
  let number = 0;
  for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 })) {
    const text = rest + (chunk as string);
    onBytes(Buffer.byteLength(chunk as string));
    const lines: string[] = [];
    const first = number + 1;
    let start = 0;
    for (;;) {
      const end = text.indexOf("\n", start);
      if (end < 0) break;
      number++;
      lines.push(text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end));
      start = end + 1;
    }
    rest = text.slice(start);
    if (lines.length > 0) yield { lines, first };
  }
  if (rest.length > 0) yield { lines: [rest.endsWith("\r") ? rest.slice(0, -1) : rest], first: number + 1 };
}

/** A CSV field as written: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
