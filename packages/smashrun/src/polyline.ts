/**
 * Google's encoded polyline algorithm (precision 5), which SmashRun uses for routes.
 *
 * @see https://developers.google.com/maps/documentation/utilities/polylinealgorithm
 */

const PRECISION = 1e5;

function encodeValue(value: number): string {
  // Step 4-5: left-shift the signed value one bit and invert it when negative.
  let rest = value < 0 ? ~(value << 1) : value << 1;
  let out = '';
  // Steps 6-10: 5-bit chunks, least significant first, OR 0x20 on all but the last, plus 63.
  while (rest >= 0x20) {
    out += String.fromCharCode((0x20 | (rest & 0x1f)) + 63);
    rest >>= 5;
  }
  return out + String.fromCharCode(rest + 63);
}

/**
 * Encodes `[latitude, longitude]` points as a Google encoded polyline.
 *
 * @param points - Points in decimal degrees.
 *
 * @example
 * ```ts
 * import { encodeSmashrunPolyline } from '@fitlink/smashrun';
 * encodeSmashrunPolyline([[38.5, -120.2], [40.7, -120.95], [43.252, -126.453]]);
 * // '_p~iF~ps|U_ulLnnqC_mqNvxq`@'
 * ```
 */
export function encodeSmashrunPolyline(points: readonly (readonly [number, number])[]): string {
  let previousLat = 0;
  let previousLng = 0;
  let out = '';
  for (const [lat, lng] of points) {
    const latE5 = Math.round(lat * PRECISION);
    const lngE5 = Math.round(lng * PRECISION);
    out += encodeValue(latE5 - previousLat) + encodeValue(lngE5 - previousLng);
    previousLat = latE5;
    previousLng = lngE5;
  }
  return out;
}

/**
 * Decodes a Google encoded polyline into `[latitude, longitude]` points.
 *
 * @param encoded - The polyline, as `activities.polyline(id)` returns it.
 * @throws RangeError when the string ends in the middle of a value.
 *
 * @example
 * ```ts
 * import { decodeSmashrunPolyline } from '@fitlink/smashrun';
 * decodeSmashrunPolyline('_p~iF~ps|U'); // [[38.5, -120.2]]
 * ```
 */
export function decodeSmashrunPolyline(encoded: string): [number, number][] {
  const points: [number, number][] = [];
  let index = 0;
  let lat = 0;
  let lng = 0;
  const next = (): number => {
    let result = 0;
    let shift = 0;
    let byte: number;
    do {
      if (index >= encoded.length) throw new RangeError('Truncated encoded polyline');
      byte = encoded.charCodeAt(index++) - 63;
      result |= (byte & 0x1f) << shift;
      shift += 5;
    } while (byte >= 0x20);
    return result & 1 ? ~(result >> 1) : result >> 1;
  };
  while (index < encoded.length) {
    lat += next();
    lng += next();
    points.push([lat / PRECISION, lng / PRECISION]);
  }
  return points;
}
