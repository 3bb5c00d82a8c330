import { extractArticle } from '../../src/extraction/extract';
import { entity, extract, speakerOf, statementWith } from './helpers';

const ids = (text: string): string[] => extract(text).entities.map((e) => e.id);

describe('people', () => {
  it.each([
    ['Commander Dean Haydon told reporters the scheme works.', 'person:dean-haydon', 'Commander'],
    ['Home Secretary Amber Rudd spoke yesterday.', 'person:amber-rudd', 'Home Secretary'],
    ['Ch Con Sara Thornton gave evidence.', 'person:sara-thornton', 'Chief Constable'],
    ['The bank said chief executive John Chambers would leave.', 'person:john-chambers', 'Chief executive'],
  ])('finds the person behind a title in "%s" and gives them the role', (text, id, role) => {
    const doc = extract(text);
    expect(entity(doc, id).type).toBe('Person');
    const hasRole = doc.relations.find((r) => r.type === 'HAS_ROLE' && r.sourceId === id);
    expect(doc.entities.find((e) => e.id === hasRole?.targetId)?.name).toBe(role);
  });

  it('finds a person introduced in apposition ("a former senior Muslim policeman, Dal Babu,")', () => {
    const doc = extract('A former senior Muslim policeman, Dal Babu, said the scheme had failed.');
    expect(entity(doc, 'person:dal-babu').type).toBe('Person');
    expect(doc.relations.find((r) => r.type === 'HAS_ROLE' && r.sourceId === 'person:dal-babu')).toMatchObject({
      qualifier: 'former senior',
      targetId: 'role:police-officer',
    });
  });

  it('finds people from context when their names are in no list ("Kemi Badenoch", "his brother Ottis Jefferies", "Anthony Richardson, 53,")', () => {
    const found = ids('Opposition leader Kemi Badenoch spoke. His brother Ottis Jefferies was jailed. Anthony Richardson, 53, was in court.');
    expect(found).toEqual(expect.arrayContaining(['person:kemi-badenoch', 'person:ottis-jefferies', 'person:anthony-richardson']));
  });

  it('resolves short forms to the full name: "Haydon", "Commander Haydon", "Mr Campbell", "Sir Keir"', () => {
    const doc = extract(
      'Commander Dean Haydon spoke first. Haydon said the scheme worked. Commander Haydon will be interviewed. ' +
        'Chief Constable John Campbell agreed and Mr Campbell said so. Sir Keir Starmer was there; Sir Keir said little.',
    );
    expect(entity(doc, 'person:dean-haydon').aliases).toEqual(expect.arrayContaining(['Haydon', 'Commander Haydon', 'Commander Dean Haydon']));
    expect(entity(doc, 'person:dean-haydon').mentions).toHaveLength(3);
    expect(entity(doc, 'person:john-campbell').aliases).toContain('Mr Campbell');
    expect(entity(doc, 'person:keir-starmer').aliases).toContain('Sir Keir');
    expect(doc.entities.filter((e) => e.type === 'Person')).toHaveLength(3);
  });

  it('keeps "Mr King" a person although "king" is also a title', () => {
    const doc = extract('Chief executive Justin King spoke. Mr King said sales had fallen.');
    expect(entity(doc, 'person:justin-king').aliases).toContain('Mr King');
    expect(doc.entities.filter((e) => e.type === 'Person')).toHaveLength(1);
  });

  it('ties a real name given in apposition to the person ("whose real name is …")', () => {
    const doc = extract('Tommy Robinson, whose real name is Stephen Yaxley-Lennon, was jailed.');
    expect(entity(doc, 'person:tommy-robinson').aliases).toContain('Stephen Yaxley-Lennon');
    expect(doc.entities.filter((e) => e.type === 'Person')).toHaveLength(1);
  });

  it('splits a person from the address that follows ("Richardson of Wilberforce Avenue, Clifton")', () => {
    const doc = extract('Anthony Richardson, 53, was jailed. Richardson of Wilberforce Avenue, Clifton, admitted the offence.');
    expect(entity(doc, 'person:anthony-richardson').mentions).toHaveLength(2);
    expect(entity(doc, 'place:wilberforce-avenue').type).toBe('Place');
    expect(entity(doc, 'place:clifton').type).toBe('Place');
  });

  it('does not take a company name that is also a surname for the company when a person has it ("Ottis Jefferies" … "Jefferies")', () => {
    const doc = extract('His brother Ottis Jefferies was led away. Jefferies later apologised.');
    expect(entity(doc, 'person:ottis-jefferies').mentions).toHaveLength(2);
    expect(doc.entities.some((e) => e.type === 'Organisation')).toBe(false);
  });
});

describe('organisations', () => {
  it("reads possessives: the BBC's Asian Network is part of the BBC; the Green Party's Caroline Lucas is a member of it", () => {
    const doc = extract("Dean Haydon told the BBC's Asian Network the scheme worked. The Green Party's Caroline Lucas disagreed.");
    expect(entity(doc, 'org:bbc-asian-network').aliases).toContain("BBC's Asian Network");
    expect(entity(doc, 'org:bbc').type).toBe('Organisation');
    expect(doc.relations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'PART_OF', sourceId: 'org:bbc-asian-network', targetId: 'org:bbc' }),
        expect.objectContaining({ type: 'MEMBER_OF', sourceId: 'person:caroline-lucas', targetId: 'org:green-party' }),
      ]),
    );
  });

  it('ties an abbreviation introduced in brackets to its organisation ("Thames Valley Police (TVP)")', () => {
    const doc = extract('The Chief Constable of Thames Valley Police (TVP) spoke. TVP has 4,000 officers. Later TVP said it was ready.');
    const tvp = entity(doc, 'org:thames-valley-police');
    expect(tvp.aliases).toContain('TVP');
    expect(tvp.mentions).toHaveLength(4);
  });

  it('names a body after its curated name and finds unlisted ones by their last word ("Forest Council", "Cardiff Crown Court", "Shore Capital")', () => {
    const found = ids('The Conservatives and the Lib Dems met at Forest Council. He appeared at Cardiff Crown Court. Analysts at Shore Capital agreed.');
    expect(found).toEqual(
      expect.arrayContaining(['org:conservative-party', 'org:liberal-democrats', 'org:forest-council', 'org:cardiff-crown-court', 'org:shore-capital']),
    );
    expect(found).not.toContain('place:cardiff');
  });

  it('keeps two companies joined by "and" apart ("IBM and Hewlett-Packard Co")', () => {
    expect(ids('Shares of IBM and Hewlett-Packard Co fell.')).toEqual(expect.arrayContaining(['org:ibm', 'org:hewlett-packard']));
  });

  it('reads "government" as the UK government unless a nationality says otherwise', () => {
    expect(ids('A government spokeswoman said so.')).toContain('org:uk-government');
    expect(ids('The Irish government said so.')).not.toContain('org:uk-government');
  });

  it('finds an organisation from a role at it ("analyst at Conlumino")', () => {
    expect(entity(extract('George Scott, food and grocery analyst at Conlumino, said sales fell.'), 'org:conlumino').type).toBe('Organisation');
  });
});

describe('places and programmes', () => {
  it('finds places and gives the UK one name whatever the article calls it', () => {
    const doc = extract('Police forces across Britain met in Manchester. The UK has new rules; officers in Teesside agreed.');
    const uk = entity(doc, 'place:uk');
    expect(uk.name).toBe('United Kingdom');
    expect(uk.aliases).toEqual(expect.arrayContaining(['Britain', 'UK']));
    expect(entity(doc, 'place:manchester').type).toBe('Place');
    expect(entity(doc, 'place:teesside').type).toBe('Place');
  });

  it('finds a programme named before "programme" and its later bare mentions', () => {
    const doc = extract("The government's Prevent programme is a key strand of policy. Critics say Prevent has failed.");
    const prevent = entity(doc, 'programme:prevent');
    expect(prevent.aliases).toContain('Prevent programme');
    expect(prevent.mentions).toHaveLength(2);
  });

  it('finds bills and acts by their last word', () => {
    expect(ids('MPs debated the Employment Rights Bill and the Online Safety Act.')).toEqual(
      expect.arrayContaining(['programme:employment-rights-bill', 'programme:online-safety-act']),
    );
  });

  it('records who set up and who changed a programme, with dated events', () => {
    const doc = extract(
      'The Prevent programme is a key strand. The programme was set up by Labour in 2003 and its remit was widened by the Conservative-Lib Dem coalition in 2011.',
    );
    expect(doc.relations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'SET_UP', sourceId: 'org:labour-party', targetId: 'programme:prevent' }),
        expect.objectContaining({ type: 'CHANGED', sourceId: 'org:conservative-lib-dem-coalition', targetId: 'programme:prevent', role: 'widened' }),
        expect.objectContaining({ type: 'PARTICIPATED_IN', sourceId: 'org:labour-party' }),
      ]),
    );
    const events = doc.entities.filter((e) => e.type === 'Event');
    expect(events.map((e) => e.date?.value).sort()).toEqual(['2003', '2011']);
  });
});

describe('page furniture', () => {
  it('yields no entity or statement from captions, credits and site furniture', () => {
    const text = [
      'armed police',
      "The government's Prevent programme is a key strand of its counter-terrorism strategy Reuters",
      'Subscribe Now',
      'Hide Ad',
      'Advertisement',
      'Media caption,',
      'Sainsbury\'s boss Justin King on the "disappointing" fall in sales',
      'Read more',
      'Find BBC News: East of England on Facebook, Instagram and Twitter.',
      'Kent Police said the roads were clear.',
    ].join('\n');
    const doc = extract(text);
    expect(doc.entities.map((e) => e.id).sort()).toEqual(['org:kent-police']);
    expect(doc.statements.map((s) => s.text)).toEqual(['the roads were clear']);
  });

  it('takes names from a headline but no statement', () => {
    const doc = extract('Tesco chief says sales "slowed"\n\nShares fell on Monday.');
    expect(ids('Tesco chief says sales "slowed"\n\nShares fell on Monday.')).toContain('org:tesco');
    expect(doc.statements).toEqual([]);
  });
});

describe('ids across articles', () => {
  it('derives the same entity id from the same full name in any article', () => {
    const first = extract('Commander Dean Haydon said the scheme worked.');
    const second = extract('Dean Haydon, a Metropolitan Police commander, spoke at a conference in Leeds.');
    expect(first.entities.find((e) => e.type === 'Person')?.id).toBe('person:dean-haydon');
    expect(second.entities.find((e) => e.type === 'Person')?.id).toBe('person:dean-haydon');
  });
});

