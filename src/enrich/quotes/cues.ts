// Verbs and phrases that introduce reported speech, written by us for German and English.
import { wordSet } from '../entities/words.ts';

/** Whether a text is German or English, the two languages the cue lists cover. */
export type QuoteLanguage = 'de' | 'en';

/** Stems of weak German speech verbs; their finite forms are generated below. */
const WEAK_STEMS = [
  'sag', 'erklär', 'beton', 'mein', 'forder', 'warn', 'kritisier', 'bestätig', 'ergänz', 'versicher',
  'behaupt', 'bericht', 'kommentier', 'erläuter', 'bekräftig', 'argumentier', 'antwort', 'entgegn',
  'glaub', 'hoff', 'vermut', 'befürcht', 'fürcht', 'zitier', 'verkünd', 'informier', 'appellier', 'mahn',
  'klag', 'beklag', 'lob', 'frag', 'präzisier', 'twitter', 'resümier',
  'bilanzier', 'beteuer', 'bemängel', 'spekulier', 'urteil', 'folger', 'schätz', 'erwider', 'äußer',
  'kündig', 'teil', 'füg', 'räum', 'stell',
];
const STRONG_FORMS = `schreibt schrieb schrieben geschrieben unterstrich unterstrichen widersprach widerspricht
  widersprachen sprach spricht sprachen nannte nennt nannten genannt bezeichnete bezeichnet bezeichneten
  gab gibt gaben verwies verweist verwiesen wies weist rief ruft riefen verlautete verlautet hieß heißt
  empfahl empfiehlt riet rät wusste weiß dachte denkt fand findet gestand gesteht räumte räumt
  mitteilte mitteilten mitgeteilt ankündigte ankündigten angekündigt hinzufügte hinzugefügt einräumte
  eingeräumt feststellte festgestellt klarstellte angab angaben angegeben bekanntgab bekanntgaben
  bekanntgegeben zugab hinwies hinwiesen aufrief aufriefen warf wirft warfen rufen`;

// "meinen" is far more often "my" than "they think".
const POSSESSIVE_LOOKALIKES = wordSet('meinen');

function weakForms(stem: string): string[] {
  const e = /[td]$/.test(stem) || /[^aeiouäöülrh][mn]$/.test(stem) ? 'e' : '';
  return [`${stem}${e}t`, `${stem}${e}te`, `${stem}${e}ten`, `${stem}en`, `ge${stem}${e}t`];
}

/** Finite German speech verbs (lower case): "sagte", "erklärt", "betonten", "schrieb". */
export const GERMAN_CUE_VERBS: ReadonlySet<string> = new Set(
  [...WEAK_STEMS.flatMap(weakForms), ...wordSet(STRONG_FORMS)].filter((w) => !POSSESSIVE_LOOKALIKES.has(w)),
);

const STRONG_PARTICIPLES = wordSet(`geschrieben unterstrichen widersprochen gesprochen genannt bezeichnet gegeben
  verwiesen gewiesen gerufen verlautet geheißen empfohlen geraten gewusst gedacht gefunden gestanden mitgeteilt
  angekündigt hinzugefügt eingeräumt festgestellt klargestellt angegeben bekanntgegeben zugegeben hingewiesen aufgerufen`);
const WEAK_PARTICIPLES: ReadonlySet<string> = new Set(WEAK_STEMS.map((stem) => weakForms(stem).at(-1)!));

/** Whether a German cue word is a past participle ("gesagt", "genannt"), which speaks only with "hat". */
export function isParticiple(lower: string): boolean {
  return STRONG_PARTICIPLES.has(lower) || WEAK_PARTICIPLES.has(lower);
}

