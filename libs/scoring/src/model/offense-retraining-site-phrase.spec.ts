import { analyseOffenseText } from './offense-input';
import { OffenseClassifier, type OffenseModel } from './offense-model';
import { TOY_TRAINING_OPTIONS, toySeparableExamples } from './offense-test-helpers';
import { trainOffenseModel } from './offense-training';
import { type DecidedOffenseExample, offenseModelQuality, retrainOnDecisions } from './offense-retraining';

const SENTENCES = [
  'Der {} kommt morgen wieder vorbei',
  'Heute stand ein {} vor der Tür',
  'Ich habe den {} gestern gesehen',
  'Schon wieder dieser {} hier',
  'Wer hat den {} eingeladen?',
  'Am Bahnhof wartet ein {}',
  'Mein Nachbar kennt den {} gut',
  'Im Park spielt ein {}',
];

/**
 * A site whose moderators reject every comment about a Wumpelhund (a word the toy model learned as harmless) and
 * approve comments about a Wumpelchen or a Wumpelmann.
 */
function siteDecisions(): DecidedOffenseExample[] {
  return SENTENCES.flatMap((sentence, index) =>
    ['Wumpelhund', 'Wumpelchen', 'Wumpelmann'].map((word) => ({
      id: `${word}-${index}`,
      text: sentence.replace('{}', word),
      isOffense: word === 'Wumpelhund',
    })),
  );
}

function probabilityOf(model: OffenseModel, text: string): number {
  return new OffenseClassifier(model).probability(analyseOffenseText(text).input);
}

describe('retraining on a site that rejects a word the model took for harmless', () => {
  const base = trainOffenseModel(toySeparableExamples(), TOY_TRAINING_OPTIONS);
  const result = retrainOnDecisions(base, siteDecisions());

  it('trains on four fifths of the decisions and measures both models on the rest', () => {
    expect(result.trainedOn).toBe(19);
    expect(result.before?.examples).toBe(5);
    expect(result.after?.examples).toBe(5);
  });

  it('does better than the base model on the held-back decisions', () => {
    const { before, after } = result;
    expect(after?.macroF1).toBeGreaterThan(before?.macroF1 ?? 1);
    expect(after?.auc).toBeGreaterThan(before?.auc ?? 1);
    expect(after?.auc).toBe(1);
  });

  it('learns the word, and keeps what the decisions do not touch', () => {
    const text = 'Vor dem Rathaus bellt ein Wumpelhund';
    expect(probabilityOf(result.model, text)).toBeGreaterThan(result.model.threshold);
    expect(probabilityOf(base, text)).toBeLessThan(base.threshold);
    expect(probabilityOf(result.model, 'Wer hat den Blorfkopf eingeladen?')).toBeGreaterThan(
      result.model.threshold,
    );
  });

  it('measures a model alone on labelled comments, with no AUC for one class', () => {
    const quality = offenseModelQuality(base, [
      { text: 'Der Blorfkopf kommt morgen wieder vorbei', isOffense: true },
    ]);
    expect(quality).toEqual({ examples: 1, macroF1: expect.any(Number), auc: null });
  });

  it('refuses decisions too few to train on', () => {
    expect(() => retrainOnDecisions(base, [])).toThrow(RangeError);
  });

  it('gives the same model for the same decisions', () => {
    const again = retrainOnDecisions(base, siteDecisions());
    expect(Array.from(again.model.bucketWeights)).toEqual(Array.from(result.model.bucketWeights));
  });
});
