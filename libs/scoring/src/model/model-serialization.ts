import type { OffenseFeatureConfig } from './offense-features';
import type { OffenseModel } from './offense-model';

/** File signature: "TNOM" (Tenor offense model). */
const MAGIC = 0x4d4f4e54;
/** Layout version of the file; bump when the layout changes. */
const FORMAT_VERSION = 2;
/** Fixed part before the header: magic, format version, header length (u32 each). */
const PREAMBLE_BYTES = 12;

/** What the JSON header of a model file holds. */
interface ModelHeader {
  readonly config: OffenseFeatureConfig;
  readonly denseFeatureNames: readonly string[];
  readonly bias: number;
  readonly threshold: number;
  readonly regularization: number;
  /** Bucket weight = stored byte × 2^bucketScaleExponent. */
  readonly bucketScaleExponent: number;
}

/**
 * A model as bytes: preamble, a JSON header (features, dense names, bias, threshold, bucket scale), padding to 4 bytes,
 * then the bucket weights quantized to 16-bit integers (see quantizeBucketWeights; the scorer uses them in that form, so
 * a model and its file score alike) and the dense weights as 32-bit floats, little-endian.
 */
export function serializeOffenseModel(model: OffenseModel): Uint8Array {
  const { quantized, scaleExponent } = quantizeBucketWeights(model.bucketWeights);
  const header: ModelHeader = {
    config: model.config,
    denseFeatureNames: model.denseFeatureNames,
    bias: model.bias,
    threshold: model.threshold,
    regularization: model.regularization,
    bucketScaleExponent: scaleExponent,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const headerEnd = align4(PREAMBLE_BYTES + headerBytes.length);
  const bucketBytes = quantized.length * 2;
  const bytes = new Uint8Array(headerEnd + bucketBytes + model.denseWeights.length * 4);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT_VERSION, true);
  view.setUint32(8, headerBytes.length, true);
  bytes.set(headerBytes, PREAMBLE_BYTES);
  quantized.forEach((value, bucket) => view.setInt16(headerEnd + bucket * 2, value, true));
  model.denseWeights.forEach((weight, index) =>
    view.setFloat32(headerEnd + bucketBytes + index * 4, weight, true),
  );
  return bytes;
}

/** Reads a model written by serializeOffenseModel. */
export function deserializeOffenseModel(bytes: Uint8Array): OffenseModel {
  return readOffenseModelFile(bytes).model;
}

/** A model read from its file, with the bucket weights as the file stores them: `quantized` × 2^`scaleExponent`. */
export interface OffenseModelFile {
  readonly model: OffenseModel;
  readonly quantized: Int16Array;
  readonly scaleExponent: number;
}

/** Reads a model written by serializeOffenseModel, keeping its stored 16-bit bucket weights too. */
export function readOffenseModelFile(bytes: Uint8Array): OffenseModelFile {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < PREAMBLE_BYTES || view.getUint32(0, true) !== MAGIC)
    throw new RangeError('not a Tenor offense model');
  const version = view.getUint32(4, true);
  if (version !== FORMAT_VERSION)
    throw new RangeError(`offense model format ${version}, expected ${FORMAT_VERSION}`);
  const headerLength = view.getUint32(8, true);
  const header = JSON.parse(
    new TextDecoder().decode(bytes.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + headerLength)),
  ) as ModelHeader;
  const headerEnd = align4(PREAMBLE_BYTES + headerLength);
  const bucketCount = 1 << header.config.hashBits;
  const expectedLength = headerEnd + bucketCount * 2 + header.denseFeatureNames.length * 4;
  if (bytes.byteLength !== expectedLength)
    throw new RangeError(`offense model has ${bytes.byteLength} bytes, expected ${expectedLength}`);
  const scale = 2 ** header.bucketScaleExponent;
  const bucketWeights = new Float32Array(bucketCount);
  const quantized = storedBucketWeights(bytes, headerEnd, bucketCount);
  for (let bucket = 0; bucket < bucketCount; bucket++) bucketWeights[bucket] = quantized[bucket] * scale;
  const denseStart = headerEnd + bucketCount * 2;
  const denseWeights = Float32Array.from(header.denseFeatureNames, (_, index) =>
    view.getFloat32(denseStart + index * 4, true),
  );
  const model = {
    config: header.config,
    denseFeatureNames: header.denseFeatureNames,
    bias: header.bias,
    threshold: header.threshold,
    regularization: header.regularization,
    bucketWeights,
    denseWeights,
  };
  return { model, quantized, scaleExponent: header.bucketScaleExponent };
}

