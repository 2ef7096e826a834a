import { describe, expect, it } from 'vitest';
import { detectKeyKind } from '../../../components/options/key-kind';

// Shapes only: neither value is a real credential.
const V3 = '0123456789abcdef0123456789ABCDEF';
const V4 =
  'eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiIwMTIzNDU2Nzg5YWJjZGVmIiwic2NvcGVzIjpbImFwaV9yZWFkIl19.c2lnbmF0dXJlLXBhcnQ';

describe('detectKeyKind', () => {
  it('says an empty field is empty, spaces included', () => {
    expect(detectKeyKind('')).toBe('empty');
    expect(detectKeyKind('   ')).toBe('empty');
  });

  it('recognises a 32-character hex v3 key in either case, ignoring pasted spaces', () => {
    expect(detectKeyKind(V3)).toBe('v3');
    expect(detectKeyKind(`  ${V3}\n`)).toBe('v3');
  });

  it('recognises a JWT read access token as v4', () => {
    expect(detectKeyKind(V4)).toBe('v4');
  });

  it('refuses keys that are one character short or long, or not hex', () => {
    expect(detectKeyKind(V3.slice(1))).toBe('unknown');
    expect(detectKeyKind(`${V3}0`)).toBe('unknown');
    expect(detectKeyKind(`${V3.slice(1)}g`)).toBe('unknown');
  });

  it('refuses a token with a part missing or not starting like a JWT', () => {
    expect(detectKeyKind(V4.split('.').slice(0, 2).join('.'))).toBe('unknown');
    expect(detectKeyKind(`x${V4}`)).toBe('unknown');
    expect(detectKeyKind('Bearer ' + V4)).toBe('unknown');
  });
});
