/**
 * Who held the offices British news most often names by title alone ("the Prime Minister
 * replied"), so a title speaker can be resolved on the article's publication date when the
 * article itself never pairs the title with a name.
 */
export interface OfficeTerm {
  office: string;
  holder: string;
  /** Inclusive start and exclusive end, YYYY-MM-DD; an open end means still in office. */
  from: string;
  to?: string;
}

/** Terms of office, oldest first per office. */
export const OFFICE_TERMS: OfficeTerm[] = [
  { office: 'Prime Minister', holder: 'Tony Blair', from: '1997-05-02', to: '2007-06-27' },
  { office: 'Prime Minister', holder: 'Gordon Brown', from: '2007-06-27', to: '2010-05-11' },
  { office: 'Prime Minister', holder: 'David Cameron', from: '2010-05-11', to: '2016-07-13' },
  { office: 'Prime Minister', holder: 'Theresa May', from: '2016-07-13', to: '2019-07-24' },
  { office: 'Prime Minister', holder: 'Boris Johnson', from: '2019-07-24', to: '2022-09-06' },
  { office: 'Prime Minister', holder: 'Liz Truss', from: '2022-09-06', to: '2022-10-25' },
  { office: 'Prime Minister', holder: 'Rishi Sunak', from: '2022-10-25', to: '2024-07-05' },
  { office: 'Prime Minister', holder: 'Keir Starmer', from: '2024-07-05' },
  { office: 'Labour leader', holder: 'Ed Miliband', from: '2010-09-25', to: '2015-09-12' },
  { office: 'Labour leader', holder: 'Jeremy Corbyn', from: '2015-09-12', to: '2020-04-04' },
  { office: 'Labour leader', holder: 'Keir Starmer', from: '2020-04-04' },
  { office: 'Leader of the Opposition', holder: 'Jeremy Corbyn', from: '2015-09-12', to: '2020-04-04' },
  { office: 'Leader of the Opposition', holder: 'Keir Starmer', from: '2020-04-04', to: '2024-07-05' },
  { office: 'Leader of the Opposition', holder: 'Rishi Sunak', from: '2024-07-05', to: '2024-11-02' },
  { office: 'Leader of the Opposition', holder: 'Kemi Badenoch', from: '2024-11-02' },
  { office: 'Conservative leader', holder: 'Kemi Badenoch', from: '2024-11-02' },
  { office: 'Chancellor', holder: 'George Osborne', from: '2010-05-11', to: '2016-07-13' },
  { office: 'Chancellor', holder: 'Philip Hammond', from: '2016-07-13', to: '2019-07-24' },
  { office: 'Chancellor', holder: 'Rishi Sunak', from: '2020-02-13', to: '2022-07-05' },
  { office: 'Chancellor', holder: 'Jeremy Hunt', from: '2022-10-14', to: '2024-07-05' },
  { office: 'Chancellor', holder: 'Rachel Reeves', from: '2024-07-05' },
  { office: 'Home Secretary', holder: 'Theresa May', from: '2010-05-12', to: '2016-07-13' },
  { office: 'Home Secretary', holder: 'Amber Rudd', from: '2016-07-13', to: '2018-04-30' },
  { office: 'Home Secretary', holder: 'Sajid Javid', from: '2018-04-30', to: '2019-07-24' },
  { office: 'Home Secretary', holder: 'Priti Patel', from: '2019-07-24', to: '2022-09-06' },
  { office: 'Home Secretary', holder: 'Suella Braverman', from: '2022-10-25', to: '2023-11-13' },
  { office: 'Home Secretary', holder: 'James Cleverly', from: '2023-11-13', to: '2024-07-05' },
  { office: 'Home Secretary', holder: 'Yvette Cooper', from: '2024-07-05', to: '2025-09-05' },
  // Education, Health, Foreign and Justice Secretaries of the United Kingdom since 2010 (dates of appointment as published by
  // gov.uk; a reshuffle's day is the day the successor was appointed).
  { office: 'Education Secretary', holder: 'Michael Gove', from: '2010-05-12', to: '2014-07-15' },
  { office: 'Education Secretary', holder: 'Nicky Morgan', from: '2014-07-15', to: '2016-07-14' },
  { office: 'Education Secretary', holder: 'Justine Greening', from: '2016-07-14', to: '2018-01-08' },
  { office: 'Education Secretary', holder: 'Damian Hinds', from: '2018-01-08', to: '2019-07-24' },
  { office: 'Education Secretary', holder: 'Gavin Williamson', from: '2019-07-24', to: '2021-09-15' },
  { office: 'Education Secretary', holder: 'Nadhim Zahawi', from: '2021-09-15', to: '2022-07-05' },
  { office: 'Education Secretary', holder: 'James Cleverly', from: '2022-07-07', to: '2022-09-06' },
  { office: 'Education Secretary', holder: 'Kit Malthouse', from: '2022-09-06', to: '2022-10-25' },
  { office: 'Education Secretary', holder: 'Gillian Keegan', from: '2022-10-25', to: '2024-07-05' },
  { office: 'Education Secretary', holder: 'Bridget Phillipson', from: '2024-07-05' },
  { office: 'Health Secretary', holder: 'Andrew Lansley', from: '2010-05-12', to: '2012-09-04' },
  { office: 'Health Secretary', holder: 'Jeremy Hunt', from: '2012-09-04', to: '2018-07-09' },
  { office: 'Health Secretary', holder: 'Matt Hancock', from: '2018-07-09', to: '2021-06-26' },
  { office: 'Health Secretary', holder: 'Sajid Javid', from: '2021-06-26', to: '2022-07-05' },
  { office: 'Health Secretary', holder: 'Steve Barclay', from: '2022-07-05', to: '2022-09-06' },
  { office: 'Health Secretary', holder: 'Thérèse Coffey', from: '2022-09-06', to: '2022-10-25' },
  { office: 'Health Secretary', holder: 'Steve Barclay', from: '2022-10-25', to: '2023-11-13' },
  { office: 'Health Secretary', holder: 'Victoria Atkins', from: '2023-11-13', to: '2024-07-05' },
  { office: 'Health Secretary', holder: 'Wes Streeting', from: '2024-07-05' },
  { office: 'Foreign Secretary', holder: 'William Hague', from: '2010-05-12', to: '2014-07-14' },
  { office: 'Foreign Secretary', holder: 'Philip Hammond', from: '2014-07-14', to: '2016-07-13' },
  { office: 'Foreign Secretary', holder: 'Boris Johnson', from: '2016-07-13', to: '2018-07-09' },
  { office: 'Foreign Secretary', holder: 'Jeremy Hunt', from: '2018-07-09', to: '2019-07-24' },
  { office: 'Foreign Secretary', holder: 'Dominic Raab', from: '2019-07-24', to: '2021-09-15' },
  { office: 'Foreign Secretary', holder: 'Liz Truss', from: '2021-09-15', to: '2022-09-06' },
  { office: 'Foreign Secretary', holder: 'James Cleverly', from: '2022-09-06', to: '2023-11-13' },
  { office: 'Foreign Secretary', holder: 'David Cameron', from: '2023-11-13', to: '2024-07-05' },
  { office: 'Foreign Secretary', holder: 'David Lammy', from: '2024-07-05', to: '2025-09-05' },
  { office: 'Foreign Secretary', holder: 'Yvette Cooper', from: '2025-09-05' },
  { office: 'President', holder: 'Barack Obama', from: '2009-01-20', to: '2017-01-20' },
  { office: 'President', holder: 'Donald Trump', from: '2017-01-20', to: '2021-01-20' },
  { office: 'President', holder: 'Joe Biden', from: '2021-01-20', to: '2025-01-20' },
  { office: 'President', holder: 'Donald Trump', from: '2025-01-20' },
];

