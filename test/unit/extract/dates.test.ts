import { describe, expect, it } from 'vitest';
import { parseDateValue } from '../../../src/extract/dates.js';

const now = new Date('2025-06-01T00:00:00Z');
const parse = (value: string) => parseDateValue(value, { now });

describe('parseDateValue', () => {
  it('reads ISO 8601 with and without time and zone', () => {
    expect(parse('2024-03-05')).toBe('2024-03-05T00:00:00.000Z');
    expect(parse('2024-03-05T14:00:00+02:00')).toBe('2024-03-05T12:00:00.000Z');
    expect(parse('2024-03-05 14:00')).toBe('2024-03-05T14:00:00.000Z');
    expect(parse('2024-03-05T14:00:00.123Z')).toBe('2024-03-05T14:00:00.123Z');
  });

  it('reads feed dates (RFC 2822) and written-out dates', () => {
    expect(parse('Tue, 05 Mar 2024 14:00:00 GMT')).toBe('2024-03-05T14:00:00.000Z');
    expect(parse('Tue, 05 Mar 2024 14:00:00 +0100')).toBe('2024-03-05T13:00:00.000Z');
    expect(parse('5 March 2024')).toBe('2024-03-05T00:00:00.000Z');
    expect(parse('March 5, 2024')).toBe('2024-03-05T00:00:00.000Z');
    expect(parse('2024/03/05')).toBe('2024-03-05T00:00:00.000Z');
    expect(parse('05.03.2024')).toBe('2024-03-05T00:00:00.000Z');
  });

  it('refuses impossible, future and pre-web dates', () => {
    expect(parse('2024-02-30')).toBeNull();
    expect(parse('2025-06-03')).toBeNull();
    expect(parse('1990-01-01')).toBeNull();
    expect(parse('next Tuesday')).toBeNull();
    expect(parse('sometime')).toBeNull();
    expect(parse('')).toBeNull();
  });

  it('reads dotted dates day first, with a time after them', () => {
    expect(parse('10.12.2022, 07:00:03')).toBe('2022-12-10T07:00:03.000Z');
    expect(parse('10.12.2022 um 14:30 Uhr')).toBe('2022-12-10T14:30:00.000Z');
    expect(parse('1.2.22')).toBe('2022-02-01T00:00:00.000Z');
  });

  it('reads dashed day-month dates only when the order is certain', () => {
    expect(parse('17-02-2022')).toBe('2022-02-17T00:00:00.000Z');
    expect(parse('02-17-2022')).toBe('2022-02-17T00:00:00.000Z');
    expect(parse('04-05-2022')).toBeNull();
  });

  it('allows a day of slack for time zones ahead of ours', () => {
    expect(parse('2025-06-01T20:00:00Z')).toBe('2025-06-01T20:00:00.000Z');
  });
});
