import type { StoryArticle } from '../../../src/stories/article-features.js';

/**
 * Fictional coverage written for these tests: two earthquakes of the same week (same kind of event, different
 * places, people and tolls), and an unrelated council vote. Each event is told by three outlets in their own words.
 */
export const QUAKE_KESH: readonly StoryArticle[] = [
  {
    id: 'kesh-1', outlet: 'Harbour Daily', publishedAt: '2025-03-03T08:00:00Z',
    title: 'Magnitude 6.1 earthquake strikes Kesh valley, 14 dead',
    text: 'A magnitude 6.1 earthquake struck the Kesh valley early on Monday, killing at least 14 people and ' +
      'flattening houses in the town of Orvana. Governor Lida Marren said rescue teams from Tarsany were digging ' +
      'through rubble. The Kesh Seismic Institute placed the epicentre 12 kilometres north of Orvana.',
  },
  {
    id: 'kesh-2', outlet: 'Valley Post', publishedAt: '2025-03-03T11:30:00Z',
    title: 'Orvana counts its dead after Kesh valley quake',
    text: 'Residents of Orvana spent the night outdoors after Monday\'s earthquake in the Kesh valley, which the ' +
      'Kesh Seismic Institute measured at magnitude 6.1. Governor Lida Marren raised the toll to 14 and asked ' +
      'Tarsany for tents. Collapsed houses blocked the road north of Orvana.',
  },
  {
    id: 'kesh-3', outlet: 'Wire East', publishedAt: '2025-03-04T07:15:00Z',
    title: 'Rescuers search rubble in Orvana as Kesh quake toll stays at 14',
    text: 'Rescue teams from Tarsany searched collapsed houses in Orvana on Tuesday, a day after a magnitude 6.1 ' +
      'earthquake shook the Kesh valley. Governor Lida Marren said 14 people had died. The Kesh Seismic ' +
      'Institute recorded aftershocks north of Orvana through the night.',
  },
];

export const QUAKE_BRENN: readonly StoryArticle[] = [
  {
    id: 'brenn-1', outlet: 'Harbour Daily', publishedAt: '2025-03-05T09:00:00Z',
    title: 'Earthquake of magnitude 5.4 hits Brennmark coast, two injured',
    text: 'A magnitude 5.4 earthquake hit the Brennmark coast on Wednesday, injuring two people in the port of ' +
      'Castelmar and cracking the old sea wall. Mayor Oskar Vellin said the ferry terminal was closed. The ' +
      'Brennmark Geological Office said the quake was centred offshore near the Lindholt islands.',
  },
  {
    id: 'brenn-2', outlet: 'Valley Post', publishedAt: '2025-03-05T13:00:00Z',
    title: 'Castelmar sea wall cracked by Brennmark quake',
    text: 'Wednesday\'s earthquake off the Brennmark coast cracked the Castelmar sea wall and closed the ferry ' +
      'terminal, Mayor Oskar Vellin said. Two people were injured. The Brennmark Geological Office measured ' +
      'magnitude 5.4 with an epicentre near the Lindholt islands.',
  },
  {
    id: 'brenn-3', outlet: 'Wire East', publishedAt: '2025-03-06T08:00:00Z',
    title: 'Castelmar ferry terminal reopens after Brennmark earthquake',
    text: 'The ferry terminal in Castelmar reopened on Thursday after engineers checked the sea wall cracked by ' +
      'the magnitude 5.4 earthquake off the Brennmark coast. Mayor Oskar Vellin thanked the Brennmark ' +
      'Geological Office. The two people injured near the Lindholt islands have left hospital.',
  },
];

export const COUNCIL_VOTE: StoryArticle = {
  id: 'council-1', outlet: 'City Paper', publishedAt: '2025-03-05T18:00:00Z',
  title: 'Norvik council approves river cycling lane',
  text: 'The Norvik city council approved a cycling lane along the river on Wednesday after a two-hour debate. ' +
    'Councillors voted 21 to 9 for the plan, which removes about 200 parking spaces on Mill Street. Shop ' +
    'owners said they feared losing customers who drive into town.',
};

/** The two earthquakes' articles interleaved, as a feed delivers them. */
export function interleavedQuakes(): StoryArticle[] {
  const out: StoryArticle[] = [];
  for (let i = 0; i < QUAKE_KESH.length; i++) out.push(QUAKE_KESH[i]!, QUAKE_BRENN[i]!);
  return out;
}
