import { serializeOffenseModel } from './model-serialization';
import { TOY_TRAINING_OPTIONS, toySeparableExamples } from './offense-test-helpers';
import { continueTraining, trainOffenseModel } from './offense-training';

describe('offense model training determinism', () => {
  const examples = toySeparableExamples();

  it('gives byte-identical weights for the same examples and options', () => {
    const first = serializeOffenseModel(trainOffenseModel(examples, TOY_TRAINING_OPTIONS));
    const second = serializeOffenseModel(trainOffenseModel(examples, TOY_TRAINING_OPTIONS));
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('gives byte-identical weights with the cross-validated threshold too', () => {
    const options = { ...TOY_TRAINING_OPTIONS, thresholdFolds: 3 };
    const first = trainOffenseModel(examples, options);
    const second = trainOffenseModel(examples, options);
    expect(second.threshold).toBe(first.threshold);
    expect(Buffer.from(serializeOffenseModel(second)).equals(Buffer.from(serializeOffenseModel(first)))).toBe(
      true,
    );
  });

  it('continues training deterministically', () => {
    const model = trainOffenseModel(examples, TOY_TRAINING_OPTIONS);
    const more = [{ text: 'Der Wumpelhund kommt morgen wieder vorbei', isOffense: true }];
    const first = serializeOffenseModel(continueTraining(model, more));
    const second = serializeOffenseModel(continueTraining(model, more));
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('depends on the examples: another label gives other weights', () => {
    const flipped = examples.map((example, index) =>
      index === 0 ? { ...example, isOffense: !example.isOffense } : example,
    );
    const original = serializeOffenseModel(trainOffenseModel(examples, TOY_TRAINING_OPTIONS));
    const changed = serializeOffenseModel(trainOffenseModel(flipped, TOY_TRAINING_OPTIONS));
    expect(Buffer.from(changed).equals(Buffer.from(original))).toBe(false);
  });
});
