import { ErrorCodes } from './codes.js';
import { FitlinkError, type FitlinkErrorOptions } from './fitlink-error.js';
import { looksLikeSecret, REDACTED, redact } from './redact.js';

/** One schema issue: where it is and what is wrong. Values are never copied. */
export interface ValidationIssue {
  /**
   * Path from the payload root, such as `['data', 3, 'start_date']`. A payload key that looks
   * like a credential (it holds a known secret, or is shaped like a generated token) is
   * replaced by `[REDACTED]`: some payloads are keyed by token.
   */
  path: readonly PropertyKey[];
  /** zod's issue code (`invalid_type`, `too_small` …). */
  code: string;
  /** zod's message, redacted (unrecognized keys that look like credentials included). */
  message: string;
}

/** What the constructor accepts for an issue: zod's issues as they are, or plain ones. */
export interface IssueInput {
  /** Where in the payload, as zod reports it. */
  path: readonly PropertyKey[];
  /** zod's issue code. */
  code: string;
  /** zod's message (redacted before it is kept). */
  message: string;
  /** The keys of an `unrecognized_keys` issue. */
  keys?: readonly string[];
}

/**
 * A provider payload did not match its schema: a required field was missing or of the wrong
 * type. Lists each issue with its path; the offending values are not copied, and payload keys
 * that look like credentials are not copied either.
 */
export class ValidationError extends FitlinkError {
  /** Method and path of the request whose response failed, or a label such as `webhook`. */
  readonly endpoint: string;
  /** The schema issues, with paths. */
  readonly issues: readonly ValidationIssue[];

  /**
   * @param message - What failed to validate.
   * @param options - Endpoint, issues (zod's issues are accepted as they are) and the common
   * options; `secrets` also keeps those values out of the issues' paths and messages.
   */
  constructor(
    message: string,
    options: FitlinkErrorOptions & {
      endpoint: string;
      issues: readonly IssueInput[];
    },
  ) {
    const secrets = options.secrets ?? [];
    const issues = options.issues.map((issue) => safeIssue(issue, secrets));
    const first = issues[0];
    const detail = first
      ? ` (${first.path.map(String).join('.') || '<root>'}: ${first.message}${issues.length > 1 ? `; +${issues.length - 1} more` : ''})`
      : '';
    super(`${message}${detail}`, { ...options, code: options.code ?? ErrorCodes.validation });
    this.endpoint = redact(options.endpoint, secrets);
    this.issues = issues;
  }
}

function safeSegment(segment: PropertyKey, secrets: readonly string[]): PropertyKey {
  if (typeof segment !== 'string') return segment;
  return looksLikeSecret(segment, secrets) ? REDACTED : segment;
}

function safeIssue(issue: IssueInput, secrets: readonly string[]): ValidationIssue {
  const path = issue.path.map((segment) => safeSegment(segment, secrets));
  // zod names unrecognized keys in its message: rebuild it from the keys, each checked.
  const keys = issue.code === 'unrecognized_keys' && Array.isArray(issue.keys) ? issue.keys : [];
  const message =
    keys.length > 0
      ? `Unrecognized key${keys.length > 1 ? 's' : ''}: ${keys.map((key) => `"${String(safeSegment(key, secrets))}"`).join(', ')}`
      : redact(issue.message, secrets);
  return { path, code: issue.code, message };
}
