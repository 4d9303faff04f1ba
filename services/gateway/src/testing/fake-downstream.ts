import type {
  Downstream,
  DownstreamName,
  ForwardRequest,
  ForwardResponse,
} from '../application/ports/downstream';

/** A service behind the gateway that answers what a spec tells it to and records every request. */
export class FakeDownstream implements Downstream {
  readonly requests: ForwardRequest[] = [];
  private answerFor: (request: ForwardRequest) => ForwardResponse | Promise<ForwardResponse>;

  constructor(
    readonly name: DownstreamName = 'intake',
    answer: Partial<ForwardResponse> = {},
  ) {
    this.answerFor = () => answered(answer);
  }

  /** Every request from now on gets this answer (status 200 and no headers unless given). */
  answers(answer: Partial<ForwardResponse>): this {
    this.answerFor = () => answered(answer);
    return this;
  }

  /** Every request from now on is answered by `answer`, which may throw as a service that fails. */
  answersWith(
    answer: (request: ForwardRequest) => ForwardResponse | Promise<ForwardResponse>,
  ): this {
    this.answerFor = answer;
    return this;
  }

  /** The last request sent. */
  get last(): ForwardRequest {
    const request = this.requests.at(-1);
    if (!request) throw new Error(`nothing was sent to ${this.name}`);
    return request;
  }

  async send(request: ForwardRequest): Promise<ForwardResponse> {
    this.requests.push(request);
    return this.answerFor(request);
  }
}

export const answered = (answer: Partial<ForwardResponse> = {}): ForwardResponse => ({
  status: 200,
  etag: undefined,
  location: undefined,
  body: undefined,
  ...answer,
});

/** What a controller set on express's response with `@Res({ passthrough: true })`. */
export class RecordingResponse {
  statusCode: number | undefined;
  readonly headers: Record<string, string> = {};

  status(code: number): this {
    this.statusCode = code;
    return this;
  }

  setHeader(name: string, value: string): this {
    this.headers[name.toLowerCase()] = value;
    return this;
  }
}
