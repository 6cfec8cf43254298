// A tiny arithmetic evaluator for OpenFisca test values such as "550.93 * 1.5 - 132.22".
// No eval: a recursive-descent parser over numbers, + - * / % **, unary signs and parentheses.

type Token = { kind: "num"; value: number } | { kind: "op"; value: string };

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === " " || c === "\t") {
      i++;
      continue;
    }
    const num = /^(\d[\d_]*(\.[\d_]*)?|\.\d[\d_]*)([eE][+-]?\d+)?/.exec(text.slice(i));
    if (num) {
      // As Python (numexpr): "01" is not a number, so "2021-01-01" is not arithmetic.
      if (/^0\d/.test(num[0])) return undefined;
      tokens.push({ kind: "num", value: Number(num[0].replaceAll("_", "")) });
      i += num[0].length;
      continue;
    }
    if (text.startsWith("**", i)) {
      tokens.push({ kind: "op", value: "**" });
      i += 2;
      continue;
    }
    if ("+-*/%()".includes(c)) {
      tokens.push({ kind: "op", value: c });
      i++;
      continue;
    }
    return undefined;
  }
  return tokens;
}

class Parser {
  #pos = 0;
  readonly #tokens: Token[];
  constructor(tokens: Token[]) {
    this.#tokens = tokens;
  }

  get done(): boolean {
    return this.#pos >= this.#tokens.length;
  }

  #peekOp(): string | undefined {
    const t = this.#tokens[this.#pos];
    return t?.kind === "op" ? t.value : undefined;
  }

  expression(): number {
    let left = this.term();
    for (let op = this.#peekOp(); op === "+" || op === "-"; op = this.#peekOp()) {
      this.#pos++;
      const right = this.term();
      left = op === "+" ? left + right : left - right;
    }
    return left;
  }

  term(): number {
    let left = this.unary();
    for (let op = this.#peekOp(); op === "*" || op === "/" || op === "%"; op = this.#peekOp()) {
      this.#pos++;
      const right = this.unary();
      left = op === "*" ? left * right : op === "/" ? left / right : left % right;
    }
    return left;
  }

  unary(): number {
    const op = this.#peekOp();
    if (op === "-" || op === "+") {
      this.#pos++;
      const v = this.unary();
      return op === "-" ? -v : v;
    }
    return this.power();
  }

  power(): number {
    const base = this.primary();
    if (this.#peekOp() === "**") {
      this.#pos++;
      return base ** this.unary(); // right-associative, binds tighter than unary on the left
    }
    return base;
  }

  primary(): number {
    const t = this.#tokens[this.#pos++];
    if (!t) throw new Error("unexpected end");
    if (t.kind === "num") return t.value;
    if (t.value === "(") {
      const v = this.expression();
      if (this.#tokens[this.#pos++]?.value !== ")") throw new Error("missing )");
      return v;
    }
    throw new Error(`unexpected ${t.value}`);
  }
}

/** The value of an arithmetic string, or undefined when the string is not one. */
export function evaluateArithmetic(text: string): number | undefined {
  const tokens = tokenize(text.trim());
  if (!tokens || tokens.length === 0) return undefined;
  try {
    const parser = new Parser(tokens);
    const value = parser.expression();
    return parser.done ? value : undefined;
  } catch {
    return undefined;
  }
}
