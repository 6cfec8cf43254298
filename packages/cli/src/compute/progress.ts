/** A progress bar on stderr: redrawn in place on a terminal, a line per 10 % otherwise. */
export function progressBar(totalBytes: number, stream: NodeJS.WriteStream | undefined) {
  const started = performance.now();
  let bytes = 0;
  let households = 0;
  let lastDraw = 0;
  let lastDecile = -1;
  const draw = (final: boolean) => {
    if (!stream) return;
    const ratio = totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 1;
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(households / seconds) : 0;
    const text =
      `${(ratio * 100).toFixed(0).padStart(3)} % · ${households.toLocaleString("fr-FR")} ` +
      `foyers · ${rate.toLocaleString("fr-FR")} foyers/s`;
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round(ratio * width);
      stream.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${text}${final ? "\n" : ""}`);
    } else {
      const decile = Math.floor(ratio * 10);
      if (decile > lastDecile) {
        lastDecile = decile;
        stream.write(`${text}\n`);
      }
    }
  };
  return {
    bytes(n: number) {
      bytes += n;
    },
    households(n: number) {
      households += n;
      const now = performance.now();
      if (now - lastDraw > 200) {
        lastDraw = now;
        draw(false);
      }
    },
    done() {
      bytes = totalBytes;
      draw(true);
    },
  };
}
