import type { Brief, BriefArticle, BriefClaim } from '../model/brief.js';
import type { ClaimGroupStatus, ContradictionSide } from '../model/corroboration.js';

/**
 * The Brief for a person, as Markdown (`crosscheck brief --md`) or plain text (the default on a terminal): the
 * same sections in the same order as docs/brief.md describes, established facts first. The JSON (`--json`) is the
 * whole record; these views cut long sections to their first lines and say how many they left out.
 */

export type BriefStyle = 'md' | 'text';

/** Lines a section shows before "... and N more": a reader scans a section in seconds, the JSON has the rest. */
const SECTION_LINES: Record<ClaimGroupStatus, number> = { corroborated: 30, disputed: 30, 'single-source': 15, speculative: 10 };
const QUOTE_CHARS = 220;
/** Entities shown: the story's main actors and places; the JSON lists every name. */
const ENTITY_LINES = 12;

export function renderBrief(brief: Brief, style: BriefStyle): string {
  const md = style === 'md';
  const byId = new Map(brief.articles.map((a) => [a.id, a]));
  const out: string[] = [];
  const heading = (text: string) => out.push('', md ? `## ${text}` : `${text}\n${'-'.repeat(text.length)}`);
  const { story, summary } = brief;
  out.push(md ? `# ${story.title}` : `${story.title}\n${'='.repeat(Math.min(story.title.length, 80))}`);
  const span = story.firstSeen === null ? 'undated' : `${story.firstSeen.slice(0, 10)} to ${story.lastSeen!.slice(0, 10)}`;
  out.push(`${story.id} · ${span} · ${plural(story.articleCount, 'article')} from ${plural(story.outlets.length, 'outlet')} · ` +
    `${plural(story.families, 'independent family', 'independent families')} (copies count once)`);
  out.push('', `${md ? '**At a glance:** ' : 'At a glance: '}${summary.corroborated} corroborated, ${summary.disputed} disputed, ` +
    `${summary.singleSource} single-source, ${summary.speculative} speculative; ${plural(summary.contradictions, 'contradiction')}, ` +
    `${plural(summary.updates, 'update')}; ${plural(summary.copies, 'copy', 'copies')} and rewrites, ${summary.machineRewrites} likely machine-written`);

  const section = (status: ClaimGroupStatus, title: string, line: (c: BriefClaim) => string) => {
    const claims = brief.claims.filter((c) => c.status === status);
    if (claims.length === 0) return;
    heading(`${title} (${claims.length})`);
    for (const c of claims.slice(0, SECTION_LINES[status])) out.push(`- ${line(c)}`);
    if (claims.length > SECTION_LINES[status]) out.push(`- ... and ${claims.length - SECTION_LINES[status]} more (--json has them all)`);
  };
  section('corroborated', 'Established', (c) => `${strong(c.text, md)}: ${plural(c.independentSources, 'independent source')} (${outletsOf(c.articleIds, byId)})${said(c)}`);
  if (brief.contradictions.length > 0) {
    heading(`Disputed (${brief.contradictions.length})`);
    for (const c of brief.contradictions) {
      out.push(`- ${c.kind}: ${side(c.sides[0], byId)} against ${side(c.sides[1], byId)}: ${clip(c.claim)}`);
      for (const s of c.sides) {
        const q = s.quotes[0];
        if (q) out.push(`  ${md ? '>' : '|'} "${clip(q.text)}" (${byId.get(q.articleId)?.outlet ?? q.articleId})`);
      }
    }
  }
  if (brief.updates.length > 0) {
    heading(`Updated figures (${brief.updates.length})`);
    for (const u of brief.updates) out.push(`- ${u.from.value} -> ${u.to.value}, later reports (${outletsOf(u.to.articleIds, byId)}): ${clip(u.claim)}`);
  }
  section('single-source', 'Single-source', (c) => `${clip(c.text)} (${outletsOf(c.articleIds, byId)})${said(c)}`);
  section('speculative', 'Speculation only', (c) => `${clip(c.text)} (${outletsOf(c.articleIds, byId)})`);

  const derived = brief.articles.filter((a) => a.copyOf !== null || a.machineRewrite.likely);
  if (derived.length > 0) {
    heading('Copies and machine rewrites');
    for (const a of derived) {
      const parts: string[] = [];
      if (a.copyOf) parts.push(`${a.copyOf.relation} of ${name(byId.get(a.copyOf.id), a.copyOf.id)}`);
      if (a.machineRewrite.likely) parts.push(`likely machine-rewritten (score ${a.machineRewrite.score.toFixed(2)}: ${a.machineRewrite.reasons.map((r) => r.group).join(', ')})`);
      out.push(`- ${name(a, a.id)}: ${parts.join('; ')}`);
    }
  }
  const named = brief.entities.filter((e) => e.kind !== 'other').slice(0, ENTITY_LINES);
  if (named.length > 0) {
    heading('Who and where');
    for (const e of named) {
      const also = e.variants.slice(1).map((v) => v.form);
      out.push(`- ${e.name} (${e.kind}, ${plural(e.families, 'family', 'families')})${also.length > 0 ? `; also written ${also.map((f) => `"${f}"`).join(', ')}` : ''}`);
    }
  }
  heading('Timeline');
  for (const t of brief.timeline) {
    const at = t.at === null ? 'undated' : t.at.slice(0, 16).replace('T', ' ');
    if (t.kind === 'update') out.push(`- ${at}  figure revised: ${t.from} -> ${t.to}`);
    else out.push(`- ${at}  ${t.outlet ?? '-'}: ${t.title}${t.copyOf ? ' (copy)' : t.newClaims > 0 ? ` (+${plural(t.newClaims, 'new claim')})` : ''}`);
  }
  out.push('');
  return out.join('\n');
}

