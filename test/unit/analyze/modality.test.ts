import { describe, expect, it } from 'vitest';
import { findAttribution } from '../../../src/analyze/attribution.js';
import { findModality } from '../../../src/analyze/modality.js';

const modality = (sentence: string) => findModality(sentence, 0, findAttribution(sentence, 0).attribution).kind;
const cues = (sentence: string) => findModality(sentence, 0, findAttribution(sentence, 0).attribution).cues.map((c) => c.text);

describe('findModality', () => {
  it('calls a plain statement in the outlet\'s voice a reported fact', () => {
    expect(modality('Fire destroyed three ships on Quay 7.')).toBe('reported');
    expect(cues('Fire destroyed three ships on Quay 7.')).toEqual([]);
  });

  it('calls a sourced statement attributed', () => {
    expect(modality('Three ships were destroyed, the harbour master said.')).toBe('attributed');
    expect(modality('According to the coast guard, the channel is closed.')).toBe('attributed');
    expect(modality('Reports suggest the blaze began in a pump room.')).toBe('attributed');
    // Future-in-the-past after a past reporting verb is not a hedge.
    expect(modality('Marand said the accord would be put to parliament.')).toBe('attributed');
  });

  it('calls speculation hedged, even when attributed', () => {
    expect(modality('The accord could reshape fishing in the strait.')).toBe('hedged');
    expect(modality('The summit may signify a thaw between the neighbours.')).toBe('hedged');
    expect(modality('The agreement hints at a wider settlement.')).toBe('hedged');
    expect(modality('The minister is expected to resign.')).toBe('hedged');
    expect(modality('The captain reportedly ignored the warnings.')).toBe('hedged');
    expect(modality('The fire appears to have started in the engine room.')).toBe('hedged');
    expect(modality('It is possible that the quay will never reopen.')).toBe('hedged');
    expect(modality('A deal is likely before the winter.')).toBe('hedged');
    expect(modality('Analysts said the patrols might fail.')).toBe('hedged');
    expect(cues('The accord could reshape fishing in the strait.')).toEqual(['could']);
  });

  it('calls the writer\'s judgement opinion', () => {
    expect(modality('I think the accord is overdue.')).toBe('opinion');
    expect(modality('The government should publish the inspection reports.')).toBe('opinion');
    expect(modality('Parliament must ratify the deal quickly.')).toBe('opinion');
    expect(modality('The accord is a welcome step for both fleets.')).toBe('opinion');
    expect(modality('Arguably, the strait has never been calmer.')).toBe('opinion');
  });

  it('calls a question a question, but not a quoted question that is reported', () => {
    expect(modality('Will the patrols keep the peace?')).toBe('question');
    expect(modality('What does the accord mean for Morvessa?"')).toBe('question');
    expect(modality('"Is the harbour safe?" the mayor asked.')).toBe('attributed');
  });

  it('does not take "May" the month or "could not" for a hedge', () => {
    expect(modality('The crossing closed in May.')).toBe('reported');
    expect(modality('Divers could not reach the wreck.')).toBe('reported');
  });
});
