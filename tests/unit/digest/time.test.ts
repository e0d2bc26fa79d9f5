import { describe, expect, it } from 'vitest';
import {
  isIsoDate,
  localTime,
  parseTimeOfDay,
  parseTimeZone,
  suggestTimeZones,
} from '../../../src/digest/time.ts';

describe('time helpers', () => {
  it('reads times of day as HH:MM and rejects the rest', () => {
    expect(parseTimeOfDay('9:05')).toBe('09:05');
    expect(parseTimeOfDay('23:59')).toBe('23:59');
    expect(parseTimeOfDay('24:00')).toBeNull();
    expect(parseTimeOfDay('9am')).toBeNull();
  });

  it('accepts IANA zones in any case and spells them as listed, rejecting unknown ones', () => {
    expect(parseTimeZone('europe/kyiv')).toBe('Europe/Kyiv');
    expect(parseTimeZone('America/New_York')).toBe('America/New_York');
    expect(parseTimeZone('utc')).toBe('UTC');
    expect(parseTimeZone('Mars/Olympus_Mons')).toBeNull();
    expect(parseTimeZone('')).toBeNull();
  });

  it('suggests at most 25 zones for a prefix, matching the city too', () => {
    expect(suggestTimeZones('')).toHaveLength(25);
    expect(suggestTimeZones('Europe/K')).toContain('Europe/Kyiv');
    expect(suggestTimeZones('kyiv')[0]).toBe('Europe/Kyiv');
    expect(suggestTimeZones('new y')).toContain('America/New_York');
    expect(suggestTimeZones('zzzz')).toEqual([]);
  });

  it('gives local date and time across the March DST change in New York', () => {
    expect(localTime(new Date('2026-03-07T14:00:00Z'), 'America/New_York')).toEqual({
      date: '2026-03-07',
      minutes: 540,
    });
    expect(localTime(new Date('2026-03-08T13:00:00Z'), 'America/New_York')).toEqual({
      date: '2026-03-08',
      minutes: 540,
    });
    expect(localTime(new Date('2026-02-23T22:30:00Z'), 'Europe/Kyiv')).toEqual({
      date: '2026-02-24',
      minutes: 30,
    });
  });

  it('checks calendar dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
  });
});
