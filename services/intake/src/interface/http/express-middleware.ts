import type { IntakeMetrics } from '../../infrastructure/metrics';

interface Request {
  method: string;
  route?: { path?: string };
}
interface Response {
  statusCode: number;
  status(code: number): Response;
  json(body: unknown): void;
  on(event: 'finish', listener: () => void): void;
}
type Next = (error?: unknown) => void;

/** Answers body-parser failures (too large: 413, malformed JSON: 400) in the API's error shape. */
export function bodyParserErrors(
  error: unknown,
  _request: Request,
  response: Response,
  next: Next,
) {
  const failure = error as { type?: string; status?: number; message?: string };
  if (failure?.type === 'entity.too.large') {
    response.status(413).json({ errors: [{ field: '', message: 'request body too large' }] });
  } else if (failure?.type === 'entity.parse.failed') {
    response.status(400).json({ errors: [{ field: '', message: 'malformed JSON' }] });
  } else {
    next(error);
  }
}

/** Times every request by its route pattern (not its path, to keep label values few). */
export const httpMetrics =
  (metrics: IntakeMetrics) => (request: Request, response: Response, next: Next) => {
    const stop = metrics.httpDuration.startTimer({ method: request.method });
    response.on('finish', () =>
      stop({ route: request.route?.path ?? 'unmatched', status: String(response.statusCode) }),
    );
    next();
  };
