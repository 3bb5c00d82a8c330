/**
 * Places: the UK's nations, regions, counties, cities and towns, London districts, and the
 * countries and cities world news names most, as "Canonical name|alias|alias". Countries and
 * cities missing here are still found through compromise's lexicon (see lexicon.ts).
 */

const UK = [
  'United Kingdom|UK|U.K.|Britain|Great Britain|the UK',
  'England', 'Scotland', 'Wales', 'Northern Ireland',
  'London', 'Greater London', 'Westminster', 'Whitehall', 'London Bridge', 'Camden', 'Hackney', 'Islington', 'Southwark', 'Lambeth', 'Brixton',
  'Tower Hamlets', 'Newham', 'Croydon', 'Wembley', 'Stratford', 'Kensington', 'Chelsea', 'Notting Hill', 'Soho', 'Mayfair', 'Canary Wharf',
  'Manchester', 'Greater Manchester', 'Birmingham', 'Leeds', 'Liverpool', 'Sheffield', 'Bristol', 'Newcastle', 'Newcastle upon Tyne', 'Nottingham',
  'Leicester', 'Coventry', 'Bradford', 'Hull', 'Stoke-on-Trent', 'Wolverhampton', 'Derby', 'Southampton', 'Portsmouth', 'Plymouth', 'Brighton',
  'Reading', 'Oxford', 'Cambridge', 'York', 'Norwich', 'Exeter', 'Bath', 'Gloucester', 'Cheltenham', 'Swindon', 'Luton', 'Milton Keynes',
  'Northampton', 'Peterborough', 'Ipswich', 'Colchester', 'Chelmsford', 'Southend', 'Canterbury', 'Dover', 'Maidstone', 'Slough', 'Windsor',
  'Maidenhead', 'High Wycombe', 'Aylesbury', 'Bedford', 'Watford', 'St Albans', 'Guildford', 'Woking', 'Crawley', 'Bournemouth', 'Poole',
  'Salisbury', 'Worcester', 'Hereford', 'Shrewsbury', 'Telford', 'Stafford', 'Lincoln', 'Grimsby', 'Doncaster', 'Rotherham', 'Barnsley',
  'Wakefield', 'Huddersfield', 'Halifax', 'Harrogate', 'Scarborough', 'Middlesbrough', 'Sunderland', 'Durham', 'Darlington', 'Carlisle',
  'Lancaster', 'Preston', 'Blackpool', 'Blackburn', 'Bolton', 'Wigan', 'Oldham', 'Rochdale', 'Stockport', 'Salford', 'Warrington', 'Chester',
  'Teesside', 'Tyneside', 'Merseyside', 'Cardiff', 'Swansea', 'Newport', 'Wrexham', 'Bangor', 'Edinburgh', 'Glasgow', 'Aberdeen', 'Dundee',
  'Inverness', 'Stirling', 'Perth', 'Belfast', 'Londonderry|Derry', 'Armagh', 'Newry',
  'Kent', 'Essex', 'Surrey', 'Sussex', 'East Sussex', 'West Sussex', 'Hampshire', 'Dorset', 'Devon', 'Cornwall', 'Somerset', 'Wiltshire',
  'Gloucestershire', 'Oxfordshire', 'Berkshire', 'Buckinghamshire', 'Hertfordshire', 'Bedfordshire', 'Cambridgeshire', 'Norfolk', 'Suffolk',
  'Northamptonshire', 'Leicestershire', 'Lincolnshire', 'Nottinghamshire', 'Derbyshire', 'Staffordshire', 'Warwickshire', 'Worcestershire',
  'Herefordshire', 'Shropshire', 'Cheshire', 'Lancashire', 'Cumbria', 'Yorkshire', 'North Yorkshire', 'West Yorkshire', 'South Yorkshire',
  'East Yorkshire', 'Northumberland', 'County Durham', 'Isle of Wight', 'Rutland', 'West Midlands', 'East Midlands', 'the Midlands|Midlands',
  'North East', 'North West', 'South East', 'South West', 'East Anglia', 'Home Counties', 'Thames Valley', 'Forest of Dean',
  'Heathrow Airport|Heathrow', 'Gatwick Airport|Gatwick', 'Stansted Airport|Stansted', 'Manchester Airport',
];

