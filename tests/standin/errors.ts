/**
 * TMDB's error answers, with the status codes and messages the real API sends
 * (see ../shared/tmdb/README.md). Routes throw a TmdbError; the handler turns
 * it into the HTTP answer.
 */

const MESSAGES: Record<number, [httpStatus: number, message: string]> = {
  6: [404, 'Invalid id: The pre-requisite id is invalid or not found.'],
  7: [401, 'Invalid API key: You must be granted a valid key.'],
  9: [503, 'Service offline: This service is temporarily offline, try again later.'],
  10: [401, 'Suspended API key: Access denied.'],
  11: [500, 'Internal error: Something went wrong, contact TMDB.'],
  22: [400, 'Invalid page: Pages start at 1 and max at 500. They are expected to be an integer.'],
  25: [429, 'Your request count (#) is over the allowed limit of (40).'],
  27: [400, 'Too many append to response objects: The maximum number of remote calls is 20.'],
  34: [404, 'The resource you requested could not be found.'],
  46: [503, 'Maintenance: The API is undergoing maintenance. Try again later.'],
  47: [400, 'The input is not valid.'],
};

/** An error answer: HTTP status plus TMDB's JSON body. */
export class TmdbError extends Error {
  readonly httpStatus: number;
  readonly body: object;

  constructor(httpStatus: number, body: object) {
    super(`TMDB ${httpStatus}: ${JSON.stringify(body)}`);
    this.httpStatus = httpStatus;
    this.body = body;
  }
}

/** The standard `{status_code, status_message, success}` error for a TMDB status code. */
export function tmdbError(statusCode: keyof typeof MESSAGES): TmdbError {
  const [httpStatus, message] = MESSAGES[statusCode] ?? [500, 'Unknown error'];
  return new TmdbError(httpStatus, {
    success: false,
    status_code: statusCode,
    status_message: message,
  });
}

/** What TMDB answered to a search without a query: a different body shape entirely. */
export function missingQueryError(): TmdbError {
  return new TmdbError(400, { errors: ['query must be provided'] });
}
