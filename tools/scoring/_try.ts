import { createScorer } from '../../libs/scoring/src/index';
const scorer = createScorer();
for (const t of process.argv.slice(2)) {
  const r = scorer.score(t);
  console.log(
    t.slice(0, 60),
    r.language,
    JSON.stringify(r.sentiment),
    r.risk.score,
    r.risk.flagged,
    JSON.stringify(
      Object.fromEntries(
        Object.entries(r.risk.categories)
          .filter(([, c]) => c.score > 0)
          .map(([k, c]) => [k, [c.score, c.evidence.map((e) => `${e.rule}:${e.text}`)]]),
      ),
    ),
  );
}
