import { createReadStream, existsSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import type { z } from 'zod';

/** Usage errors (missing or unreadable file) exit with 2 and the command's help, like bad flags. */
export function requireFile(command: Command, path: string): void {
  if (!existsSync(path)) command.error(`error: file not found: ${path}`, { exitCode: 2 });
}

/**
 * Streams a JSONL file, validating each non-blank line; a malformed line stops the run with an
 * error naming its line number.
 */
export async function* readJsonLines<T>(path: string, schema: z.ZodType<T>): AsyncGenerator<T> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim().length === 0) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new Error(`${path}:${lineNumber}: malformed JSON`);
    }
    const result = schema.safeParse(parsed);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(`${path}:${lineNumber}: ${issue.path.join('.') || 'line'}: ${issue.message}`);
    }
    yield result.data;
  }
}

/** Writes one JSON line to stdout, waiting when the pipe is full so memory stays flat. */
export async function writeJsonLine(value: unknown): Promise<void> {
  if (!process.stdout.write(`${JSON.stringify(value)}\n`)) await once(process.stdout, 'drain');
}

export function rounded(value: number, digits = 4): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
