import type { ProviderErrorAnswers } from '@fitlink/testing';

/**
 * A TrainingPeaks error answer: ASP.NET's `{ "Message": … }` body.
 *
 * @param status - HTTP status.
 * @param text - The `Message`.
 */
export const trainingpeaksMessage = (status: number, text: string): Response =>
  Response.json({ Message: text }, { status });

/** TrainingPeaks' error bodies for the kit (401s are the authorization server's RFC 6750 answer). */
export const trainingpeaksSandboxErrors: ProviderErrorAnswers = {
  forbidden: ({ missing }) =>
    trainingpeaksMessage(
      403,
      `Authorization has been denied for this request (scope ${missing.join(', ')})`,
    ),
  rateLimited: () => trainingpeaksMessage(429, 'Too many requests'),
  notFound: ({ name }) =>
    trainingpeaksMessage(
      404,
      /Subscription$/.test(name) ? 'Subscription not found' : 'Workout not found',
    ),
  badRequest: (text) => trainingpeaksMessage(400, text),
};
