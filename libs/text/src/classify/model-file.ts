import { gunzipSync, gzipSync } from 'node:zlib';
import type { FeatureSpec } from './features';
import type { ClassifierModel, ModelMetadata } from './model';

// Binary, gzipped: "OPCM", header length, JSON header, then the vocabulary bitset, idf as uint8
// and weights as int8 with one scale per class. Quantising keeps the shipped model at about a
// megabyte; weights too small for int8 become 0 and compress away.
const MAGIC = 0x4d43504f; // "OPCM" little-endian
const FORMAT_VERSION = 1;

interface Header {
  version: number;
  labels: string[];
  features: FeatureSpec;
  metadata: ModelMetadata;
  bias: number[];
  weightScales: number[];
  idfScale: number;
  vocabularyWords: number;
}

function maxAbs(values: Float32Array, start: number, stride: number): number {
  let max = 0;
  for (let i = start; i < values.length; i += stride) max = Math.max(max, Math.abs(values[i]));
  return max;
}

export function encodeModel(model: ClassifierModel): Buffer {
  const classes = model.labels.length;
  const buckets = model.features.buckets;
  const weightScales = model.labels.map((_, c) => maxAbs(model.weights, c, classes) / 127 || 1);
  const idfScale = maxAbs(model.idf, 0, 1) / 255 || 1;
  const header: Header = {
    version: FORMAT_VERSION,
    labels: model.labels,
    features: model.features,
    metadata: model.metadata,
    bias: Array.from(model.bias),
    weightScales,
    idfScale,
    vocabularyWords: model.vocabulary.length,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const headerEnd = 8 + Math.ceil(headerBytes.length / 4) * 4;
  const vocabularyBytes = model.vocabulary.length * 4;
  const out = Buffer.alloc(headerEnd + vocabularyBytes + buckets + buckets * classes);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(headerBytes.length, 4);
  headerBytes.copy(out, 8);
  Buffer.from(model.vocabulary.buffer, model.vocabulary.byteOffset, vocabularyBytes).copy(
    out,
    headerEnd,
  );
  const idfAt = headerEnd + vocabularyBytes;
  for (let i = 0; i < buckets; i++) out[idfAt + i] = Math.round(model.idf[i] / idfScale);
  const weights = new Int8Array(out.buffer, out.byteOffset + idfAt + buckets, buckets * classes);
  for (let i = 0; i < weights.length; i++) {
    weights[i] = Math.round(model.weights[i] / weightScales[i % classes]);
  }
  return gzipSync(out, { level: 9 });
}

export function decodeModel(file: Uint8Array): ClassifierModel {
  const bytes = gunzipSync(file);
  if (bytes.length < 8 || bytes.readUInt32LE(0) !== MAGIC)
    throw new Error('not a classifier model');
  const headerLength = bytes.readUInt32LE(4);
  const header = JSON.parse(bytes.subarray(8, 8 + headerLength).toString('utf8')) as Header;
  if (header.version !== FORMAT_VERSION) {
    throw new Error(`unsupported model format version ${header.version}`);
  }
  const classes = header.labels.length;
  const buckets = header.features.buckets;
  const headerEnd = 8 + Math.ceil(headerLength / 4) * 4;
  const vocabulary = new Uint32Array(header.vocabularyWords);
  Buffer.from(vocabulary.buffer).set(bytes.subarray(headerEnd, headerEnd + vocabulary.length * 4));
  const idfAt = headerEnd + vocabulary.length * 4;
  const idf = new Float32Array(buckets);
  for (let i = 0; i < buckets; i++) idf[i] = bytes[idfAt + i] * header.idfScale;
  const quantised = new Int8Array(
    bytes.buffer,
    bytes.byteOffset + idfAt + buckets,
    buckets * classes,
  );
  const weights = new Float32Array(buckets * classes);
  for (let i = 0; i < weights.length; i++)
    weights[i] = quantised[i] * header.weightScales[i % classes];
  return {
    labels: header.labels,
    features: header.features,
    idf,
    vocabulary,
    weights,
    bias: Float32Array.from(header.bias),
    metadata: header.metadata,
  };
}
