/**
 * Korean particles (조사) that depend on the sound the word before them ends with: 을/를, 이/가,
 * 은/는, 과/와, 으로/로. The templates write the fallback form, "{{theKind}}을(를)", because the
 * word is filled in later; `resolveParticles` turns it into the one particle when the word's end
 * can be read for certain: a Hangul syllable (by its final consonant, 받침) or a decimal number
 * (as read in Sino-Korean: 3 삼, 10 십). After anything else (an API name, a quoted identifier,
 * a hex value) the reading is a convention that cannot be computed, and the fallback form stays.
 * Pure, apart from the i18next post-processor that applies it to every translation.
 */
import type { PostProcessorModule } from 'i18next';

/** How a word ends: without a final consonant, with ㄹ (which takes 로, not 으로), or with another. */
export type FinalSound = 'vowel' | 'rieul' | 'consonant';

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** The jongseong index of ㄹ in a composed syllable (0 is none). */
const RIEUL = 8;

/** Sino-Korean readings of a last digit: 1 일, 7 칠, 8 팔 end in ㄹ; 0 영, 3 삼, 6 육 in another consonant. */
const DIGIT_FINAL: Readonly<Record<string, FinalSound>> = {
  '0': 'consonant',
  '1': 'rieul',
  '2': 'vowel',
  '3': 'consonant',
  '4': 'vowel',
  '5': 'vowel',
  '6': 'consonant',
  '7': 'rieul',
  '8': 'rieul',
  '9': 'vowel',
};

/** The final sound of `text`'s last word, or null when it cannot be known (not Hangul, not a
 *  plain decimal number). */
export function finalSound(text: string): FinalSound | null {
  const last = text.codePointAt(text.length - 1);
  if (last !== undefined && last >= HANGUL_FIRST && last <= HANGUL_LAST) {
    const jong = (last - HANGUL_FIRST) % 28;
    return jong === 0 ? 'vowel' : jong === RIEUL ? 'rieul' : 'consonant';
  }
  // A number standing alone (not the end of 0x10, x1 or 1.5): its last digit, or the unit its
  // trailing zeros name (십, 백, 천, 만, 억 all end in a consonant other than ㄹ).
  const number = /(?:^|[^0-9A-Za-z_.])(\d+)$/.exec(text)?.[1];
  if (number === undefined) return null;
  if (number.length > 1 && number.endsWith('0')) return 'consonant';
  return DIGIT_FINAL[number.slice(-1)] ?? null;
}

/** Each fallback form with its particle after a consonant and after a vowel. */
const FORMS: Readonly<Record<string, readonly [string, string]>> = {
  '을(를)': ['을', '를'],
  '이(가)': ['이', '가'],
  '은(는)': ['은', '는'],
  '과(와)': ['과', '와'],
  '와(과)': ['과', '와'],
  '(으)로': ['으로', '로'],
};
const FALLBACK = /을\(를\)|이\(가\)|은\(는\)|과\(와\)|와\(과\)|\(으\)로/g;

/** The particle for a word ending in `sound`, given its fallback form. */
export function particleFor(form: string, sound: FinalSound): string {
  const pair = FORMS[form];
  if (!pair) return form;
  if (form === '(으)로') return sound === 'consonant' ? pair[0] : pair[1];
  return sound === 'vowel' ? pair[1] : pair[0];
}

/** `text` with each fallback particle resolved where the word before it can be read. */
export function resolveParticles(text: string): string {
  if (!text.includes('(')) return text;
  return text.replace(FALLBACK, (form: string, at: number) => {
    const sound = finalSound(text.slice(0, at));
    return sound === null ? form : particleFor(form, sound);
  });
}

/** Resolves the particles of every translation (`postProcess: ['josa']`); English has none. */
export const josaPostProcessor: PostProcessorModule = {
  type: 'postProcessor',
  name: 'josa',
  process: (value: string) => resolveParticles(value),
};
