// Classifier quality: trains with `opinion train` on the segmented training file only, classifies
// the raw-text dev file with `opinion classify`, and prints macro-F1 and per-class F1. Dev labels
// are used for scoring only. Pass --model <path> to score an existing model instead of training.
// Pass --cv <k> to also cross-validate the default training options on the training file alone:
// near-duplicates stay in one fold, since the file repeats some messages and dev never does.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DuplicateDetector,
  evaluate,
  seededRandom,
  shuffleInPlace,
  trainClassifier,
} from '@opinion/text';
import { DATA_DIR, readJsonl } from './data';

const CLI = join(__dirname, '../../bin/opinion.js');

interface DevRow {
  id: string;
  title: string;
  body: string;
  label: string;
}

function runCli(args: string[]): string {
  return execFileSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

function f1Table(rows: DevRow[], predicted: Map<string, string>): void {
  const labels = [...new Set(rows.map((row) => row.label))].sort();
  let macro = 0;
  let correct = 0;
  for (const label of labels) {
    const tp = rows.filter((r) => r.label === label && predicted.get(r.id) === label).length;
    const predictedCount = rows.filter((r) => predicted.get(r.id) === label).length;
    const actual = rows.filter((r) => r.label === label).length;
    const precision = tp / Math.max(1, predictedCount);
    const recall = tp / Math.max(1, actual);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    macro += f1 / labels.length;
    correct += tp;
    console.log(
      `  ${label.padEnd(8, '　')} P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (${actual})`,
    );
  }
  console.log(
    `macro-F1 ${macro.toFixed(4)}  accuracy ${(correct / rows.length).toFixed(4)}  on ${rows.length} dev rows`,
  );
}

interface TrainRow {
  tokens: string;
  label: string;
}

/** Fold of each row: rows that repeat an earlier row (MinHash duplicates) share its fold. */
function groupedFolds(rows: readonly TrainRow[], folds: number): number[] {
  const detector = new DuplicateDetector();
  const group = rows.map((_, i) => i);
  rows.forEach((row, i) => {
    const { duplicateOf } = detector.add({ body: row.tokens.replace(/ /g, '') });
    if (duplicateOf !== null) group[i] = group[duplicateOf];
  });
  const leaders = shuffleInPlace([...new Set(group)], seededRandom(7));
  const foldOf = new Map(leaders.map((leader, i) => [leader, i % folds]));
  return group.map((leader) => foldOf.get(leader) as number);
}

function crossValidate(folds: number): void {
  const rows = readJsonl<TrainRow>('classify-train-segmented.jsonl');
  const fold = groupedFolds(rows, folds);
  const scores: number[] = [];
  for (let k = 0; k < folds; k++) {
    const model = trainClassifier(rows.filter((_, i) => fold[i] !== k));
    scores.push(
      evaluate(
        model,
        rows.filter((_, i) => fold[i] === k),
      ).macroF1,
    );
  }
  const mean = scores.reduce((sum, score) => sum + score, 0) / folds;
  console.log(
    `${folds}-fold grouped cross-validation on the training file: macro-F1 ${mean.toFixed(4)} (${scores.map((score) => score.toFixed(3)).join(', ')})`,
  );
}

function main(): void {
  const modelFlag = process.argv.indexOf('--model');
  const model =
    modelFlag > 0
      ? process.argv[modelFlag + 1]
      : join(tmpdir(), 'opinion-classifier-bench.model.gz');
  if (modelFlag < 0) {
    const started = Date.now();
    runCli(['train', '--input', join(DATA_DIR, 'classify-train-segmented.jsonl'), '--out', model]);
    console.log(`trained in ${((Date.now() - started) / 1000).toFixed(1)} s → ${model}`);
  }
  const dev = readJsonl<DevRow>('classify-dev-raw.jsonl');
  const input = join(tmpdir(), 'opinion-classifier-bench-dev.jsonl');
  writeFileSync(
    input,
    dev.map(({ id, title, body }) => JSON.stringify({ id, title, body })).join('\n'),
  );
  const output = runCli(['classify', '--model', model, '--input', input]);
  const predicted = new Map<string, string>();
  for (const line of output.trim().split('\n')) {
    const { id, label } = JSON.parse(line) as { id: string; label: string };
    predicted.set(id, label);
  }
  f1Table(dev, predicted);
  const cvFlag = process.argv.indexOf('--cv');
  if (cvFlag > 0) crossValidate(Number(process.argv[cvFlag + 1]));
}

main();
