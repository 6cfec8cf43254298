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

/** Lines of a file with their 1-based numbers, streamed; reports bytes read for progress. */
export async function* readLines(
  path: string,
  onBytes: (bytes: number) => void,
): AsyncGenerator<{ line: string; number: number }> {
  let rest = "";
  let number = 0;
  for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 })) {
    const text = rest + (chunk as string);
    onBytes(Buffer.byteLength(chunk as string));
    let start = 0;
    for (;;) {
      const end = text.indexOf("\n", start);
      if (end < 0) break;
      number++;
      const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
      yield { line, number };
      start = end + 1;
    }
    rest = text.slice(start);
  }
  if (rest.length > 0) yield { line: rest.endsWith("\r") ? rest.slice(0, -1) : rest, number: number + 1 };
}

/** A CSV field as written: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
