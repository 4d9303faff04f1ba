import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { encodeModel, evaluate, trainClassifier, type LabelledInput } from '@opinion/text';
import { readJsonLines, requireFile } from './jsonl';

const ATTRIBUTION_OPTION = '--attribution <text>';

const trainingLine = z.union([
  z.object({ tokens: z.string(), label: z.string().min(1) }),
  z.object({ title: z.string().optional(), body: z.string(), label: z.string().min(1) }),
]);

export function registerTrainCommand(program: Command): void {
  program
    .command('train')
    .description('train a classifier from JSONL rows {tokens,label} or {title,body,label}')
    .requiredOption('--input <file.jsonl>', 'training rows')
    .requiredOption('--out <model path>', 'where to write the model')
    .option(ATTRIBUTION_OPTION, 'provenance note stored in the model')
    .action(
      async (options: { input: string; out: string; attribution?: string }, command: Command) => {
        requireFile(command, options.input);
        const rows: LabelledInput[] = [];
        for await (const row of readJsonLines(options.input, trainingLine)) rows.push(row);
        const model = trainClassifier(rows);
        if (options.attribution) model.metadata.attribution = options.attribution;
        writeFileSync(options.out, encodeModel(model));
        const { macroF1 } = evaluate(model, rows);
        process.stderr.write(
          `trained on ${rows.length} rows, ${model.labels.length} labels; training-set macro-F1 ${macroF1.toFixed(4)}\n`,
        );
      },
    );
}
