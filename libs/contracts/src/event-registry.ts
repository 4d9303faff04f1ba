import { z } from 'zod';
import { eventEnvelopeSchema, type EventEnvelope } from './envelope';

/** Turns a payload of version n into the payload of version n + 1. */
export type Upcaster = (data: unknown) => unknown;

interface TypeEntry {
  schemas: Map<number, z.ZodType>;
  upcasters: Map<number, Upcaster>;
  latest: number;
}

export class UnknownEventTypeError extends Error {
  constructor(
    readonly type: string,
    readonly version: number,
  ) {
    super(`Unknown event type ${type} v${version}`);
    this.name = 'UnknownEventTypeError';
  }
}

export class InvalidEventError extends Error {
  constructor(
    readonly type: string,
    readonly issues: string[],
  ) {
    super(`Invalid ${type} event: ${issues.join('; ')}`);
    this.name = 'InvalidEventError';
  }
}

const describeIssues = (error: z.ZodError): string[] =>
  error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);

/**
 * Maps (type, version) to the schema of `data`. Old versions stay registered forever; reading
 * runs the upcasters so callers only ever see the latest version of each type.
 */
export class EventRegistry {
  private readonly types = new Map<string, TypeEntry>();

  register<Schema extends z.ZodType>(type: string, version: number, schema: Schema): this {
    const entry = this.types.get(type) ?? { schemas: new Map(), upcasters: new Map(), latest: 0 };
    if (entry.schemas.has(version)) throw new Error(`${type} v${version} is registered twice`);
    entry.schemas.set(version, schema);
    entry.latest = Math.max(entry.latest, version);
    this.types.set(type, entry);
    return this;
  }

  /** Registers a context's event types at one version, each type with its payload schema. */
  registerAll(version: number, schemas: Readonly<Record<string, z.ZodType>>): this {
    for (const [type, schema] of Object.entries(schemas)) this.register(type, version, schema);
    return this;
  }

  /** Registers how to read version `from` as version `from + 1`. */
  upcast(type: string, from: number, upcaster: Upcaster): this {
    const entry = this.types.get(type);
    if (!entry?.schemas.has(from) || !entry.schemas.has(from + 1)) {
      throw new Error(`register ${type} v${from} and v${from + 1} before their upcaster`);
    }
    entry.upcasters.set(from, upcaster);
    return this;
  }

  latestVersion(type: string): number {
    const entry = this.types.get(type);
    if (!entry) throw new UnknownEventTypeError(type, 0);
    return entry.latest;
  }

  has(type: string): boolean {
    return this.types.has(type);
  }

  /** Checks a payload against the schema of exactly its (type, version); returns the parsed data. */
  validate(type: string, version: number, data: unknown): unknown {
    const schema = this.types.get(type)?.schemas.get(version);
    if (!schema) throw new UnknownEventTypeError(type, version);
    const result = schema.safeParse(data);
    if (!result.success) throw new InvalidEventError(type, describeIssues(result.error));
    return result.data;
  }

  /** Validates a stored or received envelope and upcasts its payload to the latest version. */
  read(raw: unknown): EventEnvelope {
    const parsed = eventEnvelopeSchema.safeParse(raw);
    if (!parsed.success) {
      const type = typeof raw === 'object' && raw && 'type' in raw ? String(raw.type) : 'unknown';
      throw new InvalidEventError(type, describeIssues(parsed.error));
    }
    const envelope = parsed.data;
    let data = this.validate(envelope.type, envelope.version, envelope.data);
    let version = envelope.version;
    const entry = this.types.get(envelope.type)!;
    while (version < entry.latest) {
      const upcaster = entry.upcasters.get(version);
      if (!upcaster) throw new Error(`no upcaster from ${envelope.type} v${version}`);
      version += 1;
      data = this.validate(envelope.type, version, upcaster(data));
    }
    return { ...envelope, version, data };
  }
}
