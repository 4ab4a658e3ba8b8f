import { describe, expect, it } from 'vitest';
import { findStatus } from '../../../src/analyze/claim-status.js';
import { extractClaims } from '../../../src/analyze/claims.js';

const status = (content: string) => findStatus(content, 0).kind;
const cue = (content: string) => findStatus(content, 0).cue?.text ?? null;
/** The status of a whole sentence, attribution stripped as extractClaims does. */
const sentenceStatus = (sentence: string) => extractClaims(sentence, { articleId: 't', publishedAt: '2024-06-06T00:00:00Z' })[0]!.status.kind;

describe('findStatus', () => {
  it('reads done from past and perfect forms', () => {
    expect(status('The leaders held talks in Port Avel.')).toBe('done');
    expect(status('Veloria has signed the accord.')).toBe('done');
    expect(status('Four people were killed.')).toBe('done');
    expect(status('The ferry sank within minutes.')).toBe('done');
    expect(cue('Veloria has signed the accord.')).toBe('has signed');
  });

  it('reads ongoing from progressive and continuing forms', () => {
    expect(status('The leaders are holding talks in Port Avel.')).toBe('ongoing');
    expect(status('Firefighters continue to cool the tanks.')).toBe('ongoing');
    expect(status('Repairs are under way at the pier.')).toBe('ongoing');
    expect(status('The crossing remains closed to freight.')).toBe('ongoing');
    expect(status('The crossing is closed to freight.')).toBe('ongoing');
  });

  it('reads planned from future and intention forms', () => {
    expect(status('The leaders will hold talks in Port Avel.')).toBe('planned');
    expect(status('Tarsany plans to hold a referendum.')).toBe('planned');
    expect(status('The summit is set to open on Monday.')).toBe('planned');
    expect(status('The vote is scheduled to take place in June.')).toBe('planned');
    expect(status('The squadron is due to begin operations in June.')).toBe('planned');
    expect(status('Observers expect the upcoming summit to be tense.')).toBe('planned');
    expect(status('Ministers meet again next week.')).toBe('planned');
    expect(status('The two leaders agreed to reopen the crossing.')).toBe('planned');
  });

  it('reads the status of the reported event, not of the reporting verb', () => {
    expect(sentenceStatus('Veloria and Tarsany announced plans to hold talks in Port Avel.')).toBe('planned');
    expect(sentenceStatus('The ministry said the talks will resume on Friday.')).toBe('planned');
    expect(sentenceStatus('Officials said the fire is still burning.')).toBe('ongoing');
    expect(sentenceStatus('Officials said on Friday that the leaders held talks.')).toBe('done');
  });

  it('skips relative clauses set off by commas', () => {
    expect(status('The fire, which will be investigated, destroyed three ships.')).toBe('done');
  });

  it('says unknown when nothing marks tense or aspect', () => {
    expect(status('Veloria and Tarsany sign Kesh accord')).toBe('unknown');
  });
});
