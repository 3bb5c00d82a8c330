/**
 * Places: the UK's nations, regions, counties, cities and towns, London districts, and the
 * countries and cities world news names most, as "Canonical name|alias|alias". Countries and
 * cities missing here are still found through compromise's lexicon (see lexicon.ts).
 */

const UK = [
  'United Kingdom|UK|U.K.|Britain|Great Britain|the UK',
  'England', 'Scotland', 'Wales', 'Northern Ireland',
  'London', 'Greater London', 'Westminster', 'Whitehall', 'Chequers', 'Westminster Hall', 'Dudley', 'Harrow', 'Brent', 'London Bridge', 'Camden', 'Hackney', 'Islington', 'Southwark', 'Lambeth', 'Brixton',
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
  'Inverness', 'Stirling', 'Perth', 'Belfast', 'Londonderry|Derry', 'Armagh', 'Newry', 'Newry and Mourne', 'Newry, Mourne and Down', 'Armagh City, Banbridge and Craigavon', 'Causeway Coast and Glens', 'Mid Ulster', 'Fermanagh and Omagh', 'Antrim and Newtownabbey', 'Ards and North Down', 'Lisburn and Castlereagh', 'Mid and East Antrim', 'Derry and Strabane',
  'Kent', 'Essex', 'Surrey', 'Sussex', 'East Sussex', 'West Sussex', 'Hampshire', 'Dorset', 'Devon', 'Cornwall', 'Somerset', 'North Somerset', 'Bath and North East Somerset|BANES|B&NES', 'South Gloucestershire', 'Wiltshire',
  'Gloucestershire', 'Oxfordshire', 'Berkshire', 'Buckinghamshire', 'Hertfordshire', 'Bedfordshire', 'Cambridgeshire', 'Norfolk', 'Suffolk',
  'Northamptonshire', 'Leicestershire', 'Lincolnshire', 'Nottinghamshire', 'Derbyshire', 'Staffordshire', 'Warwickshire', 'Worcestershire',
  'Herefordshire', 'Shropshire', 'Cheshire', 'Lancashire', 'Cumbria', 'Yorkshire', 'North Yorkshire', 'West Yorkshire', 'South Yorkshire',
  'East Yorkshire', 'Northumberland', 'County Durham', 'Isle of Wight', 'Rutland', 'West Midlands', 'East Midlands', 'Black Country|the Black Country', 'the Midlands|Midlands',
  'North East', 'North West', 'South East', 'South West', 'East Anglia', 'Home Counties', 'Thames Valley', 'Forest of Dean',
  'Lake District', 'Peak District', 'Yorkshire Dales', 'North York Moors', 'Cotswolds|the Cotswolds', 'Dartmoor', 'Exmoor', 'New Forest', 'South Downs',
  'Snowdonia', 'Brecon Beacons', 'Scottish Highlands', 'Highlands and Islands', 'Norfolk Broads', 'Fens', 'South Tyneside', 'North Tyneside',
  'Heathrow Airport|Heathrow', 'Gatwick Airport|Gatwick', 'Stansted Airport|Stansted', 'Manchester Airport',
];

/**
 * Local places news names without saying what they are: English, Welsh and Scottish districts and
 * boroughs, towns and a few well-known estates and villages. Curated by hand; names that are
 * ordinary words ("Sale", "Street", "Deal", "March") are left out.
 */
