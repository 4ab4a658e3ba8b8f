import { describe, expect, it } from 'vitest';
import type { CopyEdge } from '../../../src/model/copy-edge.js';
import type { ParentEdge } from '../../../src/reuse/link-article.js';
import { linkNewArticle } from '../../../src/reuse/link-article.js';
import type { LinkSide } from '../../../src/reuse/link-pair.js';
import { linkPair } from '../../../src/reuse/link-pair.js';
import { profileText } from '../../../src/reuse/sentence-profile.js';
import { detectArticleSignals } from '../../../src/reuse/signals/detect-signals.js';
import { machineRewriteScore } from '../../../src/reuse/signals/machine-rewrite-score.js';

// linkPair and linkNewArticle (which builds on it), on one set of hand-written texts.
// A fictional wire story about a harbour fire in the invented town of Varnholm, and hand-made derivatives of it:
// written for the link tests, no real outlet's text.
const WIRE = [
  'A fire broke out at the fuel depot in the port of Varnholm early on Tuesday, forcing the evacuation of about 300 residents from nearby streets.',
  'Firefighters from three districts fought the blaze for nine hours before bringing it under control shortly after noon.',
  'The harbour authority said two storage tanks were destroyed and a third was damaged, but no one was seriously injured.',
  'Mayor Ingrid Solheim told reporters that the cause of the fire was not yet known and that an inquiry would begin on Wednesday.',
  'Residents described a loud explosion followed by thick black smoke that drifted across the old town for most of the morning.',
  'The depot, operated by the company Nordtank, supplies fuel to the fishing fleet and to the ferries that serve the outer islands.',
  'Ferry services to the islands were suspended for the day and are expected to resume on Wednesday morning.',
  'Environmental officials said they were testing the water in the harbour for signs of a fuel leak.',
  'Nordtank said in a statement that it was cooperating fully with the authorities and would compensate affected residents.',
  'The depot was last inspected in March, when regulators found no major safety problems.',
].join('\n\n');

/** The wire story republished whole. */
const COPY = WIRE;

/** Republished with its last two paragraphs cut. */
const TRIMMED_COPY = WIRE.split('\n\n').slice(0, 8).join('\n\n');

/** A machine rewrite of the wire story, with the admission line content farms leave. */
const MACHINE_REWRITE = [
  'Early on Tuesday a blaze erupted at the Varnholm port fuel depot, and some 300 people living in surrounding streets had to leave their homes.',
  'Crews from three districts battled the flames for nine hours and finally contained them a little after midday.',
  'According to the harbour authority, two tanks were wrecked and another was harmed, although nobody suffered serious injuries.',
  'Speaking to journalists, Mayor Ingrid Solheim said the origin of the fire remained unclear and an investigation would open on Wednesday.',
  'Locals reported hearing a loud blast, after which dense dark smoke hung over the old town for much of the morning.',
  'Nordtank, which runs the depot, provides fuel for the fishing fleet as well as the ferries linking the outer islands.',
  'Ferries to the islands were halted for the day and should start again on Wednesday morning.',
  'Water in the harbour is being tested by environmental officials for evidence of leaking fuel.',
  'This story has been rephrased from its original source.',
].join('\n\n');

/** Two outlets' own rewrites of a wire story that is not in the corpus: each keeps part of it and adds its own. */
const OUTLET_A = [
  'A fire broke out at the fuel depot in the port of Varnholm early on Tuesday, and about 300 residents were evacuated from nearby streets.',
  'Firefighters from three districts fought the blaze for nine hours before they brought it under control shortly after noon.',
  'The harbour authority said two storage tanks were destroyed and a third was damaged, but nobody was seriously injured.',
  'Mayor Ingrid Solheim told reporters the cause of the fire was not yet known and an inquiry would begin on Wednesday.',
  'Fishermen on the quay said they had complained for years about the state of the depot fences and the lack of night guards.',
  'One skipper, who asked not to be named, said he had seen teenagers climbing into the depot yard at night only last week.',
  'The town council will hold an emergency meeting on Thursday to discuss safety at the harbour.',
].join('\n\n');
const OUTLET_B = [
  'Early on Tuesday a fire broke out at the fuel depot in the port of Varnholm, forcing about 300 residents from nearby streets.',
  'Firefighters from three districts fought the blaze for nine hours and brought it under control shortly after noon.',
  'Two storage tanks were destroyed and a third was damaged, the harbour authority said, but no one was seriously injured.',
  'Mayor Ingrid Solheim said the cause of the fire was not yet known and that an inquiry would begin on Wednesday.',
  'The depot operator Nordtank has faced criticism before: in 2019 it was fined for storing fuel in tanks that had not been certified.',
  "Shares in Nordtank's parent company fell by four percent in early trading after news of the fire spread.",
  'Insurance experts said the damage could run into millions of euros once the cost of the clean-up is counted.',
].join('\n\n');

/** An unrelated story from the same invented town. */
const UNRELATED = [
  'The Varnholm town council approved a new cycling lane along the river on Monday after a two-hour debate.',
  'Councillors voted 21 to 9 in favour of the plan, which will remove about 200 parking spaces from the town centre.',
  'Shop owners on Mill Street said they feared losing customers who drive in from the surrounding villages.',
  'Construction is due to start in the spring and should take about six months.',
].join('\n\n');

function side(id: string, text: string, publishedAt: string | null, machineScore = 0): LinkSide {
  return { id, publishedAt, machineScore, profile: profileText(text) };
}

const machine = machineRewriteScore(detectArticleSignals({ title: '', text: MACHINE_REWRITE, publishedAt: null })).score;

