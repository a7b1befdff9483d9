import type { SandboxWorkout } from '@fitlink/testing';
import type { PelotonRideDetails, PelotonSegment } from '../schemas/ride.js';
import { type PelotonRenderedWorkout, pelotonHexId } from './fake-units.js';

/**
 * A class's segments: a warm-up (15 %, at most 5 min), the main set and a cool-down (10 %, at
 * most 3 min).
 *
 * @param sandbox - The timeline workout the class was taken in.
 */
export function renderPelotonSegments(sandbox: SandboxWorkout): PelotonSegment[] {
  const length = sandbox.elapsedSeconds;
  const warm = Math.min(300, Math.round(length * 0.15));
  const cool = Math.min(180, Math.round(length * 0.1));
  const segment = (n: number, name: string, start: number, span: number, icon: string) => ({
    id: pelotonHexId(sandbox.index * 97 + n),
    name,
    start_time_offset: start,
    length: span,
    icon_slug: icon,
  });
  return [
    segment(1, 'Warmup', 0, warm, 'warmup'),
    segment(2, 'Main', warm, length - warm - cool, 'main'),
    segment(3, 'Cool Down', length - cool, cool, 'cooldown'),
  ];
}

/**
 * `GET /api/ride/{id}/details` for a class the member took: the class with its segments, or
 * `null` for an audio-only class (outdoor runs, meditation), which has none: Peloton answers 404.
 *
 * @param item - The workout the class was taken in.
 */
export function renderPelotonRideDetails(item: PelotonRenderedWorkout): PelotonRideDetails | null {
  const { ride } = item.workout;
  if (!ride || ride.content_format === 'audio') return null;
  return { ride, segments: { segment_list: renderPelotonSegments(item.sandbox) } };
}