/** Who held an office on a date (YYYY-MM-DD…), if the table knows. */
export function officeHolderOn(office: string, date: string): string | undefined {
  const day = date.slice(0, 10);
  const wanted = office.toLowerCase();
  return OFFICE_TERMS.find((term) => term.office.toLowerCase() === wanted && term.from <= day && (term.to === undefined || day < term.to))?.holder;
}

let bySurname: Map<string, string> | undefined;

/** Holders' surnames that many other people in the news share: "Johnson" alone may be anyone. */
const SHARED_SURNAMES = new Set([
  'Johnson', 'Brown', 'Morgan', 'Patel', 'Cooper', 'Williamson', 'Hammond', 'Atkins', 'Barclay', 'Blair', 'Cameron', 'Hague', 'Hunt', 'May',
  'Coffey', 'Keegan', 'Hinds', 'Reeves', 'Greening', 'Lansley', 'Osborne', 'Rudd', 'Trump', 'Truss',
]);

/**
 * The office holder news calls by surname alone ("Badenoch was on the attack, accusing Starmer of…"):
 * the one holder in the table with that surname, or undefined when two share it.
 */
export function officeHolderBySurname(surname: string): string | undefined {
  if (SHARED_SURNAMES.has(surname)) return undefined;
  if (!bySurname) {
    const holders = new Map<string, Set<string>>();
    for (const { holder } of OFFICE_TERMS) {
      const last = holder.split(' ').pop()!;
      holders.set(last, (holders.get(last) ?? new Set()).add(holder));
    }
    bySurname = new Map([...holders].filter(([, names]) => names.size === 1).map(([last, names]) => [last, [...names][0]!]));
  }
  return bySurname.get(surname);
}
