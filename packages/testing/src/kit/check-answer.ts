/** A sandbox answer that did not match its route's schema. */
export interface AnswerCheck {
  /** The route's name. */
  readonly route: string;
  /** What did not match, with paths. */
  readonly message: string;
}

interface StandardIssue {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
}

interface StandardSchemaLike {
  readonly '~standard': {
    validate(
      value: unknown,
    ): { issues?: readonly StandardIssue[] } | Promise<{ issues?: readonly StandardIssue[] }>;
  };
}

function isStandardSchema(schema: unknown): schema is StandardSchemaLike {
  return typeof schema === 'object' && schema !== null && '~standard' in schema;
}

function pathOf(issue: StandardIssue): string {
  return (issue.path ?? [])
    .map((part) => String(typeof part === 'object' ? part.key : part))
    .join('.');
}

/**
 * Checks a sandbox answer against a route's response schema through the Standard Schema
 * interface zod implements (so this package needs no zod of its own).
 *
 * @param route - The route's name, for the report.
 * @param schema - The route's `response` schema.
 * @param value - The answer about to be sent.
 * @returns `undefined` when it matches, else what did not.
 * @throws TypeError when the schema validates asynchronously (route schemas never do).
 */
export function checkAnswer(
  route: string,
  schema: unknown,
  value: unknown,
): AnswerCheck | undefined {
  if (!isStandardSchema(schema)) return undefined;
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) throw new TypeError(`route ${route}: asynchronous schema`);
  if (!result.issues || result.issues.length === 0) return undefined;
  const message = result.issues
    .slice(0, 5)
    .map((issue) => `${pathOf(issue) || '(root)'}: ${issue.message}`)
    .join('; ');
  return { route, message: `sandbox answer of ${route} does not match its schema: ${message}` };
}
