import { randomBytes } from "node:crypto";

/**
 * UUID version 7 (RFC 9562): 48 bits of milliseconds, then a 12-bit counter (rand_a), then
 * randomness, so ids sort by creation time as text on both engines without an
 * engine-specific sequence. Within one process they strictly increase (RFC 9562 §6.2,
 * method 1): two ids of the same millisecond take the counter's next value instead of
 * random bits, so the audit log's order by id is the order of writing. An explicit instant
 * (a seed's history) gets random bits there and leaves that state alone.
 */
let lastMs = -1;
let counter = 0;

export function uuidv7(at?: number): string {
  let ms: number;
  let seq: number;
  if (at !== undefined) {
    ms = at;
    seq = randomBytes(2).readUInt16BE(0) & 0xfff;
  } else {
    ms = Date.now();
    if (ms <= lastMs) {
      // The same millisecond, or a clock stepped back: the next value after the last id.
      ms = lastMs;
      counter += 1;
      if (counter > 0xfff) {
        ms += 1;
        counter = 0;
      }
    } else {
      // A fresh millisecond starts the counter low, leaving room for the ids that follow.
      counter = randomBytes(2).readUInt16BE(0) & 0x7ff;
    }
    lastMs = ms;
    seq = counter;
  }
  const bytes = randomBytes(16);
  const big = BigInt(ms);
  for (let i = 0; i < 6; i++) bytes[i] = Number((big >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = 0x70 | (seq >> 8);
  bytes[7] = seq & 0xff;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function nowIso(): string {
  return new Date().toISOString();
}
