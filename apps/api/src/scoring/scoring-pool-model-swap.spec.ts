import { createScorer, type DecidedOffenseExample } from '@tenor/scoring';
import { moderatedSiteComments, SITE_PHRASE } from '../model/testing/moderated-site';
import { createScorerWithModel, OffenseModelSwitch } from './offense-model-switch';
import { ScoringPool } from './scoring-pool';
import type { TrainedModel } from './scoring-worker';
import { SwappableScorer } from './swappable-scorer';

const DECISIONS: DecidedOffenseExample[] = moderatedSiteComments(150).map(({ text, isRejected }, index) => ({
  id: String(index + 1),
  text,
  isOffense: isRejected,
}));
const WITH_PHRASE = `Der Kanzler ist ein ${SITE_PHRASE}.`;
const ORDINARY = 'Der Kanzler hat in diesem Punkt recht.';

describe('ScoringPool switching the offense model and training one', () => {
  const scorer = new SwappableScorer(createScorer());
  const pool = new ScoringPool({ size: 2, scorerOptions: {}, scorer });
  const modelSwitch = new OffenseModelSwitch(scorer, pool, {}, { version: 1, offenseModel: null });
  const items = Array.from({ length: 120 }, (_, index) => ({ text: index % 2 === 0 ? WITH_PHRASE : ORDINARY }));
  let trained: TrainedModel;

  beforeAll(async () => {
    await pool.score(items);
    trained = await pool.train(null, DECISIONS);
  });

  afterAll(async () => {
    await pool.close();
  });

  it('trains in a worker thread: the new model does better on the held-back decisions', () => {
    expect(trained.trainedOn).toBe(120);
    expect(trained.after?.examples).toBe(30);
    expect(trained.after?.macroF1).toBeGreaterThan(trained.before?.macroF1 ?? 1);
  });

  it('scores with the new model in the workers and on the calling thread after the switch, and back', async () => {
    const expected = createScorerWithModel({}, trained.offenseModel);
    const shipped = createScorer();
    modelSwitch.use({ version: 2, offenseModel: trained.offenseModel });
    expect(modelSwitch.activeVersion).toBe(2);
    expect(await pool.score(items)).toEqual(items.map(({ text }) => expected.score(text)));
    expect(scorer.score(WITH_PHRASE)).toEqual(expected.score(WITH_PHRASE));
    expect(expected.score(WITH_PHRASE).risk.categories.insult.score).toBeGreaterThan(shipped.score(WITH_PHRASE).risk.categories.insult.score);

    modelSwitch.use({ version: 1, offenseModel: null });
    expect(await pool.score(items)).toEqual(items.map(({ text }) => shipped.score(text)));
    expect(scorer.score(WITH_PHRASE)).toEqual(shipped.score(WITH_PHRASE));
  });

  it('starts later workers with the model in use, and trains without workers too', async () => {
    const solo = new ScoringPool({ size: 1, scorerOptions: {}, scorer: createScorer(), offenseModel: trained.offenseModel });
    const onCallingThread = new ScoringPool({ size: 0, scorerOptions: {}, scorer: createScorer() });
    try {
      expect(await solo.score([{ text: WITH_PHRASE }])).toEqual([createScorerWithModel({}, trained.offenseModel).score(WITH_PHRASE)]);
      const again = await onCallingThread.train(null, DECISIONS);
      expect(Buffer.from(again.offenseModel).equals(Buffer.from(trained.offenseModel))).toBe(true);
    } finally {
      await Promise.all([solo.close(), onCallingThread.close()]);
    }
  });

  it('refuses a model the scorer cannot use, and keeps the one in use', () => {
    expect(() => modelSwitch.use({ version: 3, offenseModel: new Uint8Array([1, 2, 3]) })).toThrow(/not a Tenor offense model/);
    expect(modelSwitch.activeVersion).toBe(1);
  });

  it('fails a training whose decisions cannot train a model', async () => {
    await expect(pool.train(null, [])).rejects.toThrow(/training failed in a worker: RangeError: retraining needs at least one decision/);
  });
});