const WORLD = [
  'United States|US|U.S.|USA|America|United States of America',
  'Ireland|Republic of Ireland', 'France', 'Germany', 'Italy', 'Spain', 'Portugal', 'Netherlands|Holland', 'Belgium', 'Luxembourg', 'Switzerland',
  'Austria', 'Sweden', 'Norway', 'Denmark', 'Finland', 'Iceland', 'Poland', 'Czech Republic|Czechia', 'Slovakia', 'Hungary', 'Romania', 'Bulgaria',
  'Greece', 'Cyprus', 'Malta', 'Croatia', 'Serbia', 'Bosnia', 'Kosovo', 'Albania', 'Ukraine', 'Russia', 'Belarus', 'Moldova', 'Georgia', 'Armenia',
  'Azerbaijan', 'Turkey|Türkiye', 'Syria', 'Iraq', 'Iran', 'Israel', 'Gaza|Gaza Strip', 'West Bank', 'Palestine', 'Lebanon', 'Jordan', 'Egypt',
  'Libya', 'Tunisia', 'Algeria', 'Morocco', 'Sudan', 'South Sudan', 'Ethiopia', 'Eritrea', 'Somalia', 'Kenya', 'Uganda', 'Tanzania', 'Rwanda',
  'Nigeria', 'Ghana', 'Senegal', 'Mali', 'Niger', 'Chad', 'Cameroon', 'Congo|Democratic Republic of Congo|DRC', 'Angola', 'Zambia', 'Zimbabwe',
  'Mozambique', 'South Africa', 'Saudi Arabia', 'Yemen', 'Oman', 'United Arab Emirates|UAE', 'Qatar', 'Bahrain', 'Kuwait', 'Afghanistan',
  'Pakistan', 'India', 'Bangladesh', 'Sri Lanka', 'Nepal', 'China', 'Hong Kong', 'Taiwan', 'Japan', 'South Korea', 'North Korea', 'Vietnam',
  'Thailand', 'Malaysia', 'Singapore', 'Indonesia', 'Philippines', 'Myanmar|Burma', 'Australia', 'New Zealand', 'Canada', 'Mexico', 'Brazil',
  'Argentina', 'Chile', 'Colombia', 'Peru', 'Venezuela', 'Cuba',
  'Europe', 'Asia', 'Africa', 'Middle East', 'Latin America', 'Scandinavia', 'Balkans', 'Silicon Valley', 'Wall Street',
  'Paris', 'Berlin', 'Brussels', 'Madrid', 'Rome', 'Lisbon', 'Amsterdam', 'Dublin', 'Vienna', 'Warsaw', 'Prague', 'Budapest', 'Athens', 'Moscow',
  'Kyiv|Kiev', 'Istanbul', 'Ankara', 'Damascus', 'Baghdad', 'Tehran', 'Jerusalem', 'Tel Aviv', 'Beirut', 'Cairo', 'Riyadh', 'Dubai', 'Doha',
  'Kabul', 'Islamabad', 'Delhi|New Delhi', 'Mumbai', 'Beijing', 'Shanghai', 'Tokyo', 'Seoul', 'Sydney', 'Melbourne', 'Toronto', 'Ottawa',
  'Washington|Washington DC', 'New York', 'Los Angeles', 'San Francisco', 'Chicago', 'Boston', 'California', 'Texas', 'Florida', 'San Jose',
];

/** One curated place. */
export interface PlaceEntry {
  name: string;
  aliases: string[];
  id?: string;
}

function entries(lines: string[]): PlaceEntry[] {
  return lines.map((line) => {
    const [name, ...aliases] = line.split('|');
    return { name: name!, aliases };
  });
}

/** Every curated place; the UK keeps the seed's id place:uk. */
export const PLACES: PlaceEntry[] = [...entries(UK), ...entries(WORLD)].map((entry) =>
  entry.name === 'United Kingdom' ? { ...entry, id: 'place:uk' } : entry.name === 'United States' ? { ...entry, id: 'place:us' } : entry,
);

/** Last words that make a capitalised name a place ("Wilberforce Avenue", "Heathrow Airport"). */
export const PLACE_HEADS = new Set([
  'street', 'road', 'avenue', 'lane', 'drive', 'close', 'crescent', 'terrace', 'square', 'place', 'way', 'gardens', 'grove', 'hill', 'park',
  'bridge', 'airport', 'station', 'harbour', 'port', 'island', 'islands', 'river', 'sea', 'ocean', 'bay', 'mountains', 'valley', 'county',
  'estate', 'green', 'common', 'heath', 'moor', 'beach', 'pier', 'wharf', 'village', 'town', 'city',
]);

/** Adjectives of place that say whose government or police is meant ("the Irish government"). */
export const DEMONYMS = new Set([
  'british', 'english', 'scottish', 'welsh', 'irish', 'american', 'us', 'french', 'german', 'italian', 'spanish', 'dutch', 'belgian', 'swiss',
  'swedish', 'norwegian', 'danish', 'polish', 'russian', 'ukrainian', 'turkish', 'syrian', 'iraqi', 'iranian', 'israeli', 'palestinian',
  'egyptian', 'saudi', 'afghan', 'pakistani', 'indian', 'chinese', 'japanese', 'korean', 'australian', 'canadian', 'mexican', 'brazilian',
  'european', 'african', 'asian', 'greek', 'portuguese', 'austrian', 'hungarian', 'romanian', 'nigerian', 'kenyan', 'south', 'north',
]);
