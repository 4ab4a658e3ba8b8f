import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/extract/language.js';

const samples: Record<string, string> = {
  en: 'The ministry said on Tuesday that the summit between the two leaders would go ahead as planned, despite protests that were held in the capital over the weekend and the warnings of the opposition.',
  de: 'Die Regierung hat am Dienstag erklärt, dass das Treffen trotz der Proteste wie geplant stattfinden wird. Auch die Opposition hat sich nach den Gesprächen nicht mehr zu dem Thema geäußert.',
  fr: 'Le ministère a déclaré mardi que le sommet entre les deux dirigeants aura lieu comme prévu, malgré les manifestations qui ont eu lieu dans la capitale pendant le week-end.',
  es: 'El ministerio dijo el martes que la cumbre entre los dos líderes se celebrará según lo previsto, pese a las protestas que se produjeron en la capital durante el fin de semana.',
  ru: 'Министерство заявило во вторник, что встреча двух лидеров состоится, как и планировалось, несмотря на протесты, которые прошли в столице в выходные дни и предупреждения оппозиции.',
  ja: '外務省は火曜日、両首脳の会談は週末に首都で行われた抗議にもかかわらず予定通り行われると発表した。野党は懸念を表明しているが、政府は計画を変更しないとしている。',
};

describe('detectLanguage', () => {
  it.each(Object.entries(samples))('recognises %s', (language, text) => {
    expect(detectLanguage(text, null)).toBe(language);
  });

  it('trusts the text over a template default', () => {
    expect(detectLanguage(samples.de!, 'en-US')).toBe('de');
  });

  it('falls back to the declared language for short texts', () => {
    expect(detectLanguage('Kurz.', 'de-DE')).toBe('de');
    expect(detectLanguage('Short.', null)).toBeNull();
  });
});
