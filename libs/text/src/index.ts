export { normaliseText, compactText } from './normalise/normalise';
export { foldCharacters } from './normalise/fold-characters';
export { toSimplified } from './normalise/to-simplified';
export { stripPinyinAnnotations } from './normalise/pinyin-annotations';
export { isBoilerplateLine } from './normalise/boilerplate';
export { tokenise } from './tokenise/tokenise';
export { COMMITTEE_TERMS } from './tokenise/committee-terms';
export { charNgrams, forEachCharNgramHash } from './tokenise/char-ngrams';
export { seededRandom, shuffleInPlace } from './random';
export { shingleHashes } from './dedupe/shingles';
export { MinHasher, estimatedJaccard, containmentFromJaccard } from './dedupe/minhash';
export { LshIndex, type LshShape, type Match } from './dedupe/lsh-index';
export { fingerprint, type TextItem, type Fingerprint } from './dedupe/fingerprint';
export {
  DuplicateDetector,
  DEFAULT_DUPLICATE_OPTIONS,
  type DuplicateOptions,
  type DuplicateCheck,
} from './dedupe/duplicate-detector';
export {
  IssueClusterer,
  DEFAULT_CLUSTER_OPTIONS,
  topicWords,
  type ClusterOptions,
} from './cluster/issue-clusterer';
export { hotIssues, type ClusterMember, type HotIssue } from './cluster/hot-issues';
export { wordsOf, type ClassifierInput } from './classify/document';
export {
  FeatureHasher,
  weighTfIdf,
  type FeatureSpec,
  type SparseVector,
} from './classify/features';
export {
  Classifier,
  type ClassifierModel,
  type ModelMetadata,
  type Prediction,
  type LabelScore,
} from './classify/model';
export {
  trainClassifier,
  DEFAULT_FEATURES,
  DEFAULT_TRAINING,
  type LabelledInput,
  type TrainingOptions,
} from './classify/train';
export {
  evaluate,
  compareModels,
  type Evaluation,
  type ClassScore,
  type Comparison,
} from './classify/evaluate';
export { encodeModel, decodeModel } from './classify/model-file';
export { DEFAULT_MODEL_PATH, readModelFile, readDefaultModel } from './classify/default-model';
export { scorePredictions, type PredictedRow } from './classify/prediction-scores';
export {
  COMMITTEE_DOMAINS,
  DEFAULT_TAXONOMY,
  predictionInTaxonomy,
  taxonomyLabelOf,
  type LabelMapping,
  type Taxonomy,
} from './classify/taxonomy';
