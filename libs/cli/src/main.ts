import { buildProgram } from './program';

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    process.stderr.write(`opinion: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = process.exitCode || 1;
  });
