/**
 * Generated news-like documents for throughput benchmarks: seeded, so every run measures the same input. Sentences
 * are built from a fixed vocabulary with names, numbers and dates, about 400 words an article (the median length of
 * news bodies in the extraction benchmark's gold set is ~3,100 characters).
 */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['The ministry', 'The coast guard', 'Officials', 'The mayor of Port Avel', 'A spokesperson for the council', 'Residents', 'The agency', 'Investigators', 'The prime minister', 'Union leaders'];
const VERBS = ['said', 'confirmed', 'denied', 'announced', 'warned', 'reported', 'estimated', 'insisted', 'suggested', 'promised'];
const OBJECTS = ['that the talks would resume', 'that repairs would take weeks', 'that two ships were damaged', 'that the budget would rise', 'that the inquiry would open', 'that no one was injured', 'that the vote was postponed', 'that the port would reopen', 'that the agreement was signed', 'that fares would fall'];
const TAILS = ['on Tuesday', 'after a long meeting', 'in a statement', 'according to local media', 'despite protests', 'late on Friday', 'in an interview', 'without giving details', 'for the third time this year', 'as crowds gathered'];
const PLACES = ['Port Avel', 'Veloria', 'Tarsany', 'Brennmark', 'Oskara', 'Lindholt', 'Castelmar', 'Norvik'];

export interface SyntheticArticle {
  readonly title: string;
  readonly text: string;
  readonly url: string;
  readonly published: string;
  readonly outlet: string;
}

export function syntheticArticle(index: number, random: () => number): SyntheticArticle {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const place = pick(PLACES);
  const paragraphs: string[] = [];
  for (let p = 0; p < 8; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 3; s++) {
      sentences.push(`${pick(SUBJECTS)} in ${place} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}, with ${Math.floor(random() * 900) + 2} people affected (story ${index}).`);
    }
    paragraphs.push(sentences.join(' '));
  }
  const day = 1 + Math.floor(random() * 28);
  return {
    title: `${place}: ${pick(SUBJECTS).toLowerCase()} ${pick(VERBS)} ${pick(OBJECTS)} (${index})`,
    text: paragraphs.join('\n\n'),
    url: `https://news${index % 50}.example/2024/03/${String(day).padStart(2, '0')}/story-${index}`,
    published: `2024-03-${String(day).padStart(2, '0')}T10:00:00Z`,
    outlet: `News ${index % 50}`,
  };
}

/** A full page around the article: navigation, sidebar, footer and scripts, as real pages carry. */
export function syntheticPage(article: SyntheticArticle): string {
  const nav = Array.from({ length: 20 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('');
  const related = Array.from({ length: 8 }, (_, i) => `<li><a href="/related/${i}">Related headline number ${i} about something else</a></li>`).join('');
  const body = article.text.split('\n\n').map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${article.title} | ${article.outlet}</title>
<meta property="og:site_name" content="${article.outlet}"><meta property="article:published_time" content="${article.published}">
<link rel="canonical" href="${article.url}"><script>window.dataLayer=[];function track(){return 1}</script></head>
<body><header><nav><ul>${nav}</ul></nav></header><main><article><h1>${article.title}</h1><p class="byline">By Staff Writer</p>
${body}</article><aside><h2>Related</h2><ul>${related}</ul></aside></main>
<footer><p>Copyright 2024 ${article.outlet}. All rights reserved.</p><div class="cookie">We use cookies. <button>Accept</button></div></footer></body></html>`;
}