/** Whether 16-bit integers in memory are little-endian, as the file stores them. */
const IS_LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** The file's 16-bit bucket weights: read in place where the platform's byte order and the alignment allow. */
function storedBucketWeights(bytes: Uint8Array, start: number, count: number): Int16Array {
  if (IS_LITTLE_ENDIAN && (bytes.byteOffset + start) % 2 === 0)
    return new Int16Array(bytes.buffer, bytes.byteOffset + start, count);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Int16Array.from({ length: count }, (_, bucket) => view.getInt16(start + bucket * 2, true));
}

/** Largest magnitude of a stored bucket weight. */
const MAX_QUANTIZED = 32767;

/**
 * Bucket weights as 16-bit integers times a power of two, the smallest that fits the largest weight. The power of two
 * makes it idempotent (quantizing dequantized weights gives the same integers); the error, at most half a step (1/65534
 * of the largest weight) per bucket, moves a comment's logit by about 0.0002. Half the memory of 32-bit floats, which
 * keeps the weights in the processor cache while scoring; 8-bit integers moved logits by 0.04 on average (up to 0.17).
 */
export function quantizeBucketWeights(weights: Float32Array): {
  quantized: Int16Array;
  scaleExponent: number;
} {
  let largest = 0;
  for (let index = 0; index < weights.length; index++) largest = Math.max(largest, Math.abs(weights[index]));
  const scaleExponent = largest === 0 ? 0 : Math.ceil(Math.log2(largest / MAX_QUANTIZED));
  const scale = 2 ** scaleExponent;
  const quantized = new Int16Array(weights.length);
  for (let index = 0; index < weights.length; index++) {
    quantized[index] = Math.max(-MAX_QUANTIZED, Math.min(MAX_QUANTIZED, Math.round(weights[index] / scale)));
  }
  return { quantized, scaleExponent };
}

/** Encodes bytes as base64 (RFC 4648), without relying on Buffer or btoa. */
export function encodeBase64(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const chunk = (bytes[index] << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    text += BASE64_ALPHABET[(chunk >> 18) & 63] + BASE64_ALPHABET[(chunk >> 12) & 63];
    text += index + 1 < bytes.length ? BASE64_ALPHABET[(chunk >> 6) & 63] : '=';
    text += index + 2 < bytes.length ? BASE64_ALPHABET[chunk & 63] : '=';
  }
  return text;
}

/** Decodes base64 (RFC 4648, with padding). */
export function decodeBase64(text: string): Uint8Array {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let position = 0;
  for (let index = 0; index < text.length; index += 4) {
    const chunk =
      (BASE64_VALUES[text.charCodeAt(index)] << 18) |
      (BASE64_VALUES[text.charCodeAt(index + 1)] << 12) |
      (BASE64_VALUES[text.charCodeAt(index + 2)] << 6) |
      BASE64_VALUES[text.charCodeAt(index + 3)];
    bytes[position++] = chunk >> 16;
    if (position < bytes.length) bytes[position++] = (chunk >> 8) & 255;
    if (position < bytes.length) bytes[position++] = chunk & 255;
  }
  return bytes;
}

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Character code → 6-bit value ('=' and unknown characters → 0). */
const BASE64_VALUES = (() => {
  const values = new Uint8Array(128);
  for (let index = 0; index < BASE64_ALPHABET.length; index++)
    values[BASE64_ALPHABET.charCodeAt(index)] = index;
  return values;
})();

function align4(length: number): number {
  return (length + 3) & ~3;
}
