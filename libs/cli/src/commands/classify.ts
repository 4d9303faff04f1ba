import type { Command } from 'commander';
import { Classifier, DEFAULT_MODEL_PATH, readModelFile } from '@opinion/text';
import { itemLine } from './item-schema';
import { readJsonLines, requireFile, rounded, writeJsonLine } from './jsonl';

export function registerClassifyCommand(program: Command): void {
  program
    .command('classify')
    .description('classify JSONL items {id,title,body}; prints {id,label,confidence,top}')
    .requiredOption('--input <file.jsonl>', 'items to classify')
    .option('--model <model path>', 'model file', DEFAULT_MODEL_PATH)
    .action(async (options: { input: string; model: string }, command: Command) => {
      requireFile(command, options.model);
      requireFile(command, options.input);
      const classifier = new Classifier(readModelFile(options.model));
      for await (const item of readJsonLines(options.input, itemLine)) {
        const prediction = classifier.predict({ title: item.title, body: item.body });
        await writeJsonLine({
          id: item.id,
          label: prediction.label,
          confidence: rounded(prediction.confidence),
          top: prediction.top.map(({ label, score }) => ({ label, score: rounded(score) })),
        });
      }
    });
}
