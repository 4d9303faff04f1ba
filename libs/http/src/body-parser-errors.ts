import { preferredLocale } from '@opinion/contracts';

interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
}
interface ResponseLike {
  status(code: number): ResponseLike;
  json(body: unknown): void;
}
type Next = (error?: unknown) => void;

const MESSAGES = {
  tooLarge: { 'zh-CN': '请求内容过大', en: 'Request body too large' },
  malformed: { 'zh-CN': '请求内容不是有效的 JSON', en: 'Request body is not valid JSON' },
};

/**
 * Express error middleware for body-parser failures (too large: 413, malformed JSON: 400),
 * answered in the API's error shape. Mount it right after the parser.
 */
export function bodyParserErrors(
  error: unknown,
  request: RequestLike,
  response: ResponseLike,
  next: Next,
): void {
  const type = (error as { type?: string } | null)?.type;
  const accept = request.headers['accept-language'];
  const locale = preferredLocale(Array.isArray(accept) ? accept[0] : accept);
  if (type === 'entity.too.large') {
    response.status(413).json({ errors: [{ field: '', message: MESSAGES.tooLarge[locale] }] });
  } else if (type === 'entity.parse.failed') {
    response.status(400).json({ errors: [{ field: '', message: MESSAGES.malformed[locale] }] });
  } else {
    next(error);
  }
}
