/** Invented coverage of one invented claim, for the stance tests: one article per position, and two off the story. */
export const STANCE_CLAIM = 'Mayor Ostin resigns after Harbour Bridge scandal';

export const STANCE_ARTICLES: Readonly<Record<'agree' | 'disagree' | 'discuss' | 'unrelated' | 'unrelated2', string>> = {
  agree: 'Mayor Dana Ostin resigned on Tuesday after the Harbour Bridge scandal. She handed her resignation letter to the council clerk in the morning and left the town hall. The bridge contract had been awarded without a tender.',
  disagree: 'Reports that Mayor Dana Ostin resigned over the Harbour Bridge scandal are false, her office said on Tuesday. A spokesman called the claim a hoax and denied that Ostin had stepped down. The fake letter circulated on social media.',
  discuss: 'Mayor Dana Ostin may resign over the Harbour Bridge scandal, according to unconfirmed reports. Sources claim that she has drafted a letter, but the claim could not be verified. Her office has not commented.',
  unrelated: 'The autumn harvest festival in Velmar drew record crowds on Saturday. Farmers sold apples, pears and pumpkins from more than two hundred stalls. Organisers said next year the festival will run for three days.',
  unrelated2: 'Velmar rail workers began a two-day strike on Monday over pay. Trains between the port and the capital were cancelled, the operator said. Union leaders said talks would resume on Thursday.',
};
