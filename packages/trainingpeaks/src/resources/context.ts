import type { CallOptions, HttpClient } from '@fitlink/core';

/** What every resource of a client shares. */
export interface TrainingPeaksContext {
  /** The connection's HTTP client. */
  readonly http: HttpClient;
  /** The athlete's IANA zone (settings, else the profile's), or `null` when unknown. */
  timeZone(options?: CallOptions): Promise<string | null>;
  /** Longest date range per request, days. */
  readonly maxRangeDays: number;
  /** `UploadClient` sent with file uploads. */
  readonly uploadClient: string;
}