// Verbs that report an act of speech even with a plain object ("sprach von Verrat", "kritisierte den
// Plan", "wies die Vorwürfe zurück"); thinking and hoping verbs ("glaubt", "hofft") do not.
const REPORTING_STEMS = ['sprach', 'spricht', 'sprachen', 'bezeichne', 'berichte', 'kritisier', 'forder', 'warn',
  'kündig', 'wies', 'weist', 'bestätig', 'dementier', 'beklag', 'bemängel', 'appellier', 'mahn', 'verwies', 'verweist',
  'warf', 'wirft', 'rief', 'ruft', 'rufen', 'rät', 'riet', 'äußer', 'erklär', 'beton', 'unterstrich', 'beschuldig', 'protestier', 'lob'];
// ("verurteilte" is left out: a court sentences more often than a speaker condemns.)

/** Whether a German cue verb reports speech on its own, without a clause ("kritisierte den Plan"). */
export function isReportingVerb(lower: string): boolean {
  return REPORTING_STEMS.some((stem) => lower.startsWith(stem));
}

/** German verbs that only speak with their particle ("teilte … mit", "gab … bekannt"). */
export const SEPARABLE_PARTICLES: Record<string, readonly string[]> = {
  teil: ['mit'], kündig: ['an'], füg: ['hinzu'], räum: ['ein'], stell: ['fest', 'klar'], gab: ['an', 'bekannt', 'zu'],
  gibt: ['an', 'bekannt', 'zu'], gaben: ['an', 'bekannt', 'zu'], wies: ['hin', 'darauf', 'zurück'], weist: ['hin', 'darauf', 'zurück'],
  rief: ['auf'], ruft: ['auf'], riefen: ['auf'], rufen: ['auf'], sprach: ['von', 'sich'], spricht: ['von', 'sich'], sprachen: ['von', 'sich'],
  räumte: ['ein'], räumt: ['ein'], warf: ['vor'], wirft: ['vor'], warfen: ['vor'],
};

/** English speech verbs (lower case). */
export const ENGLISH_CUE_VERBS = wordSet(`said says say told tells added adds stated states explained explains
  warned warns argued argues claimed claims insisted insists noted notes wrote writes announced announces
  asked asks replied replies confirmed confirms stressed stresses admitted admits suggested suggests
  believes believed reported reports tweeted urged urges called calls described describes`);

/** Konjunktiv I (and the Konjunktiv II forms indirect speech falls back on) of frequent verbs. */
export const SUBJUNCTIVE_FORMS = wordSet(`sei seien seiest habe werde könne müsse solle wolle dürfe möge wisse
  gebe liege stehe gehe komme bleibe brauche fehle gelte lasse sehe halte trage handle mache gehöre plane
  arbeite verfüge befinde erwarte führe zeige bestehe hänge spiele entstehe drohe wachse sinke steige
  wäre wären hätte hätten würde würden könnte könnten müsste müssten stünde stünden gäbe gäben käme
  kämen ginge läge lägen bliebe`);
// "gingen", "blieben" are also the plural past tense ("gingen in Flammen auf"), so they are left out.

/** Whether a lower-case word opens a that-clause or a question clause. */
export const CLAUSE_OPENERS = wordSet('dass daß ob wie warum weshalb wann wo man that whether how why');

/** Pronouns that refer to the last person named. */
export const PERSONAL_PRONOUNS = wordSet('er sie he she they');

/** Whether a lower-case word is a speech verb of the language. */
export function isCueVerb(lower: string, lang: QuoteLanguage): boolean {
  return lang === 'en' ? ENGLISH_CUE_VERBS.has(lower) : GERMAN_CUE_VERBS.has(lower);
}

/** The particles a separable German verb needs to speak, or none when it speaks alone. */
export function particlesOf(lower: string): readonly string[] | undefined {
  if (SEPARABLE_PARTICLES[lower]) return SEPARABLE_PARTICLES[lower];
  const stem = Object.keys(SEPARABLE_PARTICLES).find((s) => s.length <= 5 && weakForms(s).includes(lower) && !lower.startsWith('ge'));
  return stem ? SEPARABLE_PARTICLES[stem] : undefined;
}
