import { describe, expect, it } from 'vitest';
import { linkedInHandleFromUrl, parseConnectedOn } from './linkedin-connection-fields';

describe('linkedInHandleFromUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/ethanohara', 'ethanohara'],
    ['https://www.linkedin.com/in/ethanohara/', 'ethanohara'],
    ['http://www.linkedin.com/in/EthanOHara', 'ethanohara'],
    ['https://linkedin.com/in/ethanohara?trk=people-guest#about', 'ethanohara'],
    ['www.linkedin.com/in/ethanohara/recent-activity/all/', 'ethanohara'],
    ['linkedin.com/in/ethanohara', 'ethanohara'],
    ['https://jp.linkedin.com/in/taro-yamada-3b2a1', 'taro-yamada-3b2a1'],
    ['  https://www.linkedin.com/in/ethanohara  ', 'ethanohara'],
    ['https://www.linkedin.com/in/%E5%B1%B1%E7%94%B0-%E5%A4%AA%E9%83%8E', '山田-太郎'],
    ['https://www.linkedin.com/in/Jos%C3%A9-%C3%81lvarez', 'josé-álvarez'],
  ])('%s → %s', (url, handle) => {
    expect(linkedInHandleFromUrl(url)).toBe(handle);
  });

  it.each([
    '',
    'https://www.linkedin.com/company/acme-inc/',
    'https://www.linkedin.com/pub/ethan-ohara/1/2b3/4a5',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/in/me/',
    'javascript:alert(1)//www.linkedin.com/in/ethanohara',
    'https://x.com/in/ethanohara',
    'https://evil-linkedin.com/in/ethanohara',
    'https://linkedin.com.evil.example/in/ethanohara',
    'ftp://www.linkedin.com/in/ethanohara',
    'https://www.linkedin.com/in/%E5%B1',
    'not a url at all',
  ])('rejects %j', (url) => {
    expect(linkedInHandleFromUrl(url)).toBeNull();
  });
});

describe('parseConnectedOn', () => {
  it.each([
    ['07 Feb 2026', '2026-02-07'],
    ['7 Feb 2026', '2026-02-07'],
    ['29 Feb 2024', '2024-02-29'],
    ['01 September 2023', '2023-09-01'],
    ['1/8/18, 6:14 PM', '2018-01-08'],
    ['12/31/17, 11:59 PM', '2017-12-31'],
    ['3/5/09, 9:02 AM', '2009-03-05'],
    ['3/5/2009', '2009-03-05'],
    ['2026-02-07', '2026-02-07'],
    ['  07 Feb 2026 ', '2026-02-07'],
  ])('%j → %s', (raw, iso) => {
    expect(parseConnectedOn(raw)).toBe(iso);
  });

  it('reads an empty cell as no date', () => {
    expect(parseConnectedOn('')).toBeNull();
    expect(parseConnectedOn('   ')).toBeNull();
  });

  it.each(['31 Feb 2016', '29 Feb 2023', '31 Dec 1999', '12/31/1999', '07 Foo 2026', '13/45/16, 1:00 PM', 'yesterday', '2026-13-01', '07.02.2026'])(
    'cannot read %j',
    (raw) => {
      expect(parseConnectedOn(raw)).toBeUndefined();
    },
  );
});
