import { safeLocalPath } from './safe-redirect';

describe('safeLocalPath', () => {
  it.each(['/my', '/departments/STTTT?x=1'])('should keep the local path %p', (path) => {
    expect(safeLocalPath(path)).toBe(path);
  });

  it.each(['//evil.example', 'https://evil.example', '/\\evil.example', 'my', undefined, 42])('should drop %p', (target) => {
    expect(safeLocalPath(target)).toBeNull();
  });
});
