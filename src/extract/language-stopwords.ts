/**
 * The most frequent function words of the languages most news arrives in. A few hundred characters of running
 * text contain dozens of them, so counting them names a Latin-script language far faster than n-gram profiles
 * (franc scores ~400 profiles and costs ~3 ms per article; this costs ~0.05 ms). Lists: the top words of each
 * language's Wikipedia frequency list, minus words shared across the languages here.
 */
export const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'was', 'for', 'with', 'on', 'said', 'by', 'it', 'as', 'at', 'from', 'have', 'has', 'be', 'which', 'were', 'will', 'this'],
  de: ['der', 'die', 'und', 'den', 'das', 'nicht', 'ist', 'mit', 'sich', 'auf', 'für', 'dem', 'eine', 'ein', 'auch', 'wird', 'sie', 'hat', 'nach', 'bei', 'wie', 'noch', 'aus', 'zu'],
  fr: ['le', 'les', 'des', 'est', 'une', 'dans', 'pour', 'qui', 'pas', 'sur', 'du', 'au', 'avec', 'sont', 'ont', 'mais', 'cette', 'aux', 'été', 'ses', 'leur', 'selon', 'il', 'ne'],
  es: ['el', 'los', 'las', 'del', 'que', 'por', 'una', 'con', 'para', 'es', 'se', 'su', 'al', 'lo', 'como', 'más', 'pero', 'sus', 'fue', 'ha', 'este', 'según', 'entre', 'sin'],
  it: ['il', 'di', 'che', 'della', 'per', 'non', 'una', 'sono', 'del', 'gli', 'alla', 'anche', 'nel', 'con', 'ha', 'dei', 'delle', 'più', 'ma', 'è', 'stato', 'come', 'questo', 'nella'],
  pt: ['o', 'os', 'do', 'da', 'que', 'não', 'em', 'uma', 'para', 'com', 'dos', 'das', 'foi', 'ao', 'mais', 'pelo', 'pela', 'seu', 'sua', 'também', 'já', 'ser', 'como', 'está'],
  nl: ['de', 'het', 'een', 'van', 'en', 'niet', 'dat', 'op', 'zijn', 'met', 'voor', 'ook', 'aan', 'bij', 'wordt', 'door', 'maar', 'werd', 'naar', 'heeft', 'nog', 'dit', 'uit', 'om'],
  sv: ['och', 'att', 'det', 'som', 'för', 'på', 'är', 'med', 'av', 'till', 'den', 'har', 'inte', 'om', 'ett', 'var', 'men', 'också', 'från', 'kan', 'efter', 'vid', 'sig', 'när'],
  da: ['og', 'af', 'til', 'er', 'på', 'med', 'det', 'som', 'for', 'ikke', 'har', 'den', 'fra', 'blev', 'også', 'efter', 'kan', 'vil', 'skal', 'eller', 'over', 'hvor', 'mod', 'siger'],
  pl: ['i', 'w', 'nie', 'na', 'się', 'z', 'do', 'że', 'jest', 'to', 'o', 'jak', 'ale', 'po', 'przez', 'od', 'tym', 'oraz', 'są', 'jego', 'był', 'dla', 'także', 'został'],
};

/** Scripts that name a language (or a small family) by themselves. */
export const SCRIPT_LANGUAGES: readonly { readonly pattern: RegExp; readonly language: string }[] = [
  { pattern: /[\u3040-\u30ff]/u, language: 'ja' }, // kana: Japanese, even with kanji around it
  { pattern: /[\uac00-\ud7af]/u, language: 'ko' },
  { pattern: /[\u4e00-\u9fff]/u, language: 'zh' },
  { pattern: /[\u0370-\u03ff]/u, language: 'el' },
  { pattern: /[\u0590-\u05ff]/u, language: 'he' },
  { pattern: /[\u0e00-\u0e7f]/u, language: 'th' },
];
