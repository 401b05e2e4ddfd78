import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { finalSound, particleFor, resolveParticles } from './josa.ts';
import { tEn, tKo } from './testing.ts';

describe('finalSound', () => {
  it('reads a Hangul syllable by its final consonant', () => {
    expect(finalSound('스레드')).toBe('vowel');
    expect(finalSound('오브젝트')).toBe('vowel');
    expect(finalSound('핸들')).toBe('rieul');
    expect(finalSound('메일슬롯')).toBe('consonant');
    expect(finalSound('파이프 인스턴스')).toBe('vowel');
    expect(finalSound('이벤트 오브젝트')).toBe('vowel');
    expect(finalSound('프로세스 객체')).toBe('vowel');
    expect(finalSound('파일')).toBe('rieul');
    expect(finalSound('뮤텍스 핸들 값')).toBe('consonant');
  });

  it('reads a decimal number as it is said in Sino-Korean', () => {
    expect(finalSound('카운트 0')).toBe('consonant'); // 영
    expect(finalSound('1')).toBe('rieul'); // 일
    expect(finalSound('2')).toBe('vowel'); // 이
    expect(finalSound('3')).toBe('consonant'); // 삼
    expect(finalSound('pid 17')).toBe('rieul'); // 십칠
    expect(finalSound('10')).toBe('consonant'); // 십
    expect(finalSound('200')).toBe('consonant'); // 이백
    expect(finalSound('4096')).toBe('consonant'); // 사천구십육
    expect(finalSound('5')).toBe('vowel'); // 오
  });

  it('does not guess the reading of a Latin name, an identifier, a hex value or punctuation', () => {
    for (const text of ['WaitForSingleObject', 'CreateFile', '0x10', 'x1', 'buf_2', '1.5', "'name'", ')', ''])
      expect(finalSound(text), text).toBeNull();
  });
});

describe('particleFor', () => {
  it('picks the consonant or the vowel form of each particle', () => {
    expect(particleFor('을(를)', 'consonant')).toBe('을');
    expect(particleFor('을(를)', 'vowel')).toBe('를');
    expect(particleFor('이(가)', 'rieul')).toBe('이');
    expect(particleFor('은(는)', 'vowel')).toBe('는');
    expect(particleFor('과(와)', 'vowel')).toBe('와');
    expect(particleFor('와(과)', 'consonant')).toBe('과');
  });

  it('writes 로 after ㄹ or a vowel and 으로 after any other consonant', () => {
    expect(particleFor('(으)로', 'rieul')).toBe('로');
    expect(particleFor('(으)로', 'vowel')).toBe('로');
    expect(particleFor('(으)로', 'consonant')).toBe('으로');
  });
});

describe('resolveParticles', () => {
  it('resolves the fallback form after a Korean word or a number', () => {
    expect(resolveParticles('커널이 스레드 오브젝트을(를) 소멸시켰습니다.')).toBe(
      '커널이 스레드 오브젝트를 소멸시켰습니다.',
    );
    expect(resolveParticles('사용 카운트가 1에서 0(으)로 바뀌었습니다.')).toBe(
      '사용 카운트가 1에서 0으로 바뀌었습니다.',
    );
    expect(resolveParticles('2에서 1(으)로')).toBe('2에서 1로');
    expect(resolveParticles('메일슬롯이(가) 있고 파이프은(는) 없다')).toBe('메일슬롯이 있고 파이프는 없다');
  });

  it('keeps the fallback form after a Latin name, a quoted identifier or a hex value', () => {
    const kept = [
      'pid 4는 오브젝트 3에 대한 WaitForSingleObject을(를) 기다림',
      "선언만 되고 정의되지 않은 'helper'을(를) 호출합니다",
      '핸들 0x8을(를) 씁니다',
    ];
    for (const text of kept) expect(resolveParticles(text)).toBe(text);
  });

  it('leaves text without a fallback form as it is', () => {
    expect(resolveParticles('Step forward (→)')).toBe('Step forward (→)');
  });
});

describe('the translations', () => {
  it('say the particle a Korean noun the app supplies takes, and leave English alone', () => {
    const theKind = tKo('object.theNoun.thread');
    expect(tKo('narration.destroyed', { theKind })).toBe(
      '사용 카운트가 0이 되어 커널이 스레드 오브젝트를 소멸시켰습니다.',
    );
    expect(tKo('narration.instance', { from: '연결됨', to: '끊김' })).toBe(
      '파이프 인스턴스가 연결됨에서 끊김으로 바뀌었습니다.',
    );
    const english = tEn('narration.destroyed', { theKind: tEn('object.theNoun.thread') });
    expect(english).toBe(en.narration.destroyed.replace('{{theKind}}', tEn('object.theNoun.thread')));
  });
});