describe('local places and company names', () => {
  it('finds towns and districts from the curated gazetteer and after "the village of"', () => {
    const doc = extract('Homes are planned in Tameside and Hyde. The body was found near the village of Little Snoring in Norfolk.');
    const places = doc.entities.filter((e) => e.type === 'Place').map((e) => e.name);
    expect(places).toEqual(expect.arrayContaining(['Tameside', 'Hyde', 'Little Snoring', 'Norfolk']));
  });

  it('makes a company named after a kind of business ("pub group X") an organisation and joins its spellings', () => {
    const doc = extract('Pub group JD Wetherspoons posted higher sales. Tim Martin, the chairman of J D Wetherspoon plc, was pleased.');
    const organisations = doc.entities.filter((e) => e.type === 'Organisation');
    expect(organisations).toHaveLength(1);
    expect([organisations[0]!.name, ...organisations[0]!.aliases]).toEqual(expect.arrayContaining(['JD Wetherspoons', 'J D Wetherspoon plc']));
    expect(doc.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Tim Martin']);
  });
});

describe('run-3 failure classes (general rules)', () => {
  const named = (text: string, type: string): string[] =>
    extract(text)
      .entities.filter((e) => e.type === type)
      .map((e) => e.name);

  it("finds towns from the generated GeoNames list, but not as part of a person's name or before a reporting verb", () => {
    expect(named('A man from Kirkby was stopped by officers in Netherton on Tuesday.', 'Place')).toEqual(expect.arrayContaining(['Kirkby', 'Netherton']));
    expect(named('Mr Kirkby was stopped by officers.', 'Place')).not.toContain('Kirkby');
  });

  it('reads street names as places even when the first word is a first name ("of Margaret Avenue", "of Sefton Road")', () => {
    const places = named('Lee Cuffe, 40, of Sefton Road and Liam Johnson, 32, of Margaret Avenue, Bootle, were jailed.', 'Place');
    expect(places).toEqual(expect.arrayContaining(['Sefton Road', 'Margaret Avenue', 'Bootle']));
    expect(named('Liam Johnson, 32, of Margaret Avenue, Bootle, was jailed.', 'Person')).toEqual(['Liam Johnson']);
  });

  it('finds a district after a street ("on Thelwall Lane in Latchford") and a place near a known one ("in Leigh Sinton, near Malvern")', () => {
    expect(named('Officers searched an address on Thelwall Lane in Latchford.', 'Place')).toEqual(expect.arrayContaining(['Thelwall Lane', 'Latchford']));
    const doc = extract('Plans for 53 houses in Leigh Sinton, near Malvern, were rejected.');
    expect(doc.entities.find((e) => e.name === 'Leigh Sinton')?.type).toBe('Place');
  });

  it('drops a descriptor noun opening the sentence before a name ("Ring-leaders Liam Johnson")', () => {
    expect(named('Ring-leaders Liam Johnson and David Hewson were sentenced in their absence.', 'Person')).toEqual(
      expect.arrayContaining(['Liam Johnson', 'David Hewson']),
    );
  });

  it('knows hyphenated first names and splits "Name of Organisation" ("Emma-Lou Montgomery of Fidelity Personal Investing")', () => {
    const doc = extract('Emma-Lou Montgomery of Fidelity Personal Investing said the results were mixed.');
    expect(doc.entities.find((e) => e.name === 'Emma-Lou Montgomery')?.type).toBe('Person');
    expect(doc.entities.find((e) => e.name === 'Fidelity Personal Investing')?.type).toBe('Organisation');
  });

  it('finds an organisation after "analyst at The …" and after a sentence-opening kind of company ("Developer Cala Homes")', () => {
    expect(named('Ian Forrest, an analyst at The Share Centre, noted that shares fell.', 'Organisation')).toContain('Share Centre');
    expect(named('Developer Cala Homes met with parish councils before the plans went forward.', 'Organisation')).toContain('Cala Homes');
  });

  it('reads two unlisted capitalised words as a person ("Rishi Sunak") and ties the surname to them', () => {
    const doc = extract('Rishi Sunak has been confronted with comments. Sunak replied that he was proud.');
    expect(doc.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Rishi Sunak']);
  });

  it('does not read a capitalised ordinary word as an abbreviation ("Who was that?" is not the WHO)', () => {
    expect(named('The World Health Organization said the risk was low.', 'Organisation')).toEqual(['World Health Organization']);
    expect(named('He asked: “Who was that?”', 'Organisation')).toEqual([]);
  });

  it('treats bylines and breadcrumbs above the article as page furniture', () => {
    const doc = extract('Home News Crosby News\n\nBy Bishop of Leeds\n\nNine men were jailed at Liverpool Crown Court yesterday.');
    expect(doc.entities.map((e) => e.name)).not.toEqual(expect.arrayContaining(['Leeds']));
    expect(doc.entities.map((e) => e.name)).not.toContain('Home News Crosby News');
  });
});

describe('rules added after held-out run 4', () => {
  it('merges a company written with and without its group or legal suffix ("Mitie Group", "Mitie")', () => {
    const doc = extract('Shares in Mitie Group fell. Later, outsourcer Mitie said profits would halve.');
    const companies = doc.entities.filter((e) => e.type === 'Organisation' && /mitie/i.test(e.name));
    expect(companies).toHaveLength(1);
  });

  it('does not glue a sentence-opening adverb to the name after it ("Finally Premier Foods, …")', () => {
    const doc = extract('Profits fell at two firms. Finally Premier Foods, the maker of Bisto, told investors its profit will be lower.');
    expect(doc.entities.some((e) => /finally/i.test(e.name))).toBe(false);
    expect(doc.entities.find((e) => e.name === 'Premier Foods')?.type).toBe('Organisation');
  });

  it('reads a share index as no organisation ("FTSE 100", "FTSE 250-listed")', () => {
    const doc = extract('The FTSE 100 fell. The FTSE 250-listed outsourcer Mitie dropped 5 per cent.');
    expect(doc.entities.some((e) => /ftse/i.test(e.name))).toBe(false);
  });

  it('reads a party or paper name before a member role as an affiliation, not the body ("Labour MP", "Independent councillor")', () => {
    const found = ids('Labour MP Diana Johnson spoke. Independent councillor Les Sibley asked a question.');
    expect(found).toEqual(expect.arrayContaining(['person:diana-johnson', 'person:les-sibley']));
    expect(found).not.toContain('org:labour-party');
    expect(found).not.toContain('org:the-independent');
    expect(ids('Labour said the plan would fail.')).toContain('org:labour-party');
  });

  it('finds a person named before a court role after a stray stop ("Graeme Cook. defending,")', () => {
    expect(ids('Graeme Cook. defending, said the man was sorry.')).toContain('person:graeme-cook');
  });

  it('reads a contact line ("Twitter: @shieldsgazette") as page furniture', () => {
    const doc = extract('A man was jailed at Newcastle Crown Court.\n\nTwitter: @shieldsgazette');
    expect(doc.entities.some((e) => /twitter/i.test(e.name))).toBe(false);
  });

  it('knows national parks and metropolitan boroughs ("Lake District", "South Tyneside")', () => {
    const found = ids('He spent one night in the Lake District before returning to South Tyneside.');
    expect(found).toEqual(expect.arrayContaining(['place:lake-district', 'place:south-tyneside']));
  });

  it('reads a company named after a descriptor noun ("Applicant L&Q Estates") and a plural company head ("Foods", "Estates")', () => {
    const doc = extract('Applicant L&Q Estates, which is based near Warwick, said the site would include affordable homes.');
    expect(doc.entities.find((e) => e.name === 'L&Q Estates')?.type).toBe('Organisation');
  });

  it('reads a constituency as one place ("Suffolk Coastal MP", "MP for Bermondsey and Old Southwark") and stops at a name', () => {
    const found = ids(
      'Suffolk Coastal MP Therese Coffey spoke. Mr Coyle, MP for Bermondsey and Old Southwark, replied. The MP for Chester Chris Matheson asked.',
    );
    expect(found).toEqual(expect.arrayContaining(['place:suffolk-coastal', 'place:bermondsey-and-old-southwark', 'place:chester', 'person:chris-matheson']));
    expect(found).not.toContain('place:suffolk');
  });
});

describe('names the run-5 blind set taught (session 3)', () => {
  it('reads a name before a share ticker as a company, and the ticker as no entity ("Grindlow (LON: GRND)", "Retailer Hexley (HXL)")', () => {
    const doc = extract('Grindlow (LON: GRND) shares fell on Monday. Retailer Hexley (HXL) rose 3%.');
    expect(entity(doc, 'org:grindlow').type).toBe('Organisation');
    expect(entity(doc, 'org:hexley').type).toBe('Organisation');
    expect(doc.entities.map((e) => e.name)).not.toEqual(expect.arrayContaining(['GRND', 'HXL', 'LON']));
  });

  it('keeps a bracketed abbreviation after a longer name as its alias, not a ticker ("Thames Valley Police (TVP)")', () => {
    const doc = extract('Thames Valley Police (TVP) made an appeal. TVP said officers were hurt.');
    expect(entity(doc, 'org:thames-valley-police').aliases).toContain('TVP');
  });

  it('reads a seat in brackets after a member, and "member for X Central", as one place', () => {
    const found = ids('Labour MP Wes Streeting (Ilford North) spoke. The member for Barnsley Central objected.');
    expect(found).toEqual(expect.arrayContaining(['place:ilford-north', 'place:barnsley-central']));
    expect(found).not.toEqual(expect.arrayContaining(['place:ilford', 'place:barnsley']));
  });

  it('joins places by "and" into one council ("Crewe and Nantwich Council")', () => {
    const found = ids('Residents wrote to Crewe and Nantwich Council about the plan.');
    expect(found).toContain('org:crewe-and-nantwich-council');
    expect(found).not.toContain('place:crewe');
  });

  it('finds roads by number, fields and views, and a district between a place and "in" a town', () => {
    const found = ids('Police were called to Marlow Field, Upper Hatherby in Banbury, near the A423. A man who lives on Harton View was hurt.');
    expect(found).toEqual(expect.arrayContaining(['place:marlow-field', 'place:upper-hatherby', 'place:a423', 'place:harton-view']));
  });

  it('reads a bill whose name holds a bracket as one programme, without its sponsor', () => {
    const doc = extract("Mr Jarvis's Child Poverty in the UK (Target for Reduction) Bill was talked out.");
    expect(entity(doc, 'programme:child-poverty-in-the-uk-target-for-reduction-bill').type).toBe('Programme');
  });

  it('does not make a plural group noun opening a sentence a person ("Neighbours said…")', () => {
    const doc = extract('Neighbours said there was a man in the garden.');
    expect(doc.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
});

describe('names the run-6 blind set taught (session 3)', () => {
  it('keeps a title word that opens a street or a hospital in its name ("King Edward Street", "Queen Mary Hospital")', () => {
    const doc = extract('Officers attended King Edward Street near the Queen Mary Hospital in Hull.');
    expect(entity(doc, 'place:king-edward-street').type).toBe('Place');
    expect(doc.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });

  it('reads a country that is also a given name, before a surname, as a person ("Jordan Wills")', () => {
    const found = ids('Jordan Wills was jailed. Wills shouted at the judge.');
    expect(found).toContain('person:jordan-wills');
    expect(found).not.toContain('place:jordan');
  });

  it('reads a company named in apposition after its kind, and its bracketed abbreviation as the same body', () => {
    const doc = extract('The investment bank, Harrow Stone Partners (HSP), cut its target. HSP said trading was weak.');
    expect(entity(doc, 'org:harrow-stone-partners').aliases).toContain('HSP');
    expect(doc.entities.filter((e) => e.type === 'Organisation')).toHaveLength(1);
  });

  it('splits a party label from a member\'s title and name ("Alliance MLA Stewart Dickson") and reads "East Antrim MLA" as a seat', () => {
    const found = ids('Quizzed by Alliance MLA Stewart Dickson, the minister said little. The East Antrim MLA then went on.');
    expect(found).toEqual(expect.arrayContaining(['person:stewart-dickson', 'place:east-antrim']));
    expect(found).not.toContain('person:east-antrim-mla');
  });

  it('takes "Sheriff" as a title, and a "Sheriff Court" as no person', () => {
    const doc = extract('Sheriff Sara Matheson sat at the Sheriff Court. Sheriff Matheson ordered a new effort.');
    expect(doc.entities.filter((e) => e.type === 'Person').map((e) => e.id)).toEqual(['person:sara-matheson']);
  });

  it('leaves out the outlet\'s masthead line and "READ MORE:" links', () => {
    const doc = extractArticle({
      text: 'Belfast Telegraph\n\nThe minister spoke in Belfast.\n\nREAD MORE: Grangemouth refinery closure hits England\n\nHe left.',
      source: 'Belfast Telegraph',
      publishedAt: '2013-11-01',
    });
    expect(doc.entities.map((e) => e.id).sort()).toEqual(['place:belfast']);
  });

  it('reads "the X inquiry" as a body, not a programme', () => {
    expect(entity(extract('He answered questions at the Covid inquiry.'), 'org:covid-inquiry').type).toBe('Organisation');
  });
});

describe('names the run-7 blind set taught (session 3)', () => {
  it('reads a one-word name the article treats as a company as one ("Varnock\'s share price", "rival Dunmore", "Dunmore said it…")', () => {
    const doc = extract("The warning saw Varnock's share price plunge, with rival Dunmore forced to comment. Dunmore said it had seen no delays.");
    expect(entity(doc, 'org:varnock').type).toBe('Organisation');
    expect(entity(doc, 'org:dunmore').type).toBe('Organisation');
    expect(doc.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });

  it('knows large UK companies by name ("B&Q", "Experian", "MFI")', () => {
    const found = ids('Gains came from both B&Q and MFI. The credit checking arm Experian was the star performer.');
    expect(found).toEqual(expect.arrayContaining(['org:b-q', 'org:mfi', 'org:experian']));
  });

  it('does not make a generic court after "a" an entity ("A Crown Court judge")', () => {
    expect(ids('A Crown Court judge has questioned the law.').filter((id) => id.startsWith('org:'))).toEqual([]);
  });

  it('drops a participle opening the sentence from the name after it ("Jailing Fothergill for ten weeks")', () => {
    const found = ids('Mark Fothergill was banned. Jailing Fothergill for ten weeks, the judge spoke.');
    expect(found).toContain('person:mark-fothergill');
    expect(found).not.toContain('person:jailing-fothergill');
  });

  it('splits a role before an honorific from the name ("Cabinet Secretary Sir Jeremy Heywood")', () => {
    expect(ids('The leak prompted Cabinet Secretary Sir Jeremy Heywood to order an inquiry.')).toContain('person:jeremy-heywood');
  });

  it('finds embassies, shopping malls and named funding', () => {
    const found = ids('He contacted the French Embassy. A man approached people in The Mall. The Safer Streets funding is important.');
    expect(found).toEqual(expect.arrayContaining(['org:french-embassy', 'place:the-mall', 'programme:safer-streets']));
  });
});

describe('names the run-8 blind set taught (session 3)', () => {
  it('keeps a company named right after a full name ("told presenter Laura Kuenssberg Tesco had…") when it stands alone elsewhere', () => {
    const found = ids('Allan told BBC presenter Laura Kuenssberg Tesco had fallen out with suppliers. Tesco declined to comment.');
    expect(found).toEqual(expect.arrayContaining(['person:laura-kuenssberg', 'org:tesco']));
  });

  it('merges a person written with and without a middle name, or with a one-letter misprint in a caption', () => {
    const doc = extract(
      'John Allen\n\nTesco chairman John Allan spoke. John Allan said more. Thomas Sinclair edits the paper. Thomas Hutton Sinclair denied it.',
    );
    const people = doc.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people.sort()).toEqual(['John Allan', 'Thomas Hutton Sinclair']);
  });

  it('names a court by the place before a generic court ("Llanelli Magistrates’ Court") and a town hall by its town', () => {
    const found = ids('Appearing in Llanelli Magistrates’ Court, he denied it. There was chaos in Huddersfield Town Hall.');
    expect(found).toEqual(expect.arrayContaining(['org:llanelli-magistrates-court', 'place:huddersfield-town-hall']));
    expect(found).not.toContain('place:llanelli');
  });

  it('reads brands and businesses from their context ("whose brands include All Bar One and Toby Carvery", "the owner of Harvester")', () => {
    const found = ids('Pressure grew on the owner of Harvester. Mitchells & Butlers, whose brands include All Bar One and Toby Carvery, reported sales.');
    expect(found).toEqual(expect.arrayContaining(['org:harvester', 'org:all-bar-one', 'org:toby-carvery']));
    expect(found.filter((id) => id.startsWith('person:'))).toEqual([]);
  });

  it('lets the first word of a body named here stand for it ("Mitchells warned")', () => {
    const doc = extract('Mitchells & Butlers reported sales. Mitchells warned it expects higher costs.');
    expect(speakerOf(doc, 'it expects higher costs')).toBe('org:mitchells-butlers');
  });

  it('reads a place after "Mr" as a surname ("Mr Brent said")', () => {
    const doc = extract('He lives in Brent. Mr Brent said the plan failed.');
    expect(speakerOf(doc, 'the plan failed')).toBe('person:brent');
  });
});

describe('names the run-9 blind set taught (session 3)', () => {
  it('keeps a Welsh "ap" inside a name and resolves "Mr ap Iorwerth" to it', () => {
    const doc = extract('Rhun ap Iorwerth said the remark was wrong. Mr ap Iorwerth added more.');
    expect(entity(doc, 'person:rhun-ap-iorwerth').aliases).toContain('Mr ap Iorwerth');
    expect(doc.entities.filter((e) => e.type === 'Person')).toHaveLength(1);
  });

  it('reads where a person named with their age lives ("Marcus Bristow, 32, of Ashford,")', () => {
    expect(ids('Marcus Bristow, 32, of Ashford, denies the charge.')).toContain('place:ashford');
  });

  it('splits a road number from the road name after it ("the A4095 Woodstock Road")', () => {
    expect(ids('The fire was just off the A4095 Woodstock Road near Witney.')).toEqual(expect.arrayContaining(['place:a4095', 'place:woodstock-road']));
  });

  it('reads a compass word and an unknown name as a place ("in West Hoe"), but not a role ("North Bank Commander")', () => {
    const found = ids('Police were called to a flat in West Hoe. Phil Ward, North Bank Commander, spoke.');
    expect(found).toContain('place:west-hoe');
    expect(found).not.toContain('place:north-bank-commander');
  });

  it('reads a body misprinted by one letter as that body ("Greene Kink" after "Greene King")', () => {
    const doc = extract('Pub operator Greene King has announced results. In a statement Greene Kink said sales rose.');
    expect(entity(doc, 'org:greene-king').aliases).toContain('Greene Kink');
    expect(doc.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
});

describe('names the run-10 blind set taught (session 3)', () => {
  it('keeps a possessive inside a street name ("Gordon’s Mills Road")', () => {
    expect(ids('Toni Dey, who lives in Gordon’s Mills Road, heard screaming.')).toContain('place:gordons-mills-road');
  });

  it('does not glue a headline verb to a name ("Jeremy Corbyn Tells MPs")', () => {
    const found = ids('Jeremy Corbyn Tells MPs To Stop Sniping\n\nJeremy Corbyn spoke to his MPs on Monday.');
    expect(found).toContain('person:jeremy-corbyn');
    expect(found).not.toContain('person:jeremy-corbyn-tells');
  });

  it('reads names after "newspaper" and "websites" as bodies, and two ordinary words before "said" as no person', () => {
    const found = ids('National World bought the regional newspaper Rotherham Advertiser. National World said the deal helps.');
    expect(found).toContain('org:rotherham-advertiser');
    expect(found).not.toContain('person:national-world');
  });
});

describe('names the run-13 blind set taught (session 3)', () => {
  it('reads "Brockworth-based Invista" as a place and the body based there', () => {
    const found = ids('Brockworth-based Invista, owned by an American giant, said it would close the plant.');
    expect(found).toEqual(expect.arrayContaining(['place:brockworth', 'org:invista']));
    expect(found.filter((id) => id.startsWith('person:'))).toEqual([]);
  });

  it('does not take an ordinary word opening a sentence for the village of that name ("Beer sales slowed")', () => {
    expect(ids('Beer sales considerably slowed down in June.')).not.toContain('place:beer');
  });

  it('knows "Marston’s" as the pub company, not the village of Marston', () => {
    const found = ids('Shares in Marston’s have plunged after the pub giant warned investors.');
    expect(found).toContain('org:marstons');
    expect(found).not.toContain('place:marston');
  });
});

describe('names the run-14 blind set taught (session 4)', () => {
  it('reads Downing Street as the street where something happens there, and as the office where it acts', () => {
    expect(ids('Reports said a Christmas party was held in Downing Street last December.')).toContain('place:downing-street');
    const acting = ids('Downing Street said the rules were followed, after a party in Downing Street.');
    expect(acting.filter((id) => id.includes('downing-street'))).toEqual([expect.stringMatching(/^org:/)]);
  });
});

describe('names the run-14 blind set taught (session 4): bodies by what they are to others', () => {
  it('reads a name listed beside a known body as a body ("the likes of Next down 1.4%, Burberry down 2.1%")', () => {
    expect(ids('Retailers took a hit, sending the likes of Next down 1.4%, Burberry down 2.1% and Marks and Spencer Group down 1.1%.')).toContain('org:next');
  });

  it('reads "its Magasin du Nord subsidiary" and "an operation called Magenta" as bodies', () => {
    const found = ids(
      'Debenhams is considering the sale of its Magasin du Nord subsidiary. It will also sell an operation called Magenta, which prints leaflets.',
    );
    expect(found).toEqual(expect.arrayContaining(['org:magasin-du-nord', 'org:magenta']));
  });
});

describe('names the run-14 blind set taught (session 4): people and districts', () => {
  it('reads a curated word after a first name opening the sentence as a surname ("Gavin Wilkinson struck")', () => {
    const found = ids('Gavin Wilkinson struck at a property last summer. Wilkinson, 34, pleaded guilty.');
    expect(found).toContain('person:gavin-wilkinson');
    expect(found.filter((id) => id.startsWith('org:'))).toEqual([]);
  });

  it('reads "in Fence Houses, Sunderland" as a district of a known place, ordinary words or not', () => {
    expect(ids('He struck at a property on Britannia Terrace in Fence Houses, Sunderland, last summer.')).toContain('place:fence-houses');
  });
});

describe('names the run-14 blind set taught (session 4): local bodies, areas and instruments', () => {
  it('reads "from Richmondshire neighbourhood policing team" as a body, keeping the district a place', () => {
    const found = ids('Inspector Martin Metcalfe, from Richmondshire neighbourhood policing team, said: “We made an arrest.”');
    expect(found).toEqual(expect.arrayContaining(['org:richmondshire-neighbourhood-policing-team', 'place:richmondshire']));
  });

  it('reads the area after "inspector for" as a place', () => {
    expect(ids('Inspector Chris Boylin, neighbourhood policing inspector for Ashfield, said: “Arson is serious.”')).toContain('place:ashfield');
  });

  it('takes letters in brackets for the name before them, not for what a gazetteer says they stand for', () => {
    const found = ids('Ministers will change how the European Convention on Human Rights (ECHR) is read. Critics said the ECHR protects families.');
    expect(found).toContain('programme:european-convention-on-human-rights');
    expect(found).not.toContain('org:european-court-of-human-rights');
  });

  it('does not run a committee’s name on into "on Wednesday"', () => {
    expect(ids('She told the Work and Pensions Committee on Wednesday that sanctions work.')).toContain('org:work-and-pensions-committee');
  });
});

describe('names the run-15 blind set taught (session 4)', () => {
  it('does not make a person of a title before an ordinary word ("General Surgery")', () => {
    expect(ids('Those areas are Dermatology, General Surgery, Ophthalmology and Urology.').filter((id) => id.startsWith('person:'))).toEqual([]);
  });

  it('does not read "the Northern Isles MP" as a person’s name', () => {
    expect(ids('The Northern Isles MP, who had insisted he was unaware of it, admitted he had allowed the leak.')).not.toContain('person:northern-isles');
  });
});

describe('names the run-15 blind set taught (session 4): addresses, venues and sentences', () => {
  it('splits "Mr Riaz Chowdhury of Grundy Street" into the man and his street', () => {
    const found = ids('The operator, Mr Riaz Chowdhury of Grundy Street, was out of the country.');
    expect(found).toEqual(expect.arrayContaining(['person:riaz-chowdhury', 'place:grundy-street']));
  });

  it('reads "the Lasani restaurant" as a business, and "200 hours of Community Service" as none', () => {
    const found = ids('A nephew who worked at the Lasani restaurant was sentenced to 200 hours of Community Service.');
    expect(found).toContain('org:lasani');
    expect(found).not.toContain('org:community-service');
  });
});

describe('names the run-15 blind set taught (session 4): a name opening a sentence', () => {
  it('keeps an ordinary first word of a name already known ("Expanded Metal Company workers")', () => {
    const found = ids('The Expanded Metal Company has confirmed job cuts.\n\nExpanded Metal Company workers went on strike in January.');
    expect(found).toEqual(['org:expanded-metal-company']);
  });
});

describe('names the run-15 blind set taught (session 4): bodies that hold a curated name', () => {
  it('reads "Kirkby Fleetham Church of England Primary School" as one school', () => {
    expect(ids('The closure of Kirkby Fleetham Church of England Primary School has been handled badly.')).toContain(
      'org:kirkby-fleetham-church-of-england-primary-school',
    );
  });
});

describe('names the run-15 blind set taught (session 4): lists, rivers and bridges', () => {
  it('reads a curated party opening a list after a dash ("– Labour, Liberals, DUP –"), with "Liberals" as the Liberal Democrats', () => {
    const found = ids('I will urge MPs of all parties – Labour, Liberals, DUP, SDLP, Plaid Cymru – to support it.');
    expect(found).toEqual(expect.arrayContaining(['org:labour-party', 'org:liberal-democrats']));
  });

  it('reads "Queen\'s Park Suspension Bridge" and "the River Dee" as places', () => {
    const found = ids("He walked along Queen's Park Suspension Bridge, then on to a footpath alongside the River Dee.");
    expect(found).toEqual(expect.arrayContaining(['place:queens-park-suspension-bridge', 'place:river-dee']));
  });
});

describe('names the run-15 blind set taught (session 4): counties, addresses and departments', () => {
  it('reads "Co. Derry" as the county as written, not the city', () => {
    const found = ids('Cars were stolen in a spate of burglaries in Co. Derry.');
    expect(found).toContain('place:co-derry');
    expect(found).not.toContain('place:londonderry');
  });

  it('reads "33, of Old School Court" as an address, and "the Department of Transport" as a body', () => {
    const found = ids('Graham Horrocks, 33, of Old School Court, denied it. The Department of Transport said nothing.');
    expect(found).toEqual(expect.arrayContaining(['place:old-school-court', 'org:department-of-transport']));
    expect(found).not.toContain('org:old-school-court');
  });
});

describe('names the run-16 blind set taught (session 4)', () => {
  const text = [
    'There was a queue of ambulances outside the Royal Blackburn Hospital on Saturday, and patients waited at A&E.',
    'Amy Barringer, UNISON North West’s Head of Health said staff were working flat out.',
    'Gillian Simpson, the Trust’s Director of Operations, said: “We are busy.”',
  ].join('\n\n');

  it('keeps a name word before a town in a hospital’s name, and makes nothing of "A&E"', () => {
    const found = ids(text);
    expect(found).toContain('place:royal-blackburn-hospital');
    expect(found.filter((id) => /^org:a$|^person:a$/.test(id))).toEqual([]);
  });

  it('reads "Head of Health" and "Director of Operations" as posts, and a union’s regional branch as the union', () => {
    const doc = extract(text);
    expect(doc.entities.map((e) => e.name)).not.toEqual(expect.arrayContaining(['Head of Health']));
    expect(doc.entities.map((e) => e.name)).not.toContain('Operations');
    expect(entity(doc, 'org:unison').aliases).toContain('UNISON North West');
    expect(speakerOf(doc, 'working flat out')).toBe('person:amy-barringer');
  });
});

describe('names the run-16 blind set taught (session 4): councils', () => {
  it('reads councils with a small c, splits "X Council and Y council", and joins "Westmorland and Furness" to its council', () => {
    const found = ids(
      'The new Westmorland and Furness council arrived.\n\nThe arrival of Westmorland and Furness has created calls for change.\n\nThe proposal made by Allerdale Council and Copeland council created Cumberland Council and Westmorland and Furness Council.\n\nBut council leader Pete Marland disagreed.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['org:westmorland-and-furness-council', 'org:allerdale-council', 'org:copeland-council', 'org:cumberland-council']),
    );
    expect(found).not.toContain('org:westmorland-and-furness');
    expect(found.filter((id) => id.startsWith('org:but'))).toEqual([]);
  });

  it('reads "Cllr Bell of Patricia Bell" as the one councillor', () => {
    const found = ids('A row with Cllr Patricia Bell grew.\n\nAccused Cllr Bell of Patricia Bell of telling an outright lie.');
    expect(found.filter((id) => id.startsWith('person:'))).toEqual(['person:patricia-bell']);
  });
});

describe('names the run-16 blind set taught (session 4): halls and figures', () => {
  it('reads "Nelson Town Hall" as a place and "Turnover hit £412.7 million" as no one', () => {
    const found = ids('The meeting was held at Nelson Town Hall.\n\nTurnover hit £412.7 million, up from £410 million.');
    expect(found).toContain('place:nelson-town-hall');
    expect(found.filter((id) => id.startsWith('person:'))).toEqual([]);
  });
});

describe('names the run-17 blind set taught (session 4)', () => {
  it('knows water companies and sport’s national bodies', () => {
    const found = ids(
      'Wessex Water and Severn Trent were criticised. Sport England cut funding to England Netball, Badminton England and the England Golf Partnership, and UK Sport said little.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'org:wessex-water',
        'org:severn-trent',
        'org:sport-england',
        'org:england-netball',
        'org:badminton-england',
        'org:england-golf-partnership',
        'org:uk-sport',
      ]),
    );
  });
});

describe('names the run-17 blind set taught (session 4): courts, secretaries and company forms', () => {
  it('reads "the Isle of Wight Magistrates’ Court" whole and "Defra Secretary Michael Gove" as Gove', () => {
    const found = ids('He was found guilty by the Isle of Wight Magistrates’ Court. The goods that Defra Secretary Michael Gove refers to.');
    expect(found).toEqual(expect.arrayContaining(['org:isle-of-wight-magistrates-court', 'person:michael-gove']));
    expect(found).not.toContain('org:wight-magistrates-court');
  });

  it('joins "Takeda" and "Takeda Co" to "Takeda Pharmaceutical Co Ltd"', () => {
    const found = ids(
      'Shire PLC has received proposals from Takeda Pharmaceutical Co Ltd. Takeda Co confirmed it had made a revised proposal. The rest was in Takeda shares.',
    );
    expect(found.filter((id) => id.includes('takeda'))).toEqual(['org:takeda-pharmaceutical-co-ltd']);
  });
});

describe('names the run-18 blind set taught (session 4)', () => {
  it('reads a list of customers as bodies, not villages, and "Leyland Trucks" as one company', () => {
    const found = ids(
      "The company's customers include Four Seasons, Hilton, Marriott, Disney Cruise Line and Royal Caribbean Cruise Lines.\n\nLeyland Trucks also won its award.",
    );
    expect(found).toEqual(expect.arrayContaining(['org:four-seasons', 'org:hilton', 'org:marriott', 'org:disney-cruise-line', 'org:leyland-trucks']));
    expect(found.filter((id) => id.startsWith('place:'))).toEqual([]);
  });
});

describe('names the run-18 blind set taught (session 4): schools', () => {
  it('reads possessives inside schools’ names and "… School for Boys"', () => {
    const found = ids(
      'Results were recorded at Queens’ School, Bushey. Watford Grammar School for Boys also did well. Retiring St Michael’s Catholic High School head John Murphy was proud.',
    );
    expect(found).toEqual(expect.arrayContaining(['org:queens-school', 'org:watford-grammar-school-for-boys', 'org:st-michaels-catholic-high-school']));
  });
});

describe('names the run-18 blind set taught (session 4): doubled captions and companies called so', () => {
  it('drops a caption the page doubled, and reads "Centrebus is unhappy…. The company say…" as a company', () => {
    const text = [
      'A Centrebus Melton service turns out of Windsor StreetA Centrebus Melton service turns out of Windsor Street',
      'A Centrebus Melton service turns out of Windsor Street',
      'Centrebus is unhappy it wasn’t consulted about the review. The company say it should have been told.',
    ].join('\n\n');
    const found = ids(text);
    expect(found).toContain('org:centrebus');
    expect(found.filter((id) => id.startsWith('person:'))).toEqual([]);
    expect(found).not.toContain('place:windsor-street');
  });
});

describe('names the run-18 blind set taught (session 4): courts with a compass word', () => {
  it('reads "South Cumbria Magistrates\' Court" whole', () => {
    const found = ids("He was saddened to see South Cumbria Magistrates' Court shut.");
    expect(found).toEqual(['org:south-cumbria-magistrates-court']);
  });
});

describe('names the run-18 blind set taught (session 4): shared surnames and ombudsmen', () => {
  it('reads "Brian and Janet Sewell" as two Sewells and "a Local Government Ombudsman" as a body', () => {
    const found = ids('The landowners Brian and Janet Sewell should be compensated, a Local Government Ombudsman found.');
    expect(found).toEqual(expect.arrayContaining(['person:brian-sewell', 'person:janet-sewell', 'org:local-government-ombudsman']));
  });
});

describe('names the run-20 blind set taught (session 5): devolved governments and programmes', () => {
  it('reads a bare "government" as the Scottish Government in a story that names it and never the UK\'s', () => {
    const doc = extract(
      'Green co-leaders are back in government\n\nThe Scottish Greens’ co-leaders have been re-appointed to the Scottish Government by the new First Minister Humza Yousaf.',
    );
    const found = doc.entities.map((e) => e.id);
    expect(found).toEqual(expect.arrayContaining(['org:scottish-government', 'org:scottish-greens', 'person:humza-yousaf']));
    expect(found).not.toContain('org:uk-government');
    expect(found.filter((id) => id.startsWith('person:'))).toEqual(['person:humza-yousaf']);
  });

  it('keeps "the government" British when the article also names Westminster', () => {
    const found = ids('The Scottish Government and Westminster disagree. The government said it would not move.');
    expect(found).toEqual(expect.arrayContaining(['org:scottish-government', 'org:uk-government']));
  });

  it('finds "the Bute House Agreement" and "a New Deal for Tenants" as programmes, and no person "I" after a title', () => {
    const doc = extract(
      'Both were appointed as part of the Bute House Agreement.\n\nPatrick Harvie said: “As a minister I have published a New Deal for Tenants.”',
    );
    const programmes = doc.entities.filter((e) => e.type === 'Programme').map((e) => e.name);
    expect(programmes).toEqual(expect.arrayContaining(['Bute House Agreement', 'New Deal for Tenants']));
    expect(doc.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Patrick Harvie']);
  });
});

describe('names the run-20 blind set taught (session 5): wards, trusts and "-based" places', () => {
  it('reads "Hexham East" as a ward, "Northumbria Healthcare" as a body and "the Norfolk-based organisation" as Norfolk', () => {
    const found = ids(
      'Director at Northumbria Healthcare, Dr Colin Doig, spoke. Coun. Cath Homer from Hexham East spoke too, at the Norfolk-based organisation’s headquarters.',
    );
    expect(found).toEqual(expect.arrayContaining(['org:northumbria-healthcare', 'place:hexham-east', 'place:norfolk', 'person:colin-doig']));
    expect(found.filter((id) => id.startsWith('person:'))).toEqual(['person:colin-doig', 'person:cath-homer']);
  });
});

describe("names the run-20 blind set taught (session 5): a publisher's titles", () => {
  it('reads each paper, site and station in a list, and two titles joined by "and" as two', () => {
    const found = ids(
      'The section includes the Manchester Online website, city TV station Channel M, the free daily Metro and Surrey & Berkshire Media, publisher of the Reading Evening Post and Surrey Advertiser.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'org:manchester-online',
        'org:channel-m',
        'org:metro',
        'org:surrey-berkshire-media',
        'org:reading-evening-post',
        'org:surrey-advertiser',
      ]),
    );
    expect(found).not.toContain('org:reading-evening-post-and-surrey-advertiser');
  });
});

describe('names the run-20 blind set taught (session 5): defendants and possessive place names', () => {
  it('keeps "Defendant" and "Co-defendant" out of the names, and reads "Fisherman’s Wharf, Connah’s Quay" as two places', () => {
    const found = ids('Co-defendant Billy Perks was knocked down. Defendant Maurice Taylor, 45, of Fisherman’s Wharf, Connah’s Quay, admitted affray.');
    expect(found).toEqual(expect.arrayContaining(['person:billy-perks', 'person:maurice-taylor', 'place:fishermans-wharf', 'place:connahs-quay']));
    expect(found).not.toContain('place:fisherman');
  });
});

describe('names the run-20 blind set taught (session 5): papers after "The" and buildings named for a town', () => {
  it('reads "…, The Guardian said" as the paper and "Dunstable Community Fire Station" whole', () => {
    const doc = extract('Trains were late on Tuesday morning, The Guardian said.\n\nThe meeting was at Dunstable Community Fire Station.');
    const found = doc.entities.map((e) => e.id);
    expect(found).toEqual(expect.arrayContaining(['org:the-guardian', 'place:dunstable-community-fire-station']));
    expect(found.filter((id) => id.startsWith('person:'))).toEqual([]);
    expect(speakerOf(doc, 'Trains were late')).toBe('org:the-guardian');
  });
});

describe('names the run-20 blind set taught (session 5): cathedrals, gates and a "Place" in an address', () => {
  it('reads "Carlisle Cathedral", "St Nicholas Gate" and "of Howard Place, Carlisle" as places, and no person', () => {
    const found = ids(
      'He wrecked a Carlisle Cathedral artefact. He snatched vodka at the city’s St Nicholas Gate. The court heard Higgins, of Howard Place, Carlisle, had convictions.',
    );
    expect(found).toEqual(expect.arrayContaining(['place:carlisle-cathedral', 'place:st-nicholas-gate', 'place:howard-place', 'place:carlisle']));
    expect(found).not.toContain('person:howard-place');
  });
});

describe('names the run-20 blind set taught (session 5): a first name before a place head', () => {
  it('reads "Alexandra Hospital" as a place but keeps "Damon Hill" a person', () => {
    const found = ids('Patients at Alexandra Hospital waited. Damon Hill visited them.');
    expect(found).toEqual(expect.arrayContaining(['place:alexandra-hospital', 'person:damon-hill']));
  });
});

describe('names the run-20 blind set taught (session 5): a judge with an ordinary word for a name, and the court named before', () => {
  it('reads "Judge Roach" as a person and "the Crown Court" after "Bristol Crown Court" as that court', () => {
    const doc = extract('Shaun Nash was at Bristol Crown Court. It was like a day out at the Crown Court.\n\nJudge Roach said it was very serious.');
    const found = doc.entities.map((e) => e.id);
    expect(found).toEqual(expect.arrayContaining(['person:roach', 'org:bristol-crown-court']));
    expect(found).not.toContain('org:crown-court');
    expect(ids('General Surgery was closed.')).not.toContain('person:surgery');
  });
});

describe("names the run-20 blind set taught (session 5): a town's short name", () => {
  it('reads "people in Lynn" as King’s Lynn', () => {
    expect(ids('It would create accountability for people in Lynn.')).toEqual(['place:kings-lynn']);
  });
});

describe('names the run-21 blind set taught (session 5): a possessive before a word and a head', () => {
  it('reads "King’s Mill Hospital" whole', () => {
    expect(ids('Patients at King’s Mill Hospital waited.')).toEqual(['place:kings-mill-hospital']);
  });
});

describe('names the run-21 blind set taught (session 5): wards, modifiers and a body by its head word', () => {
  it('reads "Councillor for The Moor" as a ward, "a Council Christmas tree" as no one, and "The Club" as the club named', () => {
    const doc = extract(
      'Councillor for The Moor, Gary Donnelly, complained about names on a Council Christmas tree.\n\nLeicestershire County Cricket Club issued a statement. The Club also incurred costs.',
    );
    const found = doc.entities.map((e) => e.id);
    expect(found).toEqual(expect.arrayContaining(['place:the-moor', 'person:gary-donnelly', 'org:leicestershire-county-cricket-club']));
    expect(found).not.toContain('org:the-moor');
    expect(found).not.toContain('org:the-club');
    expect(found.filter((id) => id.startsWith('person:'))).toEqual(['person:gary-donnelly']);
  });
});

describe('names the run-21 blind set taught (session 5): plural possessives, compass words and haulage firms', () => {
  it('reads "Northwich Victoria Supporters’ Trust", "Northern Premier League" and "Mick George Haulage" as bodies', () => {
    const found = ids(
      'Northwich Victoria Supporters’ Trust plans to talk.\n\nNorthern Premier League rivals have done it.\n\nMick George Haulage, based in St Ives, pleaded guilty.',
    );
    expect(found).toEqual(expect.arrayContaining(['org:northwich-victoria-supporters-trust', 'org:northern-premier-league', 'org:mick-george-haulage']));
    expect(found.filter((id) => id.startsWith('person:'))).toEqual([]);
  });
});

describe('names the run-21 blind set taught (session 5): photo credits, regions, businesses named for a town', () => {
  it('takes no photographer from "Picture: Gary Anthony", reads "Highlands and Islands" whole and "Bus company Salisbury Reds" as a company', () => {
    const doc = extract(
      'Inspector Kevin MacLeod: "This will not be tolerated." Picture: Gary Anthony.\n\nA spokesman for the Highlands and Islands branch of Police Scotland spoke.\n\nBus company Salisbury Reds has come under fire. I’m disgusted, one said.',
    );
    const found = doc.entities.map((e) => e.id);
    expect(found).toEqual(expect.arrayContaining(['place:highlands-and-islands', 'org:salisbury-reds', 'org:police-scotland']));
    expect(found).not.toContain('person:gary-anthony');
    expect(found).not.toContain('place:salisbury');
    expect(doc.entities.filter((e) => e.type === 'Person').map((e) => e.name)).not.toContain('I’m');
  });
});

describe('names the run-21 blind set taught (session 5): a party after "of the", representatives and ravines', () => {
  it('finds the Liberal Democrats in "deputy leader of the Liberal Democrats Cllr Geoff Evans", "Macolm Short, chairman of…", and "Columbus Ravine"', () => {
    const found = ids(
      'Facing the questions were the deputy leader of the Liberal Democrats Cllr Geoff Evans, and Independent representative Cllr Bill Chatt. Macolm Short, chairman of the campaign, spoke. Tourism in Columbus Ravine was hit.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['org:liberal-democrats', 'person:geoff-evans', 'person:bill-chatt', 'person:macolm-short', 'place:columbus-ravine']),
    );
    expect(found).not.toContain('org:the-independent');
  });
});

describe("names the run-21 blind set taught (session 5): a caption printed twice, a town's paper and a campaign named for a town", () => {
  it('drops "Wakefield Works. Mark Bradley Express editor with Francis Granger." printed twice, and finds "the Wakefield Express" and "the Wakefield Works campaign"', () => {
    const doc = extract(
      [
        'Organisers of the Wakefield Works campaign are asking businesses to help.',
        'Wakefield Works. Mark Bradley Express editor with Francis Granger.Wakefield Works. Mark Bradley Express editor with Francis Granger.',
        'Wakefield Works. Mark Bradley Express editor with Francis Granger.',
        'The initiative - backed by the Wakefield Express - aims to help under 25s.',
      ].join('\n\n'),
    );
    const found = doc.entities.map((e) => e.id);
    expect(found).toEqual(expect.arrayContaining(['programme:wakefield-works', 'org:wakefield-express']));
    expect(found.filter((id) => id.startsWith('person:'))).toEqual([]);
    expect(found).not.toContain('org:daily-express');
  });
});

describe('names the run-22 blind set taught (session 5): bus operators, unitary authorities, credits and bylines', () => {
  it('reads "First West of England" and "Bath and North East Somerset" whole, with no photographer or byline', () => {
    const doc = extract(
      'Droitwich Editorial 9th Jan, 2017   0\n\nLocal bus operator First West of England has confirmed cuts.\n\nPhoto © Jon Craig\n\nRoutes in Bath and North East Somerset have been retained.',
    );
    const found = doc.entities.map((e) => e.id);
    expect(found).toEqual(expect.arrayContaining(['org:first-west-of-england', 'place:bath-and-north-east-somerset']));
    expect(found.filter((id) => id.startsWith('person:'))).toEqual([]);
    expect(found).not.toContain('org:first-west');
  });
});

describe('names the run-22 blind set taught (session 5): a ward before its noun', () => {
  it('reads "fellow Boothferry ward councillors" as naming the Boothferry ward', () => {
    expect(ids('Maria Coward has teamed up with fellow Boothferry ward councillors Alison Thompson and Suzanne Ince.')).toEqual(
      expect.arrayContaining(['place:boothferry', 'person:alison-thompson', 'person:suzanne-ince']),
    );
  });
});

describe('names the run-22 blind set taught (session 5): a compass word before a town, and account pointers', () => {
  it('reads "of Bankside, West Lynn" as West Lynn, keeps "University Hospitals of North Midlands" whole, and skips "@x on Twitter" lines', () => {
    const doc = extract(
      'Court news from the Lynn News,, @lynnnewscitizen on Twitter\n\nMr Kingston, 62, of Bankside, West Lynn, pleaded not guilty.\n\nHe is chief executive at University Hospitals of North Midlands.',
    );
    const found = doc.entities.map((e) => e.id);
    expect(found).toEqual(expect.arrayContaining(['place:west-lynn', 'place:bankside']));
    expect(found).not.toContain('person:west-lynn');
    expect(found).not.toContain('org:twitter');
    expect(found).not.toContain('place:north-midlands');
  });
});

describe('names the run-22 blind set taught (session 5): two schools joined by "and", a saint opening the sentence', () => {
  it('splits "St Peter’s Primary School and St Mary’s Church" and keeps "St" at a sentence start, but not "HM Courts and Tribunal Service"', () => {
    const found = ids(
      'St Peter’s Primary School will expand. Parents at St Peter’s Primary School and St Mary’s Church said no. They watched via HM Courts and Tribunal Service’s platform.',
    );
    expect(found).toEqual(expect.arrayContaining(['org:st-peters-primary-school', 'org:st-marys-church']));
    expect(found).not.toContain('org:peters-primary-school');
    expect(found).not.toContain('org:hm-courts');
  });
});

describe('names the dev set still taught (session 5): a first name that looks like a plural', () => {
  it('reads "James Cleverly" at a sentence start as a person ("James" is no plural of "jam")', () => {
    expect(ids('Headline here\n\nJames Cleverly was in a stand-off with a Labour MP.')).toContain('person:james-cleverly');
  });
});

describe('names the run-23 blind set taught (session 5): Northern Irish districts, operations and quoted campaigns', () => {
  it('reads "Newry and Mourne", "Operation Season’s Greetings" and "the ‘Get Home Safe’ campaign", and no place "Dedicated"', () => {
    const doc = extract(
      'Extra patrols will be deployed across areas of Newry and Mourne. He said, “These patrols are part of Operation Season’s Greetings. Police will support the ‘Get Home Safe’ campaign. We have been pushing our messages. Dedicated town centre foot patrols will be in place.”',
    );
    const found = doc.entities.map((e) => e.id);
    expect(found).toEqual(expect.arrayContaining(['place:newry-and-mourne', 'programme:operation-seasons-greetings', 'programme:get-home-safe']));
    expect(found).not.toContain('place:dedicated');
  });
});

describe('names the run-23 blind set taught (session 5): a hyphenated description before a surname, and Great Northern', () => {
  it('reads "Tee-total Robertson" as the Robertson named before, and "Great Northern’s" as the train operator', () => {
    const doc = extract(
      'Kevin Robertson denies murder.\n\nTee-total Robertson has admitted to manslaughter.\n\nThe roll-out of new timetables, including Great Northern’s, caused mayhem.',
    );
    const found = doc.entities.map((e) => e.id);
    expect(found).toEqual(expect.arrayContaining(['person:kevin-robertson', 'org:great-northern']));
    expect(found.filter((id) => id.startsWith('person:'))).toEqual(['person:kevin-robertson']);
  });
});

describe('names the run-23 blind set taught (session 5): party labels in a list, and payments', () => {
  it('reads "the Conservative, Labour and independent administration" as no party, and "the Single Farm Payment" as a programme', () => {
    const found = ids('Critics claimed the Conservative, Labour and independent administration is to blame. The Single Farm Payment is late.');
    expect(found.filter((id) => !id.startsWith('group:'))).toEqual(['programme:single-farm-payment']);
  });
});

describe('names the run-24 blind set taught (session 5): hospitals named with a possessive', () => {
  it('reads "Dr Gray’s Hospital" and "St Mary’s Hospital" as places, with no person Gray', () => {
    const found = ids('Surgeries will return to Dr Gray’s Hospital in Elgin. He works at St Mary’s Hospital.');
    expect(found).toEqual(expect.arrayContaining(['place:dr-grays-hospital', 'place:st-marys-hospital', 'place:elgin']));
    expect(found.filter((id) => id.startsWith('person:'))).toEqual([]);
  });
});

describe('names the run-24 blind set taught (session 5): "and The", a place\'s framework, a post "of" a council', () => {
  it('splits "Tetrosyl and The Casey Group", reads "the Greater Manchester Spatial Framework" whole and keeps the post out of "Rochdale Borough Council"', () => {
    const found = ids(
      'Businesses including Zen Internet, Tetrosyl and The Casey Group joined. Growth will continue under the Greater Manchester Spatial Framework. Speeches were given by Chief Executive of Rochdale Borough Council, Steve Rumbelow.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'org:the-casey-group',
        'programme:greater-manchester-spatial-framework',
        'org:rochdale-borough-council',
        'person:steve-rumbelow',
      ]),
    );
    expect(found).not.toContain('programme:spatial-framework');
    expect(found.some((id) => id.includes('tetrosyl-and'))).toBe(false);
  });
});

describe('names the run-24 blind set taught (session 5): local parties, regions, "Couns" and "County Lines"', () => {
  it('reads "the Western Isles Labour Party" and "the Black Country" whole, "Couns Graham" as a councillor, and no body "County Lines"', () => {
    const found = ids(
      'Ealasaid Macdonald, vice-chair of the Western Isles Labour Party, spoke. People across the Black Country responded. Couns Graham attended. He said County Lines is not a problem unique to Basingstoke. Keir Starmer Labour Party leader.',
    );
    expect(found).toEqual(expect.arrayContaining(['org:western-isles-labour-party', 'place:black-country', 'person:graham', 'person:keir-starmer']));
    expect(found).not.toContain('org:county-lines');
    expect(found.some((id) => id.includes('starmer-labour'))).toBe(false);
  });
});

describe('names: a run the earlier rules empty (found by fast-check, session 5)', () => {
  it('extracts nothing, and does not throw, from a text that is one pronoun ("She")', () => {
    expect(ids('She')).toEqual([]);
  });
});

describe('names the dev set still taught (session 5): contractions and a hyphenated description before a place', () => {
  it('makes no person of "We’re" or "Postcard-perfect Coniston"', () => {
    const found = ids('Postcard-perfect Coniston is busy. We’re totally disgusted, they said. They’re here.');
    expect(found.filter((id) => id.startsWith('person:'))).toEqual([]);
  });
});

describe('names the dev set still taught (session 5): a town that is also a bank', () => {
  it('reads Halifax as the town before "bus station" or after "in", and as the bank before "profits"', () => {
    const doc = extract('Work started on the new Halifax Bus Station in Halifax town centre.\n\nHalifax profits rose.');
    const halifax = doc.entities
      .filter((e) => e.name === 'Halifax')
      .map((e) => e.type)
      .sort();
    expect(halifax).toEqual(['Organisation', 'Place']);
    expect(doc.entities.map((e) => e.id)).toContain('place:halifax-bus-station');
  });
});

describe('names the run-25 blind set taught (session 6): Welsh councils, ministers and captions', () => {
  it('reads "Welsh Labour Government" as the Welsh Government and "the Labour-run Vale of Glamorgan Council" without "Labour-run"', () => {
    const found = ids(
      'The Welsh Labour Government wants a merger between the Vale of Glamorgan and Cardiff, opposed by the then Labour-run Vale of Glamorgan Council.',
    );
    expect(found).toEqual(expect.arrayContaining(['org:welsh-government', 'place:vale-of-glamorgan', 'org:vale-of-glamorgan-council']));
    expect(found.filter((id) => /labour-run|welsh-labour/.test(id))).toEqual([]);
  });

  it('takes the name after a portfolio and its post ("Local Government Secretary Alun Davies", "Communities Minister Jo Bloggs")', () => {
    const found = ids('Local Government Secretary Alun Davies spoke. Communities Minister Jo Bloggs agreed.');
    expect(found).toEqual(expect.arrayContaining(['person:alun-davies', 'person:jo-bloggs']));
    expect(found.filter((id) => id.startsWith('person:') && /secretary|minister|communities/.test(id))).toEqual([]);
  });

  it('makes no person of the party and seat in a caption ("Janet Finch-Saunders AM Conservative Aberconwy")', () => {
    const found = ids('Janet Finch-Saunders AM Conservative Aberconwy');
    expect(found.filter((id) => id.startsWith('person:'))).toEqual(['person:janet-finch-saunders']);
  });

  it('splits "Allerdale Council and Copeland council" into two councils, and knows district names such as Rother', () => {
    const found = ids('The proposal made by Allerdale Council and Copeland council was backed in Rother.');
    expect(found).toEqual(expect.arrayContaining(['org:allerdale-council', 'org:copeland-council', 'place:rother']));
  });
});

describe('names the run-26 blind set taught (session 6): bodies spelled out by their letters, trusts and newsrooms', () => {
  it('takes a name its bracketed letters spell out, lower-case words, commas and possessives and all', () => {
    const found = ids(
      'Friends of the Earth and South Lakes Action on Climate Change (SLACC) argued it. The Department of Agriculture, Environment and Rural Affairs (DAERA) agreed.',
    );
    expect(found).toEqual(expect.arrayContaining(['org:south-lakes-action-on-climate-change', 'org:department-of-agriculture-environment-and-rural-affairs']));
    expect(found.filter((id) => /south-lakes-action$|department-of-agriculture$|org:environment/.test(id))).toEqual([]);
  });

  it('does not take a possessive closing the letters’ name ("the Police and Crime Commissioner’s (PCC) admission")', () => {
    const found = ids('It was the Police and Crime Commissioner’s (PCC) admission that shocked him.');
    expect(found.filter((id) => id.includes('commissioner’s') || id.includes("commissioner's"))).toEqual([]);
  });

  it('reads a body named by places and a head, before its chief’s post ("Barking, Havering and Redbridge University Hospitals Trust CEO…")', () => {
    const found = ids(
      'Barking, Havering and Redbridge University Hospitals Trust CEO Matthew Trainer added it. Croydon Health Services Trust CEO Matthew Kershaw agreed.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['org:barking-havering-and-redbridge-university-hospitals-trust', 'org:croydon-health-services-trust', 'person:matthew-kershaw']),
    );
    expect(ids('He visited Leeds, Bradford and Wakefield yesterday.').sort()).toEqual(['place:bradford', 'place:leeds', 'place:wakefield']);
  });

  it('finds "Association of Directors of Children’s Services", "West Cumbria Mining" and a newsroom that "has learned"', () => {
    const found = ids(
      'Matt Dunkley of the Association of Directors of Children’s Services spoke. West Cumbria Mining has appealed. Ofsted will change, Community Care has learned.',
    );
    expect(found).toEqual(expect.arrayContaining(['org:association-of-directors-of-childrens-services', 'org:west-cumbria-mining', 'org:community-care']));
  });

  it('makes no place of "A Welsh village" and no government of "many government IT projects"; reads "A Gospel Oak couple" as a place', () => {
    expect(ids('A Welsh village is to keep its surgery. It asks why many government IT projects fail.')).toEqual([]);
    expect(ids('A Gospel Oak couple fear the plans.')).toEqual(['place:gospel-oak']);
  });
});

describe('names the run-27 blind set taught (session 6): titles, shops, islands', () => {
  it('reads "Assembly Member Darren Johnson" at a sentence start (no adverb in "Assembly") and "Chief Con Marsh"', () => {
    const doc = extract('Assembly Member Darren Johnson compiled the figures. Chief Constable Andy Marsh spoke. Chief Con Marsh added more.');
    expect(
      doc.entities
        .filter((e) => e.type === 'Person')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['person:andy-marsh', 'person:darren-johnson']);
  });

  it('reads a business before "sports shop" or "restaurant", and its owner with a first name as a person', () => {
    const found = ids('The Elmer Cotton sports shop will close. Elmer Cotton’s owner Judith Barrows said so.');
    expect(found).toEqual(expect.arrayContaining(['org:elmer-cotton', 'person:judith-barrows']));
    expect(found).not.toContain('person:elmer-cotton');
  });

  it('makes no body of "a Town Council" and knows Hebridean ports and sounds', () => {
    expect(ids('Margate wants to become a Town Council.')).toEqual(['place:margate']);
    expect(ids('Travel by the Oban Castlebay and Sound of Barra crossings.').sort()).toEqual(['place:castlebay', 'place:oban', 'place:sound-of-barra']);
  });

  it('takes "Government" opening a paragraph after one ending in a capitalised word as the UK government', () => {
    expect(ids('Part of the scheme for the Colville Estate\n\nGovernment plans will mean fewer homes.')).toContain('org:uk-government');
  });
});

describe('names the run-27 blind set still taught (session 6): bylines and photo credits', () => {
  it('treats a byline after the body has begun ("By Paul Jacques") and "Margate Photo Steven Collis" as furniture', () => {
    const found = ids(
      'Police chiefs have warned about funding.\n\nBy Paul Jacques\n\nMargate Photo Steven Collis\n\nChief Constable Gavin Stephens said it was hard.',
    );
    expect(found.filter((id) => id.startsWith('person:'))).toEqual(['person:gavin-stephens']);
  });
});

describe('names the run-28 blind set taught (session 6): schools, rescues and bylines with a date', () => {
  it('reads "St. George’s Primary School", "John Wheeldon primary" and "Harrogate Cat Rescue" as bodies', () => {
    const found = ids('St. George’s Primary School was graded. Teaching at John Wheeldon primary was slammed. Harrogate Cat Rescue said it was full.');
    expect(found).toEqual(expect.arrayContaining(['org:st-georges-primary-school', 'org:john-wheeldon-primary', 'org:harrogate-cat-rescue']));
    expect(found.filter((id) => id.startsWith('person:') || id === 'place:st')).toEqual([]);
  });

  it('treats "By Staf Newsletter  |  Posted: November 16, 2012" as a byline', () => {
    expect(ids('A school has been put in special measures.\n\nBy Staf Newsletter  |  Posted: November 16, 2012\n\nParents are worried.')).toEqual([]);
  });
});

describe('names the run-29 blind set taught (session 6): laws with years, councils written short, collieries', () => {
  it('keeps a law’s year ("the Coronavirus Act 2020") and reads "Chf Supt Wanless" as a title and a surname', () => {
    const doc = extract('Fines were issued under the Coronavirus Act 2020. Chf Supt Simon Wanless said it.');
    expect(doc.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['programme:coronavirus-act-2020', 'person:simon-wanless']));
  });

  it('splits "the Morpeth Neighbourhood Plan and Northumberland County Council" and "Allerdale Council and Copeland council"', () => {
    const found = ids('The Morpeth Neighbourhood Plan and Northumberland County Council agreed. Allerdale Council and Copeland council objected.');
    expect(found).toEqual(
      expect.arrayContaining(['programme:morpeth-neighbourhood-plan', 'org:northumberland-county-council', 'org:allerdale-council', 'org:copeland-council']),
    );
    expect(found).not.toContain('place:copeland');
  });

  it('reads "Derbyshire council" as the Derbyshire County Council the story names', () => {
    const doc = extract('Derbyshire council claim savings are not cuts. In a Derbyshire County Council meeting on Monday, councillors met.');
    expect(doc.entities.filter((e) => e.type === 'Organisation').map((e) => e.id)).toEqual(['org:derbyshire-county-council']);
  });

  it('reads "Kellingley Colliery" as a place, "Oxford Economics" and the "Scottish Courts and Tribunals Service" as bodies', () => {
    const found = ids('Kellingley Colliery closed. A report by Oxford Economics said so. The Scottish Courts and Tribunals Service agreed.');
    expect(found).toEqual(expect.arrayContaining(['place:kellingley-colliery', 'org:oxford-economics', 'org:scottish-courts-and-tribunals-service']));
  });
});

describe('names the run-25 blind set still taught (session 6): a description before a name', () => {
  it('drops "Neighbour" and "Campaigner" opening a sentence before a full name', () => {
    expect(ids('Neighbour Chris Jones said it was dangerous. Campaigner Mary Smith agreed.').sort()).toEqual(['person:chris-jones', 'person:mary-smith']);
  });
});

describe('names the run-30 blind set taught (session 6): word first names, small courts and stations, chains, portfolios', () => {
  it('reads "Frank Donlon" and "councillor Robin Stuchbury" as people, and "Campaigner Ozma Hafiz" without the description', () => {
    const found = ids('Frank Donlon of the charity said it. It was raised by councillor Robin Stuchbury. Campaigner Ozma Hafiz said so.');
    expect(found.filter((id) => id.startsWith('person:')).sort()).toEqual(['person:frank-donlon', 'person:ozma-hafiz', 'person:robin-stuchbury']);
  });

  it('reads "Mold crown court", "Stroud station" and "Stanhope plc" as named, and makes no person of "Don’t"', () => {
    const found = ids('He was sent to Mold crown court. Trains stop at Stroud station. Chosen developer Stanhope plc was due. “Don’t tell me,” he said.');
    expect(found).toEqual(expect.arrayContaining(['org:mold-crown-court', 'place:stroud-station', 'org:stanhope-plc']));
    expect(found.filter((id) => id.startsWith('person:'))).toEqual([]);
  });

  it('makes no place of a portfolio ("Cabinet member for Planning and Economic Development") or of "UK plc"', () => {
    const found = ids('Cllr Bob Lanzer, Cabinet member for Planning and Economic Development, said it matters to UK plc.');
    expect(found.filter((id) => !id.startsWith('role:'))).toEqual(['person:bob-lanzer', 'place:uk']);
  });

  it('reads "Cafe Rouge", "Patisserie Valerie" and "Abercrombie and Fitch" as companies', () => {
    const found = ids('Tragus owns Cafe Rouge. His Patisserie Valerie chain grew. Zara and Abercrombie and Fitch were interested.');
    expect(found).toEqual(expect.arrayContaining(['org:cafe-rouge', 'org:patisserie-valerie', 'org:abercrombie-fitch']));
    expect(found).not.toContain('org:fitch-ratings');
  });
});

describe('names the run-31 blind set taught (session 6): a nickname inside a name', () => {
  it('reads "Neil \'Carling\' Coyle" as Neil Coyle', () => {
    expect(ids("Labour backbencher Neil 'Carling' Coyle tried to take a pop.")).toContain('person:neil-coyle');
  });
});

describe('names the run-32 blind set taught (session 6): council areas and towns', () => {
  it('knows Argyll and Bute, Cavan, Bury and Burton on Trent, and keeps Angus a first name', () => {
    const found = ids('Policing in Argyll and Bute and west Cavan was discussed in Bury and Burton on Trent. Angus Macpherson spoke.');
    expect(found).toEqual(expect.arrayContaining(['place:argyll-and-bute', 'place:cavan', 'place:bury', 'person:angus-macpherson']));
    expect(found).not.toContain('place:argyll');
  });
});

describe('names the run-33 blind set taught (session 7): capitals opening a paragraph, compass words', () => {
  it('reads a drop-capital first word as written in a sentence ("KEIR Starmer said…"), keeping offsets and dates as written', () => {
    const text = 'KEIR Starmer said the poor had not got the change they needed.\n\nYESTERDAY, Wigan Council said it would close the library.';
    const doc = extractArticle({ text, publishedAt: '2019-12-13', title: 't' });
    const keir = entity(doc, 'person:keir-starmer');
    expect(keir.name).toBe('Keir Starmer');
    expect(text.slice(keir.mentions[0]!.start, keir.mentions[0]!.end)).toBe('KEIR Starmer');
    expect(speakerOf(doc, 'the poor had not got')).toBe('person:keir-starmer');
    for (const statement of doc.statements) expect(statement.text).toBe(text.slice(statement.start, statement.end));
    expect(statementWith(doc, 'close the library').date?.text).toBe('YESTERDAY');
  });

  it('leaves acronyms opening a paragraph as they are ("BBC News", "BHRUT chief executive")', () => {
    const found = ids('BBC News said it would act.\n\nBHRUT chief executive Matthew Trainer spoke.');
    expect(found).toEqual(expect.arrayContaining(['org:bbc-news', 'person:matthew-trainer']));
    expect(found).not.toContain('org:bhrut-chief');
  });

  it('keeps a compass word that opens the sentence in the body\'s name ("North Lincolnshire Council will…")', () => {
    expect(ids('North Lincolnshire Council will request a review.')).toEqual(['org:north-lincolnshire-council']);
  });
});

describe('names the run-33 blind set taught (session 7): office holders by surname, saints’ villages, rail bodies', () => {
  it('takes a well-known office holder’s surname alone for that person, but not a surname that is a word ("May")', () => {
    const doc = extract('Badenoch was on the attack today, accusing Starmer of being “weak”. Ms May was not there.');
    expect(entity(doc, 'person:kemi-badenoch').aliases).toContain('Badenoch');
    expect(entity(doc, 'person:keir-starmer').aliases).toContain('Starmer');
    expect(doc.entities.map((e) => e.id)).not.toContain('person:theresa-may');
    expect(speakerOf(doc, 'Starmer of being')).toBe('person:kemi-badenoch');
  });

  it('reads "the villages of St Tudy, St Mabyn and St Breward" as three places', () => {
    expect(ids('Passengers living in the villages of St Tudy, St Mabyn and St Breward feared being cut off.')).toEqual([
      'place:st-tudy',
      'place:st-mabyn',
      'place:st-breward',
    ]);
  });

  it('knows the Office of Rail and Road, London Overground and Her Majesty’s Courts and Tribunal Service', () => {
    const found = ids(
      "An inquiry by the Office of Rail and Road (ORR) was ordered. London Overground was hit. He offered it to Her Majesty's Courts and Tribunal Service.",
    );
    expect(found).toEqual(['org:office-of-rail-and-road', 'org:london-overground', 'org:hm-courts-and-tribunals-service']);
  });
});

describe('names the run-33 blind set taught (session 7): letters for the kind of body, "X Live" newsrooms', () => {
  it('takes "(ICB)" after "NHS Humber and North Yorkshire Integrated Care Board" as its letters, so "The ICB say…" is the board', () => {
    const doc = extract(
      'The review by NHS Humber and North Yorkshire Integrated Care Board (ICB) was confirmed. The ICB say the changes will affect seven patients a day.',
    );
    expect(entity(doc, 'org:nhs-humber-and-north-yorkshire-integrated-care-board').aliases).toContain('ICB');
    expect(speakerOf(doc, 'seven patients a day')).toBe('org:nhs-humber-and-north-yorkshire-integrated-care-board');
  });

  it('reads "told Devon Live that…" as a newsroom, not a person', () => {
    expect(ids('Phil Luke told Devon Live that the hospitals are busy.')).toEqual(['person:phil-luke', 'org:devon-live']);
  });
});

describe('names the run-34 blind set taught (session 7): a councillor is no prime minister', () => {
  it('keeps "Cllr Johnson" a councillor of that name, not Boris Johnson', () => {
    const found = ids('Cllr Johnson said: "We are looking to learn lessons." Johnson added that the plan was fine.');
    expect(found).toContain('person:johnson');
    expect(found).not.toContain('person:boris-johnson');
  });
});

describe('names the run-34 blind set taught (session 7): institutions of a place, descriptions before names', () => {
  it('reads "the University of Glasgow" as the university and keeps "Church of England" and the Welsh LGA whole', () => {
    const found = ids('He is a graduate of the University of Glasgow, a member of the Church of England, and the Welsh Local Government Association agreed.');
    expect(found).toEqual(['org:university-of-glasgow', 'org:church-of-england', 'org:welsh-local-government-association']);
  });

  it('takes "Objector" off "Objector Richard Palmer" and reads "his predecessor Netta Meadows" as a person', () => {
    expect(ids('Objector Richard Palmer raised concerns. His predecessor Netta Meadows left.')).toEqual(['person:richard-palmer', 'person:netta-meadows']);
  });
});

describe('names the run-34 blind set taught (session 7): homes by name', () => {
  it('reads "Alexander Care Home" as a place, not a person called Alexander Care', () => {
    expect(ids('She visited Alexander Care Home on Monday.')).toEqual(['place:alexander-care-home']);
  });
});

describe('names the run-35 blind set taught (session 7): streets in a list, Leamington', () => {
  it('reads "High Street and George Street" as two streets, and "Leamington" as Leamington Spa', () => {
    const found = ids('Shops in High Street and George Street have been hit. Residents met in Leamington.');
    expect(found).toEqual(['place:high-street', 'place:george-street', 'place:leamington-spa']);
  });
});

describe('names the run-35 blind set taught (session 7): a business by its managing director', () => {
  it('reads "Aubrey Allen’s managing director Russ Allen" as a business and its director, but keeps "Boris Johnson’s spokesman" a person’s', () => {
    const doc = extract('A panel comprising Aubrey Allen’s managing director Russ Allen took questions. Boris Johnson’s spokesman declined to comment.');
    expect(entity(doc, 'org:aubrey-allen').type).toBe('Organisation');
    expect(doc.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['person:russ-allen', 'person:boris-johnson']));
  });
});

describe('names the run-36 blind set taught (session 7): universities and clubs', () => {
  it('knows universities no rule builds and clubs whose names read as places', () => {
    const found = ids(
      "Ballots are under way at King's College London and University College London. Premiership Rugby said Wasps and Worcester Warriors were in trouble; Manchester City agreed.",
    );
    expect(found).toEqual([
      'org:kings-college-london',
      'org:university-college-london',
      'org:premiership-rugby',
      'org:wasps',
      'org:worcester-warriors',
      'org:manchester-city',
    ]);
  });
});

describe('names the run-36 blind set taught (session 7): posts after an honorific, ages, "and District", chemists', () => {
  it('makes no person of "the Lord Lieutenant of Cambridgeshire" and keeps "Eamon Henry, aged 28, of Marston Road" a person', () => {
    const found = ids(
      'The Lord Lieutenant of Cambridgeshire, Hugh Duberly, sat there. Stephen Hunt, aged 33, of Edgehill Road, Eamon Henry, aged 28, of Marston Road, were charged.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['place:cambridgeshire', 'person:hugh-duberly', 'person:stephen-hunt', 'person:eamon-henry', 'place:marston-road']),
    );
    expect(found).not.toContain('person:lieutenant');
  });

  it('reads "Grantham and District Hospital" whole and "W Phillips Chemist" as a business', () => {
    const found = ids('Hospitals include Grantham and District Hospital. Sandeep Dhumi, superintendent of W Phillips Chemist, spoke.');
    expect(found).toEqual(expect.arrayContaining(['place:grantham-and-district-hospital', 'org:w-phillips-chemist']));
    expect(found).not.toContain('place:district-hospital');
  });
});

describe('names the run-33 blind set still taught (session 7): a sitting is no place', () => {
  it('makes no place of "In PMQs,"', () => {
    expect(ids('In PMQs, Starmer refuted Badenoch’s claims.')).toEqual(['person:keir-starmer', 'person:kemi-badenoch']);
  });
});

describe('names the run-37 blind set taught (session 7): ferries and lochs, travel and audit bodies, accountants', () => {
  it('knows CalMac, ABTA, Audit Scotland and Grant Thornton, and reads lochs and ports by name as places', () => {
    const found = ids(
      'A CalMac update said sailings from Kennacraig to Port Askaig across Loch Fyne were off. ABTA agreed. Audit Scotland and Grant Thornton reported.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'org:caledonian-macbrayne',
        'place:kennacraig',
        'place:port-askaig',
        'place:loch-fyne',
        'org:abta',
        'org:audit-scotland',
        'org:grant-thornton',
      ]),
    );
    expect(found.filter((id) => id.startsWith('person:'))).toEqual([]);
  });
});
