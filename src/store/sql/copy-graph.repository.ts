import type { Kysely } from 'kysely';
import type { CopyEdge, CopyRelation } from '../../model/copy-edge.js';
import type { LinkResult, ParentEdge } from '../../reuse/link-article.js';
import type { CopyEdgesTable, Database } from './schema.js';

/**
 * Copy edges and independence families. A family's id is the smallest article id among its members: it does not
 * depend on the order articles arrived in, so the same corpus gives the same families however it was ingested.
 * Joining two families relabels the members of the one whose id loses, which touches only those rows.
 */

export async function saveLinks(trx: Kysely<Database>, result: LinkResult): Promise<void> {
  for (const { from, to } of result.remove) {
    await trx.deleteFrom('copy_edges').where('from_id', '=', from).where('to_id', '=', to).execute();
  }
  for (const edge of result.add) {
    await trx.insertInto('copy_edges').values(edgeRow(edge))
      .onConflict((c) => c.columns(['from_id', 'to_id']).doUpdateSet((eb) => ({
        relation: eb.ref('excluded.relation'), score: eb.ref('excluded.score'), direction: eb.ref('excluded.direction'),
        containment: eb.ref('excluded.containment'), evidence: eb.ref('excluded.evidence'),
      }))).execute();
    await joinFamilies(trx, edge.from, edge.to);
  }
}

async function joinFamilies(trx: Kysely<Database>, a: string, b: string): Promise<void> {
  const rows = await trx.selectFrom('families').select(['article_id', 'family_id']).where('article_id', 'in', [a, b]).execute();
  const familyOf = (id: string) => rows.find((r) => r.article_id === id)?.family_id ?? id;
  const [fa, fb] = [familyOf(a), familyOf(b)];
  const family = fa < fb ? fa : fb;
  const other = fa < fb ? fb : fa;
  if (fa !== fb) await trx.updateTable('families').set({ family_id: family }).where('family_id', '=', other).execute();
  for (const id of [a, b]) {
    await trx.insertInto('families').values({ article_id: id, family_id: family })
      .onConflict((c) => c.column('article_id').doUpdateSet({ family_id: family })).execute();
  }
}

export async function markLinksPending(trx: Kysely<Database>, articleId: string): Promise<void> {
  await trx.insertInto('pending_links').values({ article_id: articleId }).onConflict((c) => c.column('article_id').doNothing()).execute();
}

export async function clearLinksPending(trx: Kysely<Database>, articleId: string): Promise<void> {
  await trx.deleteFrom('pending_links').where('article_id', '=', articleId).execute();
}

/** Articles waiting for their copy edges, in the order they were stored (their row order in `articles`). */
export async function pendingLinks(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('pending_links').innerJoin('articles', 'articles.id', 'pending_links.article_id')
    .select('pending_links.article_id').orderBy('articles.seq').execute();
  return rows.map((r) => r.article_id);
}

/** The parent edge (source, score) of each of these articles that has one. */
export async function parentsOf(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, ParentEdge>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('copy_edges').select(['from_id', 'to_id', 'score', 'relation'])
    .where('to_id', 'in', ids).where('relation', '!=', 'siblings').execute();
  return new Map(rows.map((r) => [r.to_id, { from: r.from_id, score: r.score, relation: r.relation as CopyRelation }]));
}

/** Every edge that touches these articles, strongest first. */
export async function edgesOf(db: Kysely<Database>, ids: readonly string[]): Promise<CopyEdge[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('copy_edges').selectAll()
    .where((eb) => eb.or([eb('from_id', 'in', ids), eb('to_id', 'in', ids)]))
    .orderBy('score', 'desc').orderBy('from_id').orderBy('to_id').execute();
  return rows.map(toEdge);
}

/** The family id of each article: its family's, or its own when it has no edge. */
export async function familiesOf(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  // In slices: a story's article list can be longer than a statement's parameter limit.
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('families').select(['article_id', 'family_id']).where('article_id', 'in', ids.slice(i, i + 500)).execute();
    for (const r of rows) found.set(r.article_id, r.family_id);
  }
  return new Map(ids.map((id) => [id, found.get(id) ?? id]));
}

/** The members of a family, in id order; a lone article (no edges) is its own family of one. */
export async function familyMembers(db: Kysely<Database>, familyId: string): Promise<string[]> {
  const rows = await db.selectFrom('families').select('article_id').where('family_id', '=', familyId).orderBy('article_id').execute();
  return rows.length === 0 ? [familyId] : rows.map((r) => r.article_id);
}

function edgeRow(edge: CopyEdge): CopyEdgesTable {
  return {
    from_id: edge.from, to_id: edge.to, relation: edge.relation, score: edge.score,
    direction: edge.direction ? JSON.stringify(edge.direction) : null,
    containment: JSON.stringify(edge.containment), evidence: JSON.stringify(edge.evidence),
  };
}

function toEdge(row: CopyEdgesTable): CopyEdge {
  return {
    from: row.from_id, to: row.to_id, relation: row.relation as CopyRelation, score: row.score,
    direction: row.direction ? (JSON.parse(row.direction) as CopyEdge['direction']) : null,
    containment: JSON.parse(row.containment) as CopyEdge['containment'],
    evidence: JSON.parse(row.evidence) as CopyEdge['evidence'],
  };
}
