// Classifier quality: trains with `opinion train` on the segmented training file only, classifies
// the raw-text dev file with `opinion classify`, and prints macro-F1 and per-class F1. Dev labels
// are used for scoring only. Pass --model <path> to score an existing model instead of training.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
}

main();