function side(s: ContradictionSide, byId: ReadonlyMap<string, BriefArticle>): string {
  return `"${s.value}" (${plural(s.familyIds.length, 'family', 'families')}: ${outletsOf(s.articleIds, byId)})`;
}

/** Families shown in a list of sources before "and N more families". */
const FAMILY_LINES = 4;

/**
 * Who reports it, one name per independence family: the family's first article's outlet, and how many copies the
 * family holds beside it ("Meridian Wire and 3 copies, VBC News"). Listing outlets as they come would put a wire
 * story's republications first and hide the independent sources behind "and 4 more".
 */
export function outletsOf(articleIds: readonly string[], byId: ReadonlyMap<string, BriefArticle>): string {
  const families = new Map<string, string[]>();
  for (const id of articleIds) {
    const familyId = byId.get(id)?.familyId ?? id;
    const members = families.get(familyId);
    if (members) members.push(id);
    else families.set(familyId, [id]);
  }
  const shown = [...families.values()].slice(0, FAMILY_LINES).map((members) => {
    const first = byId.get(members[0]!)?.outlet ?? members[0]!;
    return members.length > 1 ? `${first} and ${plural(members.length - 1, 'copy', 'copies')}` : first;
  });
  const more = families.size - FAMILY_LINES;
  return more > 0 ? `${shown.join(', ')} and ${plural(more, 'more family', 'more families')}` : shown.join(', ');
}

/** Speakers given only as a pronoun ("he said") name nobody a reader can check: they are not listed. */
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their', 'its']);

export function said(c: Pick<BriefClaim, 'attributedTo'>): string {
  const named = c.attributedTo.filter((s) => !PRONOUNS.has(s.trim().toLowerCase()));
  return named.length > 0 ? `; according to ${named.slice(0, 3).join(', ')}` : '';
}

function name(a: BriefArticle | undefined, id: string): string {
  return a ? `"${clip(a.title, 80)}" (${a.outlet ?? id})` : id;
}

function strong(text: string, md: boolean): string {
  return md ? `**${clip(text)}**` : clip(text);
}

function clip(text: string, max = QUOTE_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