describe('linkPair', () => {
  it('reads a copy as a copy, its source from the publication times', () => {
    const earlierFirst = linkPair(side('w', WIRE, '2024-03-05T08:00:00Z'), side('c', COPY, '2024-03-05T12:00:00Z'));
    expect(earlierFirst).toMatchObject({ from: 'w', to: 'c', relation: 'copy', direction: { basis: 'published-time' } });
    const laterFirst = linkPair(side('w', WIRE, '2024-03-05T14:00:00Z'), side('c', COPY, '2024-03-05T12:00:00Z'));
    expect(laterFirst).toMatchObject({ from: 'c', to: 'w', relation: 'copy', direction: { basis: 'published-time' } });
  });

  it('without times, takes the article carrying machine-rewrite markers for the rewrite', () => {
    expect(machine).toBeGreaterThanOrEqual(0.5);
    const edge = linkPair(side('r', MACHINE_REWRITE, null, machine), side('w', WIRE, null));
    expect(edge).toMatchObject({ from: 'w', to: 'r', direction: { basis: 'markers' } });
    expect(edge?.relation).not.toBe('siblings');
  });

  it('without times or markers, takes the text that sits inside the other for the cut copy', () => {
    const edge = linkPair(side('t', TRIMMED_COPY, null), side('w', WIRE, null));
    expect(edge).toMatchObject({ from: 'w', to: 't', relation: 'copy', direction: { basis: 'containment' } });
    expect(edge!.containment.toInFrom).toBeGreaterThan(edge!.containment.fromInTo);
  });

  it('breaks a tie toward the dated article, else toward the article passed first', () => {
    expect(linkPair(side('x', WIRE, null), side('y', COPY, '2024-03-05T08:00:00Z'))).toMatchObject({ from: 'y', direction: { basis: 'tie' } });
    expect(linkPair(side('y', WIRE, null), side('x', COPY, null))).toMatchObject({ from: 'y', direction: { basis: 'tie' } });
  });

  it('links two rewrites of an absent story as siblings, with no direction', () => {
    const edge = linkPair(side('b', OUTLET_B, '2024-03-05T10:00:00Z'), side('a', OUTLET_A, '2024-03-05T09:00:00Z'));
    expect(edge).toMatchObject({ from: 'a', to: 'b', relation: 'siblings', direction: null });
  });

  it('links nothing between unrelated stories', () => {
    expect(linkPair(side('w', WIRE, null), side('u', UNRELATED, null))).toBeNull();
  });

  it('carries the aligned sentences as evidence', () => {
    const edge = linkPair(side('w', WIRE, '2024-03-05T08:00:00Z'), side('t', TRIMMED_COPY, '2024-03-05T09:30:00Z'))!;
    expect(edge.evidence).toHaveLength(8);
    const [start, end] = edge.evidence[0]!.to[0]!;
    expect(TRIMMED_COPY.slice(start, end)).toMatch(/^A fire broke out at the fuel depot/);
  });
});

/** Feeds articles one at a time, every earlier one a candidate, keeping edges and parents as a store would. */
function feed(articles: readonly LinkSide[]): { edges: Map<string, CopyEdge>; steps: ReturnType<typeof linkNewArticle>[] } {
  const edges = new Map<string, CopyEdge>();
  const parents = new Map<string, ParentEdge>();
  const steps: ReturnType<typeof linkNewArticle>[] = [];
  articles.forEach((article, i) => {
    const result = linkNewArticle(article, articles.slice(0, i), parents);
    steps.push(result);
    for (const r of result.remove) {
      edges.delete(`${r.from}>${r.to}`);
      if (parents.get(r.to)?.from === r.from) parents.delete(r.to);
    }
    for (const e of result.add) {
      edges.set(`${e.from}>${e.to}`, e);
      if (e.relation !== 'siblings') parents.set(e.to, { from: e.from, score: e.score, relation: e.relation });
    }
  });
  return { edges, steps };
}

const summary = (edges: Map<string, CopyEdge>) => [...edges.values()].map((e) => `${e.from}>${e.to} ${e.relation}`).sort();

describe('linkNewArticle', () => {
  it('links two copies of one source to the source, not to each other', () => {
    const { edges } = feed([
      side('w', WIRE, '2024-03-05T08:00:00Z'),
      side('c1', COPY, '2024-03-05T10:00:00Z'),
      side('c2', TRIMMED_COPY, '2024-03-05T11:00:00Z'),
    ]);
    expect(summary(edges)).toEqual(['w>c1 copy', 'w>c2 copy']);
  });

  it('re-parents copies that arrived before their source, and drops the edge between them', () => {
    const { edges, steps } = feed([side('c1', COPY, null), side('c2', TRIMMED_COPY, null), side('w', WIRE, '2024-03-05T08:00:00Z')]);
    expect(summary(edges)).toEqual(['w>c1 copy', 'w>c2 copy']);
    expect(steps[2]!.remove).toContainEqual({ from: 'c1', to: 'c2' });
  });

  it('gives a rewrite the original as parent, not the original\'s copy', () => {
    const { edges } = feed([
      side('w', WIRE, '2024-03-05T08:00:00Z'),
      side('t', TRIMMED_COPY, '2024-03-05T09:00:00Z'),
      side('r', MACHINE_REWRITE, '2024-03-05T13:00:00Z', 0.95),
    ]);
    expect(summary(edges)).toEqual(['w>r heavy-rewrite', 'w>t copy']);
  });

  it('links two rewrites of an absent story as siblings', () => {
    const { edges } = feed([side('a', OUTLET_A, '2024-03-05T09:00:00Z'), side('b', OUTLET_B, '2024-03-05T10:00:00Z')]);
    expect(summary(edges)).toEqual(['a>b siblings']);
  });

  it('adds nothing for an article with no related candidate', () => {
    expect(linkNewArticle(side('w', WIRE, null), [], new Map())).toEqual({ add: [], remove: [] });
  });
});
