import { buildSearchFilter, escapeFilterValue } from './ldap-filter';

describe('escapeFilterValue', () => {
  it('should escape the characters RFC 4515 reserves', () => {
    expect(escapeFilterValue('*)(uid=*')).toBe('\\2a\\29\\28uid=\\2a');
    expect(escapeFilterValue('a\\b\u0000')).toBe('a\\5cb\\00');
  });

  it('should keep ordinary names, Vietnamese letters included', () => {
    expect(escapeFilterValue('nguyen.van-a_01')).toBe('nguyen.van-a_01');
    expect(escapeFilterValue('hằng')).toBe('hằng');
  });
});

describe('buildSearchFilter', () => {
  it('should put the escaped name in every placeholder', () => {
    expect(buildSearchFilter('(|(uid={{username}})(mail={{username}}))', 'x*')).toBe('(|(uid=x\\2a)(mail=x\\2a))');
  });
});
