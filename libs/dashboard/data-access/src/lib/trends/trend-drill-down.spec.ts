import { parseQueueView } from '../queue/queue-view';
import { drillDownParameters, drillDownView } from './trend-drill-down';

const HOUR = {
  label: '2024-03-05 15:00',
  start: '2024-03-05T14:00:00.000Z',
  end: '2024-03-05T15:00:00.000Z',
};
const NO_FILTERS = { section: null, articleId: null, language: null };

describe('drillDownParameters', () => {
  it('lists every comment posted in the clicked bucket', () => {
    expect(drillDownParameters({ bucket: HOUR, category: null }, NO_FILTERS)).toEqual({
      tab: 'all',
      from: '2024-03-05T14:00:00.000Z',
      to: '2024-03-05T15:00:00.000Z',
    });
  });

  it('keeps the page filters and adds the category of a clicked risk series', () => {
    expect(
      drillDownParameters(
        { bucket: HOUR, category: 'threat' },
        { section: 'Politik', articleId: 7, language: 'de' },
      ),
    ).toEqual({
      tab: 'all',
      articleId: '7',
      section: 'Politik',
      language: 'de',
      category: 'threat',
      from: '2024-03-05T14:00:00.000Z',
      to: '2024-03-05T15:00:00.000Z',
    });
  });

  it('gives a queue URL that reads back as the same view', () => {
    const choice = {
      bucket: { label: '2024-03-04', start: '2024-03-03T23:00:00.000Z', end: '2024-03-10T23:00:00.000Z' },
      category: null,
    };
    const parameters = drillDownParameters(choice, { ...NO_FILTERS, language: 'en' });
    expect(parseQueueView((name) => parameters[name] ?? null)).toEqual(
      drillDownView(choice, { ...NO_FILTERS, language: 'en' }),
    );
  });
});
