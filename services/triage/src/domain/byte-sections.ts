/**
 * Several byte arrays as one: their count and lengths (uint32, little-endian), then their bytes
 * in order. Reading checks that the lengths account for every byte, so a truncated or padded
 * blob is refused rather than misread.
 */
export function joinSections(sections: readonly Uint8Array[]): Uint8Array {
  const headerBytes = 4 * (1 + sections.length);
  const total = sections.reduce((sum, section) => sum + section.byteLength, headerBytes);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, sections.length, true);
  let at = headerBytes;
  sections.forEach((section, i) => {
    view.setUint32(4 * (1 + i), section.byteLength, true);
    out.set(section, at);
    at += section.byteLength;
  });
  return out;
}

export function splitSections(bytes: Uint8Array): Uint8Array[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = bytes.byteLength >= 4 ? view.getUint32(0, true) : -1;
  const headerBytes = 4 * (1 + count);
  if (count < 0 || headerBytes > bytes.byteLength) throw new Error('not a sectioned blob');
  const sections: Uint8Array[] = [];
  let at = headerBytes;
  for (let i = 0; i < count; i++) {
    const length = view.getUint32(4 * (1 + i), true);
    sections.push(bytes.subarray(at, at + length));
    at += length;
  }
  if (at !== bytes.byteLength) throw new Error('sectioned blob lengths do not match its size');
  return sections;
}
