import { analyseOffenseText } from './offense-input';
import { OffenseClassifier, OffenseModel } from './offense-model';
import { TOY_TRAINING_OPTIONS, toySeparableExamples } from './offense-test-helpers';
import { continueTraining, trainOffenseModel } from './offense-training';

function probabilityOf(model: OffenseModel, text: string): number {
  return new OffenseClassifier(model).probability(analyseOffenseText(text).input);
}

describe('continued offense model training', () => {
  const model = trainOffenseModel(toySeparableExamples(), TOY_TRAINING_OPTIONS);
  // A site decides that one family of words it sees is abusive after all.
  const decisions = [
    { text: 'Der Wumpelhund bellt schon wieder', isOffense: true },
    { text: 'So ein Wumpelhund, unglaublich', isOffense: true },
    { text: 'Dieser Wumpelhund nervt', isOffense: true },
    { text: 'Der Blorfling grüßt freundlich', isOffense: false },
  ];
  const updated = continueTraining(model, decisions);

  it('moves predictions toward the new labels', () => {
    const unseen = 'Am Bahnhof wartet ein Wumpelhund';
    expect(probabilityOf(updated, unseen)).toBeGreaterThan(probabilityOf(model, unseen) + 0.1);
    const grumpy = 'Der Blorfling grüßt freundlich';
    expect(probabilityOf(updated, grumpy)).toBeLessThan(probabilityOf(model, grumpy));
  });

  it('keeps what the new examples do not touch', () => {
    const untouched = 'Wer hat den Blorfkopf eingeladen?';
    expect(probabilityOf(updated, untouched)).toBeGreaterThan(0.5);
    expect(Math.abs(probabilityOf(updated, untouched) - probabilityOf(model, untouched))).toBeLessThan(0.25);
  });

  it('moves further with a weaker prior', () => {
    const loose = continueTraining(model, decisions, { priorStrength: model.regularization / 10 });
    const text = 'Am Bahnhof wartet ein Wumpelhund';
    expect(probabilityOf(loose, text)).toBeGreaterThan(probabilityOf(updated, text));
  });

  it('keeps the threshold and the feature shape of the model', () => {
    expect(updated.threshold).toBe(model.threshold);
    expect(updated.config).toEqual(model.config);
    expect(updated.bucketWeights.length).toBe(model.bucketWeights.length);
  });
});
