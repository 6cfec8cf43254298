/**
 * Output lines by household ordinal (the household's rank in the input), released in
 * input order: chunks of different lanes finish in any order, the file is written in
 * the order of the input.
 */
export class OrderedLines {
  #next = 0;
  readonly #waiting = new Map<number, string>();

  /** Ordinal of the next line to release. */
  get next(): number {
    return this.#next;
  }

  /** Lines held until the ones before them are there. */
  get held(): number {
    return this.#waiting.size;
  }

  put(ordinal: number, line: string): void {
    if (ordinal < this.#next || this.#waiting.has(ordinal)) throw new Error(`household #${ordinal} given twice`);
    this.#waiting.set(ordinal, line);
  }

  /** The lines ready in order (from the next one on), joined; the count released. */
  take(): { text: string; count: number } {
    let text = "";
    const first = this.#next;
    for (let line = this.#waiting.get(this.#next); line !== undefined; line = this.#waiting.get(this.#next)) {
      this.#waiting.delete(this.#next++);
      text += line;
    }
    return { text, count: this.#next - first };
  }
}
