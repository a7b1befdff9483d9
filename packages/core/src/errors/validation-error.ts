import { ErrorCodes } from './codes.js';
import { FitlinkError, type FitlinkErrorOptions } from './fitlink-error.js';

/** One schema issue: where it is and what is wrong. Values are never copied. */
export interface ValidationIssue {
  /** Path from the payload root, such as `['data', 3, 'start_date']`. */
  path: readonly PropertyKey[];
  /** zod's issue code (`invalid_type`, `too_small` …). */
  code: string;
  /** zod's message. */
  message: string;
}

/**
 * A provider payload did not match its schema: a required field was missing or of the wrong
 * type. Lists each issue with its path; the offending values are not copied.
 */
export class ValidationError extends FitlinkError {
  /** Method and path of the request whose response failed, or a label such as `webhook`. */
  readonly endpoint: string;
  /** The schema issues, with paths. */
  readonly issues: readonly ValidationIssue[];

  /**
   * @param message - What failed to validate.
   * @param options - Endpoint, issues (zod's issues are accepted as they are) and the common options.
   */
  constructor(
    message: string,
    options: FitlinkErrorOptions & {
      endpoint: string;
      issues: readonly { path: readonly PropertyKey[]; code: string; message: string }[];
    },
  ) {
    const issues = options.issues.map((issue) => ({
      path: [...issue.path],
      code: issue.code,
      message: issue.message,
    }));
    const first = issues[0];
    const detail = first
      ? ` (${first.path.map(String).join('.') || '<root>'}: ${first.message}${issues.length > 1 ? `; +${issues.length - 1} more` : ''})`
      : '';
    super(`${message}${detail}`, { ...options, code: options.code ?? ErrorCodes.validation });
    this.endpoint = options.endpoint;
    this.issues = issues;
  }
}
