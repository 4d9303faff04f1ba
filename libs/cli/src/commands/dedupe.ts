import type { Command } from 'commander';
import { DuplicateDetector, IssueClusterer } from '@opinion/text';
import { itemLine } from './item-schema';
import { readJsonLines, requireFile, rounded, writeJsonLine } from './jsonl';

export function registerDedupeCommand(program: Command): void {
  program
    .command('dedupe')
    .description('find near-duplicates and same-issue clusters in JSONL items, in arrival order')
    .requiredOption('--input <file.jsonl>', 'items {id,title,body} in arrival order')
    .action(async (options: { input: string }, command: Command) => {
      requireFile(command, options.input);
      const detector = new DuplicateDetector();
      const clusterer = new IssueClusterer();
      const ids: (string | number)[] = [];
      for await (const item of readJsonLines(options.input, itemLine)) {
        const text = { title: item.title, body: item.body };
        const check = detector.add(text);
        const cluster = clusterer.assign(text, check.duplicateOf);
        ids.push(item.id);
        await writeJsonLine({
          id: item.id,
          duplicateOf: check.duplicateOf === null ? null : ids[check.duplicateOf],
          similarity: rounded(check.similarity, 3),
          clusterId: ids[cluster],
        });
      }
    });
}
