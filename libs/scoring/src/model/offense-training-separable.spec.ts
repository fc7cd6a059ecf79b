import { analyseOffenseText } from './offense-input';
import { OffenseClassifier } from './offense-model';
import { TOY_TRAINING_OPTIONS, toySeparableExamples } from './offense-test-helpers';
import { trainOffenseModel } from './offense-training';

describe('offense model training on a separable toy set', () => {
  const examples = toySeparableExamples();
  const classifier = new OffenseClassifier(trainOffenseModel(examples, TOY_TRAINING_OPTIONS));
  const probability = (text: string): number => classifier.probability(analyseOffenseText(text).input);

  it('separates the training examples', () => {
    for (const example of examples) {
      if (example.isOffense) expect(probability(example.text)).toBeGreaterThan(0.5);
      else expect(probability(example.text)).toBeLessThan(0.5);
    }
  });

  it('generalizes to unseen sentences and unseen words of the same families through character n-grams', () => {
    expect(probability('Am Bahnhof wartet ein Blorfsack auf den Bus')).toBeGreaterThan(0.5);
    expect(probability('Am Bahnhof wartet ein Wumpelsack auf den Bus')).toBeLessThan(0.5);
  });

  it('sees through disguised spellings, since it reads the normalized text', () => {
    expect(probability('Schon wieder dieser BL0RFK0PF hier')).toBeGreaterThan(0.5);
  });
});