const UK_LOCAL = [
  // Greater Manchester, Merseyside, Lancashire, Cheshire
  'Tameside', 'Trafford', 'Hyde', 'Ashton-under-Lyne', 'Stalybridge', 'Droylsden', 'Dukinfield', 'Mossley', 'Glossop', 'Altrincham',
  'Stretford', 'Urmston', 'Eccles', 'Swinton', 'Atherton', 'Heywood', 'Prestwich', 'Radcliffe', 'Ramsbottom', 'Farnworth',
  'Horwich', 'Westhoughton', 'Cheadle', 'Bramhall', 'Hazel Grove', 'Marple', 'Wythenshawe', 'Moss Side', 'Rusholme', 'Didsbury', 'Chorlton',
  'Ancoats', 'Knowsley', 'Sefton', 'Wirral', 'Birkenhead', 'Bootle', 'Southport', 'St Helens', 'Widnes', 'Runcorn', 'Halton', 
  'Huyton', 'Chorley', 'Leyland', 'Burnley', 'Accrington', 'Rossendale', 'Pendle', 'Colne', 'Clitheroe', 'Fleetwood',
  'Morecambe', 'Skelmersdale', 'Ormskirk', 'Macclesfield', 'Crewe', 'Nantwich', 'Northwich', 'Winsford', 'Wilmslow', 'Knutsford', 'Congleton',
  'Ellesmere Port',
  // Yorkshire and the North East
  'Kirklees', 'Calderdale', 'Dewsbury', 'Batley', 'Pudsey', 'Horsforth', 'Otley', 'Ilkley', 'Keighley', 'Shipley', 'Bingley',
  'Castleford', 'Pontefract', 'Goole', 'Ripon', 'Skipton', 'Whitby', 'Northallerton', 'Thirsk', 'Malton', 'Beverley', 'Bridlington',
  'Scunthorpe', 'Cleethorpes', 'Fulford', 'Acomb', 'Haxby', 'Tadcaster', 'Wetherby', 'Harehills', 'Headingley', 'Chapeltown', 'Armley',
  'Gateshead', 'South Shields', 'North Shields', 'Jarrow', 'Hartlepool', 'Stockton-on-Tees', 'Redcar', 'Billingham', 
  'Hexham', 'Blyth', 'Cramlington', 'Morpeth', 'Ashington', 'Consett', 'Bishop Auckland', 'Penrith', 'Kendal',
  'Barrow-in-Furness', 'Workington', 'Whitehaven', 'Keswick',
  // Midlands
  'Sandwell', 'Walsall', 'Solihull', 'West Bromwich', 'Smethwick', 'Oldbury', 'Halesowen', 'Stourbridge', 'Sutton Coldfield',
  'Handsworth', 'Erdington', 'Edgbaston', 'Tamworth', 'Lichfield', 'Cannock', 'Burton upon Trent|Burton on Trent|Burton-on-Trent|Burton', 'Leek', 'Newcastle-under-Lyme',
  'Kidderminster', 'Redditch', 'Bromsgrove', 'Malvern', 'Evesham', 'Nuneaton', 'Bedworth', 'Leamington Spa|Leamington|Royal Leamington Spa', 
  'Stratford-upon-Avon', 'Kenilworth', 'Hinckley', 'Loughborough', 'Melton Mowbray', 'Market Harborough', 'Coalville', 'Oakham',
  'Mansfield', 'Sutton-in-Ashfield', 'Kirkby-in-Ashfield', 'Bassetlaw', 'Worksop', 'Retford', 'Chesterfield', 'Ilkeston', 'Long Eaton', 'Matlock', 'Buxton', 'Bakewell', 'Belper',
  'Ashbourne', 'Skegness', 'Spalding', 'Grantham', 'Sleaford', 'Gainsborough', 'Louth', 'Corby', 'Kettering',
  'Wellingborough', 'Daventry', 'Rushden', 'Oswestry', 'Ludlow', 'Bridgnorth', 'Ross-on-Wye', 'Leominster',
  // East of England
  'Attleborough', 'Banham', 'East Harling', 'Thetford', 'Dereham', 'Wymondham', 'Diss', "King's Lynn|King’s Lynn|Lynn", 'Great Yarmouth', 'Lowestoft',
  'Cromer', 'Fakenham', 'Swaffham', 'Bury St Edmunds', 'Newmarket', 'Sudbury', 'Felixstowe', 'Stowmarket', 'Haverhill', 'Huntingdon',
  'St Neots', 'Wisbech', 'Harlow', 'Basildon', 'Brentwood', 'Billericay', 'Braintree', 'Clacton', 'Harwich', 'Southend-on-Sea', 'Rayleigh',
  'Stevenage', 'Hitchin', 'Letchworth', 'Hemel Hempstead', 'Hatfield', 'Welwyn Garden City', 'Bishop\'s Stortford', 'Dunstable',
  'Leighton Buzzard', 'Biggleswade',
  // London boroughs and districts not listed above
  'Barking', 'Dagenham', 'Bexley', 'Bromley', 'Ealing', 'Enfield', 'Haringey', 'Havering', 'Hillingdon',
  'Hounslow', 'Kingston upon Thames', 'Lewisham', 'Redbridge', 'Waltham Forest', 'Wandsworth', 'Tottenham',
  'Peckham', 'Deptford', 'Greenwich', 'Woolwich', 'Walthamstow', 'Leyton', 'Ilford', 'Romford', 'Uxbridge', 'Southall',
  'Hammersmith', 'Fulham', 'Putney', 'Clapham', 'Battersea', 'Streatham', 'Balham', 'Tooting', 'Wimbledon', 'Bermondsey', 'Whitechapel',
  'Shoreditch', 'Dalston', 'Finsbury Park', 'Holloway', 'Kilburn', 'Willesden', 'Harlesden', 'Chiswick', 'Poplar',
  'Broadwater Farm', 'Grenfell Tower',
  // South East and South West
  'Medway', 'Chatham', 'Gillingham', 'Rochester', 'Gravesend', 'Dartford', 'Sevenoaks', 'Tonbridge', 'Tunbridge Wells', 'Folkestone',
  'Margate', 'Ramsgate', 'Broadstairs', 'Sittingbourne', 'Faversham', 'Whitstable', 'Herne Bay', 'Eastbourne', 'Bexhill', 'Lewes',
  'Worthing', 'Horsham', 'Chichester', 'Bognor Regis', 'Littlehampton', 'Hove', 'Epsom', 'Leatherhead', 'Dorking', 'Reigate', 'Redhill',
  'Staines', 'Weybridge', 'Camberley', 'Farnham', 'Aldershot', 'Farnborough', 'Basingstoke', 'Andover', 'Winchester', 'Eastleigh',
  'Fareham', 'Gosport', 'Havant', 'Petersfield', 'Newbury', 'Bracknell', 'Wokingham', 'Abingdon', 'Banbury', 'Bicester', 'Didcot',
  'Witney', 'Henley-on-Thames', 'Marlow', 'Amersham', 'Chesham', 'Beaconsfield', 'Weymouth', 'Dorchester', 'Bridport', 'Christchurch',
  'Taunton', 'Yeovil', 'Bridgwater', 'Weston-super-Mare', 'Frome', 'Glastonbury', 'Chippenham', 'Trowbridge', 'Devizes', 'Stroud',
  'Tewkesbury', 'Cirencester', 'Lydney', 'Coleford', 'Cinderford', 'Torquay', 'Paignton', 'Newton Abbot', 'Barnstaple', 'Bideford',
  'Tiverton', 'Exmouth', 'Truro', 'Falmouth', 'Penzance', 'St Ives', 'Newquay', 'Bodmin', 'St Austell', 'Launceston',
  // Wales, Scotland, Northern Ireland
  'Caerphilly', 'Merthyr Tydfil', 'Pontypridd', 'Rhondda', 'Neath', 'Port Talbot', 'Llanelli', 'Carmarthen',
  'Aberystwyth', 'Haverfordwest', 'Cwmbran', 'Pontypool', 'Ebbw Vale', 'Abergavenny', 'Monmouth', 'Chepstow', 'Rhyl', 'Llandudno',
  'Colwyn Bay', 'Caernarfon', 'Anglesey', 'Powys', 'Gwent', 'Gwynedd', 'Ceredigion', 'Pembrokeshire', 'Carmarthenshire', 'Flintshire',
  'Denbighshire', 'Conwy', 'Torfaen', 'Blaenau Gwent', 'Monmouthshire', 'Paisley', 'Kilmarnock', 'Ayr', 'Motherwell', 
  'East Kilbride', 'Cumbernauld', 'Livingston', 'Falkirk', 'Dunfermline', 'Kirkcaldy', 'Greenock', 'Dumfries', 'Elgin', 'Fort William',
  'Fife', 'Lanarkshire', 'Renfrewshire', 'Ayrshire', 'Lothian', 'Lisburn', 'Omagh', 'Enniskillen', 'Coleraine',
  'Ballymena', 'Portadown', 'Craigavon', 'Antrim', 'Fermanagh', 'Tyrone',
  // Local authority areas (districts, boroughs, Welsh principal areas) not listed above
  'Vale of Glamorgan', 'Neath Port Talbot', 'Bridgend', 'Rhondda Cynon Taf', 'Isle of Anglesey', 'Richmond upon Thames', 'Hammersmith and Fulham',
  'Kensington and Chelsea', 'Barking and Dagenham', 'Rother', 'Wealden', 'Tandridge', 'Waverley', 'Mole Valley', 'Elmbridge', 'Spelthorne',
  'Runnymede', 'Surrey Heath', 'Tendring', 'Uttlesford', 'Rochford', 'Castle Point', 'Epping Forest', 'Maldon', 'Breckland', 'Broadland',
  'South Norfolk', 'North Norfolk', 'East Suffolk', 'West Suffolk', 'Babergh', 'Mid Suffolk', 'Fenland', 'East Cambridgeshire',
  'South Cambridgeshire', 'Huntingdonshire', 'Mendip', 'Sedgemoor', 'Somerset West and Taunton', 'South Somerset', 'Minehead', 'Dacorum',
  'Three Rivers', 'Hertsmere', 'Broxbourne', 'Welwyn Hatfield', 'North Hertfordshire', 'East Hertfordshire', 'Test Valley', 'Rushmoor',
  'East Hampshire', 'Swale', 'Thanet', 'Ashford', 'Tonbridge and Malling', 'Gravesham', 'Adur', 'Mid Sussex', 'Cherwell', 'Vale of White Horse',
  'South Oxfordshire', 'West Oxfordshire', 'Wychavon', 'Malvern Hills', 'Wyre Forest', 'Stratford-on-Avon', 'North Warwickshire',
  'Nuneaton and Bedworth', 'Ashfield', 'Newark and Sherwood', 'Newark', 'Gedling', 'Rushcliffe', 'Broxtowe', 'Amber Valley', 'Erewash', 'Bolsover',
  'North East Derbyshire', 'High Peak', 'Derbyshire Dales', 'Charnwood', 'Hinckley and Bosworth', 'Harborough', 'Blaby', 'Oadby and Wigston',
  'North West Leicestershire', 'South Kesteven', 'North Kesteven', 'West Lindsey', 'East Lindsey', 'South Holland', 'Ryedale', 'Hambleton',
  'Richmondshire', 'Allerdale', 'South Lakeland', 'Cockermouth', 'Cannock Chase', 'South Staffordshire', 'Staffordshire Moorlands', 'Torbay',
  'Teignbridge', 'East Devon', 'Mid Devon', 'North Devon', 'Torridge', 'West Devon', 'South Hams', 'Milford Haven', 'Neyland', 'Tenby',
  // Scottish islands, ports and ferry routes not listed above
  'Mull of Kintyre', 'Kintyre', 'Cowal', 'Knapdale', 'Portavadie', 'Kennacraig', 'Lochgilphead', 'Ardrishaig', 'Campbeltown', 'Inveraray', 'Gourock',
  'Wemyss Bay', 'Brodick', 'Craignure', 'Lochranza', 'Claonaig',
  'Oban', 'Tiree', 'Coll', 'Colonsay', 'Castlebay', 'Lochmaddy', 'Uig', 'Sound of Barra', 'Sound of Harris', 'Sound of Mull', 'South Uist', 'North Uist', 'Benbecula', 'Eriskay', 'Barra', 'Mull', 'Islay', 'Jura', 'Arran', 'Skye', 'Ullapool', 'Mallaig', 'Portree', 'Tarbert', 'Kirkwall', 'Stromness', 'Lerwick', 'Stornoway', 'Orkney|Orkney Islands', 'Shetland|Shetland Islands', 'Western Isles|Outer Hebrides', 'Hebrides|Inner Hebrides', 'Thurso', 'Wick', 'Dornoch', 'Campbeltown', 'Rothesay', 'Dunoon', 'Brodick', 'Ardrossan', 'Craignure', 'Moray', 'Copeland', 'St Asaph', 'Mold', 'Denbigh', 'Ruthin', 'Prestatyn', 'Flint', 'Holywell', 'Argyll and Bute', 'Dumfries and Galloway', 'Perth and Kinross', 'East Dunbartonshire', 'West Dunbartonshire', 'Inverclyde', 'Clackmannanshire', 'Aberdeenshire', 'East Lothian', 'Midlothian', 'West Lothian', 'Scottish Borders', 'East Renfrewshire', 'North Ayrshire', 'South Ayrshire', 'East Ayrshire', 'North Lanarkshire', 'South Lanarkshire', 'Argyll', 'Helensburgh', 'Haddington', 'Musselburgh', 'Bury', 'Cavan', 'Monaghan', 'Donegal', 'Leitrim', 'South Leeds',
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
  'Kyiv|Kiev', 'Istanbul', 'Ankara', 'Damascus', 'Baghdad', 'Tehran', 'Jerusalem', 'Tel Aviv', 'Beirut', 'Cairo', 'Riyadh', 'Abu Dhabi', 'Bahamas|the Bahamas', 'Gibraltar', 'Bermuda', 'Cayman Islands', 'Jersey', 'Guernsey', 'Isle of Man', 'Monaco', 'Luxembourg', 'Dubai', 'Doha',
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
export const PLACES: PlaceEntry[] = [...entries(UK), ...entries(UK_LOCAL), ...entries(WORLD)].map((entry) =>
  entry.name === 'United Kingdom' ? { ...entry, id: 'place:uk' } : entry.name === 'United States' ? { ...entry, id: 'place:us' } : entry,
);

/** Last words that make a capitalised name a place ("Wilberforce Avenue", "Heathrow Airport"). */
export const PLACE_HEADS = new Set([
  'street', 'road', 'avenue', 'lane', 'drive', 'close', 'crescent', 'terrace', 'square', 'place', 'way', 'gardens', 'grove', 'hill', 'park',
  'bridge', 'airport', 'station', 'harbour', 'port', 'island', 'islands', 'river', 'sea', 'ocean', 'bay', 'mountains', 'valley', 'county',
  'estate', 'green', 'common', 'heath', 'moor', 'beach', 'pier', 'wharf', 'village', 'town', 'city', 'farm', 'field', 'fields', 'meadow',
  'meadows', 'view', 'rise', 'quay', 'mews', 'parade', 'cathedral', 'gate', 'ravine', 'interchange', 'roundabout', 'junction', 'causeway', 'mall', 'precinct', 'arcade', 'hospital', 'infirmary', 'colliery', 'quarry', 'reservoir', 'vale',
]);

/** Adjectives of place that say whose government or police is meant ("the Irish government"). */
export const DEMONYMS = new Set([
  'british', 'english', 'scottish', 'welsh', 'irish', 'american', 'us', 'french', 'german', 'italian', 'spanish', 'dutch', 'belgian', 'swiss',
  'swedish', 'norwegian', 'danish', 'polish', 'russian', 'ukrainian', 'turkish', 'syrian', 'iraqi', 'iranian', 'israeli', 'palestinian',
  'egyptian', 'saudi', 'afghan', 'pakistani', 'indian', 'chinese', 'japanese', 'korean', 'australian', 'canadian', 'mexican', 'brazilian',
  'european', 'african', 'asian', 'greek', 'portuguese', 'austrian', 'hungarian', 'romanian', 'nigerian', 'kenyan', 'south', 'north',
]);
