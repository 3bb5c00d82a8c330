import { findDates, resolveRelativeDate } from '../../src/extraction/dates';

const PUBLISHED = '2017-08-07'; // a Monday

describe('resolveRelativeDate', () => {
  it.each([
    ['In May', { value: '2017-05', precision: 'month', certainty: 'resolved' }],
    ['in November', { value: '2016-11', precision: 'month', certainty: 'resolved' }],
    ['earlier this year', { value: '2017', precision: 'year', certainty: 'resolved' }],
    ['in 2015', { value: '2015', precision: 'year', certainty: 'stated' }],
    ['last year', { value: '2016', precision: 'year', certainty: 'resolved' }],
    ['last month', { value: '2017-07', precision: 'month', certainty: 'resolved' }],
    ['last week', { value: '2017-07-31', precision: 'day', certainty: 'approximate' }],
    ['yesterday', { value: '2017-08-06', precision: 'day', certainty: 'resolved' }],
    ['last night', { value: '2017-08-06', precision: 'day', certainty: 'resolved' }],
    ['on Thursday', { value: '2017-08-03', precision: 'day', certainty: 'resolved' }],
    ['last Friday', { value: '2017-08-04', precision: 'day', certainty: 'resolved' }],
    ['8 August 2017', { value: '2017-08-08', precision: 'day', certainty: 'stated' }],
    ['March 23, 2020', { value: '2020-03-23', precision: 'day', certainty: 'stated' }],
    ['in May 2018', { value: '2018-05', precision: 'month', certainty: 'stated' }],
    ['November 19 last year', { value: '2016-11-19', precision: 'day', certainty: 'resolved' }],
    ['three weeks ago', { value: '2017-07-17', precision: 'day', certainty: 'approximate' }],
    ['the recent attacks', { value: '2017', precision: 'year', certainty: 'approximate' }],
  ])('resolves "%s" against %s', (expression, expected) => {
    expect(resolveRelativeDate(expression, PUBLISHED)).toEqual(expected);
  });

  it('resolves a weekday, day and time looking forward when the sentence does ("will be broadcast on Tuesday 8 August at 10am")', () => {
    const [date] = findDates('The interview will be broadcast on Tuesday 8 August at 10am on the radio.', PUBLISHED);
    expect(date).toMatchObject({ value: '2017-08-08T10:00', precision: 'minute', certainty: 'resolved', text: 'on Tuesday 8 August at 10am' });
  });

  it('resolves a bare weekday to the coming one in a sentence about the future', () => {
    expect(findDates('The report will be published on Thursday.', PUBLISHED)[0]?.value).toBe('2017-08-10');
  });

  it('reads "May" as a month only after a preposition, never the verb', () => {
    expect(findDates('Officers may be asked to help.', PUBLISHED)).toEqual([]);
    expect(findDates('Theresa May said so.', PUBLISHED)).toEqual([]);
  });

  it('gives offsets into the text searched, plus the offset passed', () => {
    const [date] = findDates('Earlier this year, she spoke.', PUBLISHED, 100);
    expect(date).toMatchObject({ start: 100, end: 117, text: 'Earlier this year' });
  });
});
