import { mix32 } from '../hash';
import { containmentFromJaccard, estimatedJaccard } from './minhash';

export interface LshShape {
  /** MinHash signature length. */
  signatureSize: number;
  /** Bands of signatureSize / bands rows; two items are candidates when any band is equal. */
  bands: number;
}

export interface Match {
  ordinal: number;
  setSize: number;
  jaccard: number;
  containment: number;
}

const EMPTY = -1;
const INITIAL_CAPACITY = 1024;
const MAGIC = 0x4c534831; // "LSH1"
// Bounds the work of one query when a band value is shared by very many items.
const MAX_CANDIDATES = 4096;

/**
 * MinHash-LSH index over dense ordinals 0..count-1, held entirely in typed arrays: signatures,
 * set sizes, one bucket-head table for all bands and a per-band "next" chain. No per-item JS
 * objects, so a million items cost about (4·signatureSize + 4·bands + 4) bytes each plus the heads.
 */
export class LshIndex {
  private readonly rows: number;
  private capacity = 0;
  private tableMask = 0;
  private signatures = new Uint32Array(0);
  private setSizes = new Uint32Array(0);
  private heads = new Int32Array(0);
  private next = new Int32Array(0);
  private stamps = new Uint32Array(0);
  private stamp = 0;
  private size = 0;

  constructor(readonly shape: LshShape) {
    if (shape.signatureSize % shape.bands !== 0) {
      throw new Error('signatureSize must be a multiple of bands');
    }
    this.rows = shape.signatureSize / shape.bands;
    this.grow(INITIAL_CAPACITY);
  }

  get count(): number {
    return this.size;
  }

  /** Adds an item; returns its ordinal (the number of items added before it). */
  add(signature: Uint32Array, setSize: number): number {
    if (this.size === this.capacity) this.grow(this.capacity * 2);
    const ordinal = this.size++;
    this.signatures.set(
      signature.subarray(0, this.shape.signatureSize),
      ordinal * this.shape.signatureSize,
    );
    this.setSizes[ordinal] = setSize;
    this.link(ordinal);
    return ordinal;
  }

  /** Matches sharing at least one band with `signature`, each with its estimated similarity. */
  query(signature: Uint32Array, setSize: number): Match[] {
    const { signatureSize, bands } = this.shape;
    const matches: Match[] = [];
    if (++this.stamp === 0xffffffff) this.resetStamps();
    let examined = 0;
    for (let band = 0; band < bands && examined < MAX_CANDIDATES; band++) {
      const slot =
        band * (this.tableMask + 1) + (this.bandHash(signature, 0, band) & this.tableMask);
      for (let o = this.heads[slot]; o !== EMPTY; o = this.next[o * bands + band]) {
        if (this.stamps[o] === this.stamp || !this.bandEquals(signature, o, band)) continue;
        this.stamps[o] = this.stamp;
        const jaccard = estimatedJaccard(
          signature,
          this.signatures,
          o * signatureSize,
          signatureSize,
        );
        const containment = containmentFromJaccard(jaccard, setSize, this.setSizes[o]);
        matches.push({ ordinal: o, setSize: this.setSizes[o], jaccard, containment });
        if (++examined >= MAX_CANDIDATES) break;
      }
    }
    return matches;
  }

  /** Snapshot of the items; chains are rebuilt on load, so only signatures and sizes are kept. */
  serialize(): Uint8Array {
    const { signatureSize, bands } = this.shape;
    const header = new Uint32Array([MAGIC, signatureSize, bands, this.size]);
    const out = new Uint8Array(16 + this.size * (signatureSize + 1) * 4);
    out.set(new Uint8Array(header.buffer), 0);
    const signatures = this.signatures.subarray(0, this.size * signatureSize);
    out.set(new Uint8Array(signatures.buffer, signatures.byteOffset, signatures.byteLength), 16);
    const sizes = this.setSizes.subarray(0, this.size);
    out.set(
      new Uint8Array(sizes.buffer, sizes.byteOffset, sizes.byteLength),
      16 + signatures.byteLength,
    );
    return out;
  }

  static deserialize(bytes: Uint8Array): LshIndex {
    const aligned = new Uint8Array(bytes);
    const words = new Uint32Array(aligned.buffer, 0, aligned.byteLength >>> 2);
    const [magic, signatureSize, bands, count] = words;
    if (magic !== MAGIC) throw new Error('not an LSH index snapshot');
    if (aligned.byteLength < 16 + count * (signatureSize + 1) * 4) {
      throw new Error('LSH index snapshot is truncated');
    }
    const index = new LshIndex({ signatureSize, bands });
    const sizesAt = 4 + count * signatureSize;
    for (let o = 0; o < count; o++) {
      index.add(
        words.subarray(4 + o * signatureSize, 4 + (o + 1) * signatureSize),
        words[sizesAt + o],
      );
    }
    return index;
  }

  private bandHash(signature: Uint32Array, offset: number, band: number): number {
    let hash = mix32(band + 1);
    const start = offset + band * this.rows;
    for (let i = start; i < start + this.rows; i++) hash = mix32(hash ^ signature[i]);
    return hash;
  }

  private bandEquals(signature: Uint32Array, ordinal: number, band: number): boolean {
    const stored = ordinal * this.shape.signatureSize + band * this.rows;
    const start = band * this.rows;
    for (let i = 0; i < this.rows; i++) {
      if (signature[start + i] !== this.signatures[stored + i]) return false;
    }
    return true;
  }

  private link(ordinal: number): void {
    const { signatureSize, bands } = this.shape;
    for (let band = 0; band < bands; band++) {
      const hash = this.bandHash(this.signatures, ordinal * signatureSize, band);
      const slot = band * (this.tableMask + 1) + (hash & this.tableMask);
      this.next[ordinal * bands + band] = this.heads[slot];
      this.heads[slot] = ordinal;
    }
  }

  private grow(capacity: number): void {
    const { signatureSize, bands } = this.shape;
    const signatures = new Uint32Array(capacity * signatureSize);
    signatures.set(this.signatures);
    const setSizes = new Uint32Array(capacity);
    setSizes.set(this.setSizes);
    const stamps = new Uint32Array(capacity);
    stamps.set(this.stamps);
    this.signatures = signatures;
    this.setSizes = setSizes;
    this.stamps = stamps;
    this.capacity = capacity;
    // Bucket tables sized to the capacity keep chains short; growing rebuilds them in order.
    this.tableMask = capacity - 1;
    this.heads = new Int32Array(bands * capacity).fill(EMPTY);
    this.next = new Int32Array(bands * capacity);
    for (let o = 0; o < this.size; o++) this.link(o);
  }

  private resetStamps(): void {
    this.stamps.fill(0);
    this.stamp = 1;
  }
}
