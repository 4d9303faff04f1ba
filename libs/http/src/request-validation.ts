import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { parseLocalised, preferredLocale, type FieldError, type Locale } from '@opinion/contracts';
import { z } from 'zod';

/** Translations of the message codes a schema uses for its own rules. */
export type MessageCatalogue = Record<string, Record<Locale, string>>;

/** A request that does not parse: 400 with `{ errors: [{ field, message }] }`. */
export class RequestValidationError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((error) => `${error.field}: ${error.message}`).join('; '));
    this.name = 'RequestValidationError';
  }
}

/** The parts of express's request these helpers read. */
export interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  query?: unknown;
}

export const headerOf = (request: RequestLike, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

export const localeOf = (request: RequestLike): Locale =>
  preferredLocale(headerOf(request, 'accept-language'));

/** Parses input with a contracts schema, or throws its field errors in the reader's language. */
export function parseRequest<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  locale: Locale,
  catalogue: MessageCatalogue = {},
): z.infer<Schema> {
  const result = parseLocalised(schema, input, locale);
  if (result.success) return result.data;
  throw new RequestValidationError(
    result.errors.map((error) => ({
      field: error.field,
      message: catalogue[error.message]?.[locale] ?? error.message,
    })),
  );
}

export interface ValidInputOptions {
  schema: z.ZodType;
  messages?: MessageCatalogue;
}

const parseFrom =
  (part: 'body' | 'query') =>
  ({ schema, messages }: ValidInputOptions, context: ExecutionContext) => {
    const request = context.switchToHttp().getRequest<RequestLike>();
    return parseRequest(schema, request[part] ?? {}, localeOf(request), messages);
  };

/** The JSON body, parsed by a schema: unknown keys and `$` operators never reach a handler. */
export const ValidBody = createParamDecorator(parseFrom('body'));

/** The query string, parsed by a schema. */
export const ValidQuery = createParamDecorator(parseFrom('query'));
