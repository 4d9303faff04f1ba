import type { ClassifierInput } from './document';
import { wordsOf } from './document';
import { FeatureHasher, weighTfIdf, type FeatureSpec } from './features';
import { inVocabulary } from './vocabulary';

/** A linear classifier over hashed tf-idf features. */
export interface ClassifierModel {
  labels: string[];
  features: FeatureSpec;
  /** Inverse document frequency per bucket; 0 for buckets never seen in training. */
  idf: Float32Array;
  /** Bitset of hashed training words; raw input keeps only these (see vocabulary.ts). */
  vocabulary: Uint32Array;
  /** buckets × labels, row-major by bucket so one feature's class weights sit together. */
  weights: Float32Array;
  bias: Float32Array;
  metadata: ModelMetadata;
}

export interface ModelMetadata {
  trainedRows: number;
  seed: number;
  attribution?: string;
}

export interface LabelScore {
  label: string;
  score: number;
}

export interface Prediction {
  label: string;
  /** Probability of `label` (softmax over the classes). */
  confidence: number;
  /** The three most likely labels, best first. */
  top: LabelScore[];
  /** Every label, best first: what a mapping into another taxonomy sums. */
  scores: LabelScore[];
}

const TOP_COUNT = 3;

/** Class probabilities for one weighted feature vector, written into `out`. */
export function classProbabilities(
  model: ClassifierModel,
  indices: Int32Array,
  values: Float32Array,
  out: Float64Array,
): Float64Array {
  const classes = model.labels.length;
  for (let c = 0; c < classes; c++) out[c] = model.bias[c];
  for (let i = 0; i < indices.length; i++) {
    const row = indices[i] * classes;
    const value = values[i];
    for (let c = 0; c < classes; c++) out[c] += model.weights[row + c] * value;
  }
  let max = -Infinity;
  for (let c = 0; c < classes; c++) max = Math.max(max, out[c]);
  let sum = 0;
  for (let c = 0; c < classes; c++) {
    out[c] = Math.exp(out[c] - max);
    sum += out[c];
  }
  for (let c = 0; c < classes; c++) out[c] /= sum;
  return out;
}

/** A ready-to-use classifier; holds scratch buffers, so use one per thread of work. */
export class Classifier {
  private readonly hasher: FeatureHasher;
  private readonly scores: Float64Array;

  constructor(readonly model: ClassifierModel) {
    this.hasher = new FeatureHasher(model.features);
    this.scores = new Float64Array(model.labels.length);
  }

  predict(input: ClassifierInput): Prediction {
    const words = wordsOf(input, this.model.features.titleRepeats).filter((word) =>
      inVocabulary(this.model.vocabulary, word),
    );
    const vector = weighTfIdf(this.hasher.countsOf(words), this.model.idf);
    classProbabilities(this.model, vector.indices, vector.values, this.scores);
    const ranked = this.model.labels
      .map((label, c) => ({ label, score: this.scores[c] }))
      .sort((a, b) => b.score - a.score);
    return {
      label: ranked[0].label,
      confidence: ranked[0].score,
      top: ranked.slice(0, TOP_COUNT),
      scores: ranked,
    };
  }
}
