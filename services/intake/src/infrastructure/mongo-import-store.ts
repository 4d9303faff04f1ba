import type { Collection, Connection } from 'mongoose';
import type { ImportStore, StoredRowProblem } from '../application/import/import-ports';
import type { ImportProgress, ImportRecord } from '../application/import/import-record';
import type { RowProblem } from '../application/import/row-validation';

type ImportDocument = Omit<ImportRecord, 'importId'> & { _id: string };
type ProblemDocument = StoredRowProblem & { importId: string };

const IMPORTS = 'intake_imports';
const PROBLEMS = 'intake_import_problems';

/** Imports, one document each, and their row reports, one document per problem (paged reads). */
export class MongoImportStore implements ImportStore {
  private constructor(
    private readonly imports: Collection<ImportDocument>,
    private readonly rowProblems: Collection<ProblemDocument>,
  ) {}

  static async open(connection: Connection): Promise<MongoImportStore> {
    const imports = connection.collection<ImportDocument>(IMPORTS);
    const problems = connection.collection<ProblemDocument>(PROBLEMS);
    await imports.createIndex({ status: 1 });
    await problems.createIndex({ importId: 1, index: 1 });
    return new MongoImportStore(imports, problems);
  }

  async create({ importId, ...record }: ImportRecord): Promise<void> {
    await this.imports.insertOne({ _id: importId, ...record });
  }

  async get(importId: string): Promise<ImportRecord | null> {
    const document = await this.imports.findOne({ _id: importId });
    if (!document) return null;
    const { _id, ...record } = document;
    return { importId: _id, ...record };
  }

  async start(importId: string, total: number, ignoredColumns: string[]): Promise<void> {
    await this.imports.updateOne(
      { _id: importId },
      {
        $set: {
          status: 'running',
          'progress.total': total,
          ignoredColumns,
          startedAt: new Date(),
        },
      },
    );
  }

  async checkpoint(
    importId: string,
    progress: ImportProgress,
    problems: StoredRowProblem[],
  ): Promise<void> {
    if (problems.length > 0) {
      await this.rowProblems.insertMany(problems.map((problem) => ({ importId, ...problem })));
    }
    await this.imports.updateOne({ _id: importId }, { $set: { progress } });
  }

  async discardProblemsFrom(importId: string, index: number): Promise<void> {
    await this.rowProblems.deleteMany({ importId, index: { $gte: index } });
  }

  async finish(importId: string, status: 'done' | 'failed', error?: string): Promise<void> {
    await this.imports.updateOne(
      { _id: importId },
      { $set: { status, finishedAt: new Date(), ...(error && { error }) } },
    );
  }

  async problems(importId: string, offset: number, limit: number) {
    const [total, documents] = await Promise.all([
      this.rowProblems.countDocuments({ importId }),
      this.rowProblems
        .find({ importId })
        .sort({ index: 1, _id: 1 })
        .skip(offset)
        .limit(limit)
        .toArray(),
    ]);
    const items = documents.map(({ row, field, column, message }): RowProblem => ({
      row,
      field,
      ...(column && { column }),
      message,
    }));
    return { total, items };
  }

  async pending(): Promise<string[]> {
    const documents = await this.imports
      .find({ status: { $in: ['queued', 'running'] } }, { projection: { _id: 1 } })
      .toArray();
    return documents.map((document) => document._id);
  }
}
