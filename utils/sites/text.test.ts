import { describe, expect, it } from 'vitest';
import { largestSrcsetUrl, safeAvatarUrl } from './avatar';
import { clamp, cleanText, textOf } from './text';
import { documentFrom } from './__fixtures__/load';

describe('cleanText', () => {
  it('strips bidi overrides and isolates, C0 controls and zero-width spaces', () => {
    const raw = '\u202EevilName\u202C \u2066Isolated\u2069\u0007 Zero\u200Bwidth\uFEFF\u2060';
    expect(cleanText(raw, 200)).toBe('evilName Isolated Zerowidth');
  });

  it('keeps ZWJ emoji sequences, ZWNJ and non-Latin scripts intact', () => {
    expect(cleanText('👩‍💻 佐藤 花子 می‌خواهم', 200)).toBe('👩‍💻 佐藤 花子 می‌خواهم');
  });

  it('turns C1 controls (LinkedIn’s U+0095 bullets) into spaces', () => {
    expect(cleanText('Org one\u0095Org two', 200)).toBe('Org one Org two');
  });

  it('collapses whitespace to one line, or keeps single newlines in multiline mode', () => {
    expect(cleanText('  a \n\t b\u00A0\u00A0c  ', 200)).toBe('a b c');
    expect(cleanText('Chemist 🔬 \r\n  Streamer\n\n\n  Pig ', 200, true)).toBe('Chemist 🔬\nStreamer\nPig');
  });

  it('gives null for nothing left, never an empty string', () => {
    expect(cleanText('', 200)).toBeNull();
    expect(cleanText(' \u200B\u202E \n', 200)).toBeNull();
    expect(cleanText(null, 200)).toBeNull();
  });

  it('clamps to the limit with an ellipsis and never splits a surrogate pair', () => {
    expect(cleanText('x'.repeat(300), 200)).toHaveLength(200);
    expect(cleanText('x'.repeat(300), 200)?.endsWith('…')).toBe(true);
    const emoji = clamp(`${'a'.repeat(198)}😀😀`, 200);
    expect(emoji.length).toBeLessThanOrEqual(200);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(emoji)).toBe(false);
  });
});

describe('textOf', () => {
  it('reads text, <br> and only the images the caller says are characters', () => {
    const doc = documentFrom(
      '<div id="t">Hi <img alt="🐷" src="https://abs-0.twimg.com/emoji/v2/svg/1f437.svg"><br>there<img alt="logo" src="x.png"><script>alert(1)</script><svg><title>Verified</title></svg></div>',
    );
    const el = doc.getElementById('t');
    expect(textOf(el, { isTextImage: (img) => (img.getAttribute('src') ?? '').includes('/emoji/') })).toBe('Hi 🐷\nthere');
    expect(textOf(el)).toBe('Hi \nthere');
  });
});

describe('safeAvatarUrl', () => {
  it.each([
    ['https://media.licdn.com/dms/image/v2/D4E/profile-displayphoto-shrink_200_200/0/1?e=1&v=beta&t=x', 'linkedin'],
    ['https://media-exp1.licdn.com/dms/image/C4D/profile-displayphoto-shrink_400_400/0/1?e=1&v=beta&t=x', 'linkedin'],
    ['https://pbs.twimg.com/profile_images/1/abc_200x200.jpg', 'x'],
  ] as const)('keeps %s', (url, site) => {
    expect(safeAvatarUrl(url, site)).toBe(url);
  });

  it.each([
    ['data:image/jpeg;base64,/9j/4AAQ', 'linkedin'],
    ['http://media.licdn.com/dms/image/a.jpg', 'linkedin'],
    ['https://static.licdn.com/aero-v1/sc/h/ghost-person.svg', 'linkedin'],
    ['https://media.licdn.com.evil.example/a.jpg', 'linkedin'],
    ['https://user:pw@media.licdn.com/a.jpg', 'linkedin'],
    ['https://pbs.twimg.com/profile_images/1/abc.jpg', 'linkedin'],
    ['https://abs.twimg.com/sticky/default_profile_images/default_profile_200x200.png', 'x'],
    ['javascript:alert(1)', 'x'],
    [`https://pbs.twimg.com/${'a'.repeat(2100)}.jpg`, 'x'],
    ['not a url', 'x'],
    ['', 'x'],
  ] as const)('rejects %s', (url, site) => {
    expect(safeAvatarUrl(url, site)).toBeNull();
  });

  it('picks the widest srcset candidate', () => {
    expect(largestSrcsetUrl('a.jpg 100w, b.jpg 400w, c.jpg 200w')).toBe('b.jpg');
    expect(largestSrcsetUrl(null)).toBeNull();
  });
});
