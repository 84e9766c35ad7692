/**
 * A small seeded random source, so that a session link reproduces the same
 * questions and the same choice order on every reader's machine. Math.random
 * cannot be seeded, and the order must not depend on the browser.
 */

/** A 32-bit hash of a string (FNV-1a): turns "K7F2Q" plus a question id into a seed. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a fast generator with a 32-bit state, good enough to shuffle a quiz. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates); the input is left as it is. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

const SEED_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A short seed a reader can read aloud: no 0/o, 1/l/i. */
export function newSeed(random: () => number = Math.random): string {
  let seed = '';
  for (let index = 0; index < 6; index += 1) seed += SEED_ALPHABET[Math.floor(random() * SEED_ALPHABET.length)];
  return seed;
}

export const SEED_PATTERN = /^[a-z0-9]{1,16}$/;
