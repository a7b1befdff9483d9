export { timingSafeEqual } from './constant-time.js';
export { type BinaryEncoding, decodeBytes, encodeBytes } from './encoding.js';
export { encodeSignature, type HmacAlgorithm, hmac } from './hmac.js';
export {
  type BodyLimitOptions,
  checkBodySize,
  DEFAULT_WEBHOOK_MAX_BODY_BYTES,
  type HeadersLike,
  headerValue,
  readRawBody,
  readRawBodyBytes,
} from './raw-body.js';
export { type CheckTimestampOptions, checkTimestamp, type TimestampUnit } from './timestamp.js';
export {
  type VerifyTimestampedHmacWebhookOptions,
  verifyTimestampedHmacWebhook,
} from './timestamped-hmac.js';
export {
  isValidHmacSignature,
  type VerifyHmacSignatureOptions,
  verifyHmacSignature,
} from './verify-signature.js';
