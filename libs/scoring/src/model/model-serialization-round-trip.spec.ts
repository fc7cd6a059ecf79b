import {
  decodeBase64,
  deserializeOffenseModel,
  encodeBase64,
  quantizeBucketWeights,
  serializeOffenseModel,
} from './model-serialization';
import { analyseOffenseText } from './offense-input';
import { OffenseClassifier } from './offense-model';
import { TOY_TRAINING_OPTIONS, toySeparableExamples } from './offense-test-helpers';
import { trainOffenseModel } from './offense-training';

describe('offense model serialization', () => {
  const model = trainOffenseModel(toySeparableExamples(), TOY_TRAINING_OPTIONS);
  const bytes = serializeOffenseModel(model);

  it('round-trips every setting exactly and every bucket weight to its stored byte', () => {
    const restored = deserializeOffenseModel(bytes);
    expect(restored.config).toEqual(model.config);
    expect(restored.denseFeatureNames).toEqual(model.denseFeatureNames);
    expect(restored.bias).toBe(model.bias);
    expect(restored.threshold).toBe(model.threshold);
    expect(restored.regularization).toBe(model.regularization);
    expect(Array.from(restored.denseWeights)).toEqual(Array.from(model.denseWeights));
    const { scaleExponent } = quantizeBucketWeights(model.bucketWeights);
    const halfStep = 2 ** scaleExponent / 2;
    model.bucketWeights.forEach((weight, bucket) =>
      expect(Math.abs(restored.bucketWeights[bucket] - weight)).toBeLessThanOrEqual(halfStep),
    );
    expect(Buffer.from(serializeOffenseModel(restored)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('scores exactly the same after the round trip through bytes and base64', () => {
    const restored = deserializeOffenseModel(decodeBase64(encodeBase64(bytes)));
    for (const text of ['Schon wieder dieser Blorfkopf hier', 'Der Wumpelhund kommt morgen wieder vorbei']) {
      const input = analyseOffenseText(text).input;
      expect(new OffenseClassifier(restored).probability(input)).toBe(
        new OffenseClassifier(model).probability(input),
      );
    }
  });

  it('encodes base64 like the standard, for every padding length', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'abcd', 'Grüße ✓']) {
      const raw = new TextEncoder().encode(text);
      expect(encodeBase64(raw)).toBe(Buffer.from(raw).toString('base64'));
      expect(Array.from(decodeBase64(encodeBase64(raw)))).toEqual(Array.from(raw));
    }
  });

  it('quantizes bucket weights to 16-bit integers times a power of two, idempotently, within half a step', () => {
    const weights = Float32Array.from([0, 0.5, -1.5, 0.00001, 1.2, -0.3]);
    const { quantized, scaleExponent } = quantizeBucketWeights(weights);
    // largest 1.5 → 1.5/32767 ≈ 0.0000458 → step 2^-14 ≈ 0.000061, the smallest power of two that fits
    expect(scaleExponent).toBe(-14);
    expect(Array.from(quantized)).toEqual([0, 8192, -24576, 0, 19661, -4915]);
    const dequantized = Float32Array.from(quantized, (value) => value * 2 ** scaleExponent);
    expect(quantizeBucketWeights(dequantized)).toEqual({ quantized, scaleExponent });
    expect(quantizeBucketWeights(new Float32Array(3)).scaleExponent).toBe(0);
  });

  it('rejects bytes that are not a model', () => {
    expect(() => deserializeOffenseModel(new Uint8Array(16))).toThrow(RangeError);
    expect(() => deserializeOffenseModel(bytes.subarray(0, bytes.length - 4))).toThrow(RangeError);
  });
});
