/**
 * Titles, honorifics and roles: what comes before or after a name in British news ("Commander
 * Dean Haydon", "Ch Con Campbell", "chief executive John Chambers", "a government spokeswoman").
 */
import { dictionary } from './dictionary';

/** Honorifics: say that a name follows, and sometimes the person's gender. */
export const HONORIFICS: Record<string, 'male' | 'female' | undefined> = dictionary({
  mr: 'male', mister: 'male', sir: 'male', lord: 'male', master: 'male', mrs: 'female', ms: 'female', miss: 'female', dame: 'female',
  lady: 'female', baroness: 'female', baron: 'male', dr: undefined, prof: undefined, professor: undefined, rev: undefined, reverend: undefined,
  father: 'male', sister: 'female', rabbi: undefined, imam: undefined, sheikh: 'male', cllr: undefined, clr: undefined, coun: undefined, couns: undefined, cllrs: undefined, councillor: undefined,
});

/**
 * Role titles that stand before a name, lower-case, longest first where one contains another;
 * the value is the canonical role name (the Role entity's name). Abbreviations map to the full title.
 */
export const ROLE_TITLES: Record<string, string> = dictionary({
  'prime minister': 'Prime Minister', 'deputy prime minister': 'Deputy Prime Minister', 'home secretary': 'Home Secretary',
  'foreign secretary': 'Foreign Secretary', 'chancellor of the exchequer': 'Chancellor', chancellor: 'Chancellor', 'shadow chancellor': 'Shadow Chancellor',
  'health secretary': 'Health Secretary', 'education secretary': 'Education Secretary', 'justice secretary': 'Justice Secretary',
  'defence secretary': 'Defence Secretary', 'business secretary': 'Business Secretary', 'culture secretary': 'Culture Secretary',
  'transport secretary': 'Transport Secretary', 'work and pensions secretary': 'Work and Pensions Secretary', 'environment secretary': 'Environment Secretary',
  'housing secretary': 'Housing Secretary', 'scottish secretary': 'Scottish Secretary', 'welsh secretary': 'Welsh Secretary',
  'northern ireland secretary': 'Northern Ireland Secretary', 'energy secretary': 'Energy Secretary', 'shadow home secretary': 'Shadow Home Secretary',
  'cabinet secretary': 'Cabinet Secretary', 'security minister': 'Security Minister', 'policing minister': 'Policing Minister', 'immigration minister': 'Immigration Minister',
  'health minister': 'Health Minister', 'foreign minister': 'Foreign Minister', 'first minister': 'First Minister', minister: 'Minister',
  'attorney general': 'Attorney General', 'attorney-general': 'Attorney General', 'solicitor general': 'Solicitor General',
  'secretary of state': 'Secretary of State', 'secretary general': 'Secretary General', 'secretary-general': 'Secretary General',
  'general secretary': 'General Secretary', 'assembly member': 'Assembly Member', 'opposition leader': 'Leader of the Opposition', 'leader of the opposition': 'Leader of the Opposition',
  'labour leader': 'Labour leader', 'conservative leader': 'Conservative leader', 'tory leader': 'Conservative leader', 'party leader': 'Party leader',
  leader: 'Leader', 'deputy leader': 'Deputy leader', president: 'President', 'vice president': 'Vice President', 'vice-president': 'Vice President',
  chairman: 'Chairman', chairwoman: 'Chairwoman', chair: 'Chair', speaker: 'Speaker', mayor: 'Mayor', 'lord mayor': 'Lord Mayor', governor: 'Governor',
  senator: 'Senator', congressman: 'Congressman', congresswoman: 'Congresswoman', ambassador: 'Ambassador', mp: 'MP', mep: 'MEP', msp: 'MSP', ms: 'MS',
  councillor: 'Councillor', cllr: 'Councillor', clr: 'Councillor', coun: 'Councillor', couns: 'Councillor', cllrs: 'Councillor', councillors: 'Councillor', 'police and crime commissioner': 'Police and Crime Commissioner', 'crime commissioner': 'Police and Crime Commissioner', pcc: 'Police and Crime Commissioner',
  commissioner: 'Commissioner', 'deputy commissioner': 'Deputy Commissioner', 'assistant commissioner': 'Assistant Commissioner',
  'met commissioner': 'Commissioner', 'chief constable': 'Chief Constable', 'ch con': 'Chief Constable', 'chief con': 'Chief Constable', cc: 'Chief Constable',
  'deputy chief constable': 'Deputy Chief Constable', dcc: 'Deputy Chief Constable', 'assistant chief constable': 'Assistant Chief Constable',
  acc: 'Assistant Chief Constable', commander: 'Commander', cmdr: 'Commander', 'chief superintendent': 'Chief Superintendent', 'ch supt': 'Chief Superintendent',
  'det ch supt': 'Detective Chief Superintendent', 'det chief supt': 'Detective Chief Superintendent', 'chief supt': 'Chief Superintendent', 'chf supt': 'Chief Superintendent', 'chf insp': 'Chief Inspector', dcs: 'Detective Chief Superintendent', 'detective chief superintendent': 'Detective Chief Superintendent', superintendent: 'Superintendent',
  supt: 'Superintendent', 'det supt': 'Detective Superintendent', 'detective superintendent': 'Detective Superintendent', 'chief inspector': 'Chief Inspector',
  'ch insp': 'Chief Inspector', 'detective chief inspector': 'Detective Chief Inspector', dci: 'Detective Chief Inspector', 'det ch insp': 'Detective Chief Inspector',
  inspector: 'Inspector', insp: 'Inspector', ins: 'Inspector', 'area commander': 'Area Commander', 'district commander': 'District Commander', 'detective inspector': 'Detective Inspector', di: 'Detective Inspector', 'det insp': 'Detective Inspector',
  sergeant: 'Sergeant', sgt: 'Sergeant', 'detective sergeant': 'Detective Sergeant', ds: 'Detective Sergeant', 'det sgt': 'Detective Sergeant',
  constable: 'Constable', pc: 'Police Constable', 'police constable': 'Police Constable', 'detective constable': 'Detective Constable', dc: 'Detective Constable',
  pcso: 'Police Community Support Officer', judge: 'Judge', sheriff: 'Sheriff', 'sheriff principal': 'Sheriff Principal', 'sheriff clerk': 'Sheriff clerk',
  'procurator fiscal': 'Procurator Fiscal', 'fiscal depute': 'Fiscal depute', mla: 'MLA', am: 'AM', 'district judge': 'District Judge', 'his honour judge': 'Judge', 'her honour judge': 'Judge',
  recorder: 'Recorder', 'mr justice': 'Judge', 'mrs justice': 'Judge', 'lord justice': 'Lord Justice', 'lady justice': 'Lady Justice',
  'lord chief justice': 'Lord Chief Justice', coroner: 'Coroner', 'senior coroner': 'Senior Coroner', magistrate: 'Magistrate', qc: 'QC', kc: 'KC',
  'chief executive': 'Chief executive', 'chief executive officer': 'Chief executive', ceo: 'Chief executive', boss: 'Chief executive',
  'chief operating officer': 'Chief operating officer', 'chief financial officer': 'Chief financial officer', cfo: 'Chief financial officer',
  'finance director': 'Finance director', 'managing director': 'Managing director', director: 'Director', 'executive director': 'Executive director',
  founder: 'Founder', 'co-founder': 'Co-founder', analyst: 'Analyst', economist: 'Economist', 'chief economist': 'Chief economist',
  spokesman: 'Spokesman', spokeswoman: 'Spokeswoman', spokesperson: 'Spokesperson', 'head teacher': 'Head teacher', headteacher: 'Head teacher',
  professor: 'Professor', dr: 'Doctor', general: 'General', 'major general': 'Major General', colonel: 'Colonel', captain: 'Captain', admiral: 'Admiral',
  'lieutenant colonel': 'Lieutenant Colonel', 'lt col': 'Lieutenant Colonel', lieutenant: 'Lieutenant', 'lt': 'Lieutenant', brigadier: 'Brigadier',
  'lord lieutenant': 'Lord Lieutenant', 'deputy lieutenant': 'Deputy Lieutenant', 'high sheriff': 'High Sheriff',
  major: 'Major', 'sergeant major': 'Sergeant Major', corporal: 'Corporal', 'lance corporal': 'Lance Corporal', 'air marshal': 'Air Marshal',
  'chief of the defence staff': 'Chief of the Defence Staff', archbishop: 'Archbishop', bishop: 'Bishop', pope: 'Pope', king: 'King', queen: 'Queen', prince: 'Prince', princess: 'Princess',
  'group commercial director': 'Group commercial director', 'commercial director': 'Commercial director', 'police officer': 'Police officer',
  'chair of governors': 'Chair of governors', 'chair of the governors': 'Chair of governors', 'chairman of governors': 'Chair of governors',
  'senior investigating officer': 'Senior investigating officer', 'investigating officer': 'Investigating officer', sio: 'Senior investigating officer',
  'officer in the case': 'Officer in the case', 'deputy chief executive': 'Deputy chief executive', headmaster: 'Headmaster', headmistress: 'Headmistress',
  // ("Defra Secretary Michael Gove", "Secretary Jo Smith": a secretary of state named by department.)
  secretary: 'Secretary',
  organiser: 'Organiser', 'regional organiser': 'Regional organiser', 'national officer': 'National officer', 'regional officer': 'Regional officer',
  'shop steward': 'Shop steward', convenor: 'Convenor',
  policeman: 'Police officer', policewoman: 'Police officer', officer: 'Officer', 'commanding officer': 'Commanding officer', barrister: 'Barrister',
  solicitor: 'Solicitor', lawyer: 'Lawyer', prosecutor: 'Prosecutor', 'chief prosecutor': 'Chief prosecutor', detective: 'Detective',
  defendant: 'Defendant', 'co-defendant': 'Co-defendant',
});

/** Role nouns whose gender they give away. */
export const GENDERED_ROLES: Record<string, 'male' | 'female'> = dictionary({
  spokesman: 'male', spokeswoman: 'female', policeman: 'male', policewoman: 'female', chairman: 'male', chairwoman: 'female',
  congressman: 'male', congresswoman: 'female', king: 'male', queen: 'female', prince: 'male', princess: 'female', businessman: 'male',
  businesswoman: 'female', father: 'male', mother: 'female', son: 'male', daughter: 'female', brother: 'male', sister: 'female', husband: 'male',
  wife: 'female', uncle: 'male', aunt: 'female', nephew: 'male', niece: 'female', boy: 'male', girl: 'female', man: 'male', woman: 'female',
  grandfather: 'male', grandmother: 'female', widow: 'female', widower: 'male', actor: 'male', actress: 'female',
});

/**
 * Nouns for one unnamed person who may speak ("a government spokeswoman", "one user", "the
 * foreman of the jury"): such a speaker becomes an article-scoped Person.
 */
export const PERSON_NOUNS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'source', 'official', 'officer', 'policeman', 'policewoman', 'user', 'witness', 'resident',
  'neighbour', 'friend', 'relative', 'foreman', 'juror', 'analyst', 'economist', 'lawyer', 'barrister', 'solicitor', 'prosecutor', 'judge',
  'minister', 'mp', 'councillor', 'teacher', 'doctor', 'gp', 'person', 'nurse', 'paramedic', 'surgeon', 'student', 'parent', 'mother', 'father', 'man', 'woman',
  'boy', 'girl', 'victim', 'survivor', 'insider', 'aide', 'adviser', 'advisor', 'executive', 'director', 'manager', 'worker', 'employee',
  'shopper', 'customer', 'passenger', 'driver', 'campaigner', 'activist', 'protester', 'member', 'leader', 'founder', 'chairman', 'chair',
  'boss', 'chief', 'commander', 'detective', 'inspector', 'superintendent', 'constable', 'sergeant', 'coroner', 'magistrate', 'recorder',
  'expert', 'academic', 'professor', 'researcher', 'scientist', 'diplomat', 'ambassador', 'commissioner', 'owner', 'landlord', 'tenant',
  'voter', 'backbencher', 'peer', 'colleague', 'partner', 'son', 'daughter', 'brother', 'sister', 'husband', 'wife', 'uncle', 'aunt',
  'nephew', 'niece', 'pensioner', 'resident', 'local', 'organiser', 'volunteer', 'trader', 'investor', 'fan', 'commentator', 'observer',
  'caller', 'listener', 'viewer', 'reader', 'journalist', 'reporter', 'correspondent', 'editor', 'soldier', 'veteran', 'officer',
  'teenager', 'youth', 'child', 'pupil', 'motorist', 'cyclist', 'pedestrian', 'homeowner', 'householder', 'patient', 'bystander', 'onlooker',
  'mum', 'dad', 'grandmother', 'grandfather', 'shopkeeper', 'publican', 'landlady', 'head', 'headteacher', 'headmaster', 'headmistress',
  // Court and crime ledes ("A burglar who claimed…", "A fraudster who told…").
  'burglar', 'thief', 'robber', 'fraudster', 'conman', 'killer', 'murderer', 'attacker', 'offender', 'defendant', 'shoplifter', 'stalker',
  'abuser', 'paedophile', 'rapist', 'thug', 'dealer', 'arsonist', 'motorcyclist', 'businessman', 'businesswoman', 'farmer', 'builder', 'developer',
  'mechanic', 'carer', 'cleaner', 'chef', 'widow', 'widower', 'gran', 'grandad', 'grandma', 'retiree',
]);

/**
 * Plural nouns for a collective speaker ("critics say", "police say", "government figures
 * show"): such a speaker becomes an article-scoped Group.
 */
export const GROUP_NOUNS = new Set([
  'critics', 'police', 'officers', 'campaigners', 'activists', 'protesters', 'officials', 'analysts', 'economists', 'experts', 'residents',
  'ministers', 'mps', 'peers', 'councillors', 'figures', 'sources', 'opponents', 'supporters', 'teachers', 'doctors', 'nurses', 'unions',
  'investors', 'scientists', 'researchers', 'lawyers', 'prosecutors', 'inspectors', 'inspections', 'families', 'parents', 'victims',
  'witnesses', 'neighbours', 'locals', 'users', 'fans', 'insiders', 'aides', 'advisers', 'leaders', 'bosses', 'executives', 'employers',
  'workers', 'staff', 'employees', 'landlords', 'tenants', 'voters', 'backbenchers', 'rebels', 'colleagues', 'commentators', 'observers',
  'academics', 'charities', 'groups', 'organisers', 'traders', 'retailers', 'businesses', 'firms', 'companies', 'banks', 'lenders',
  'authorities', 'diplomats', 'statistics', 'data', 'polls', 'surveys', 'reports', 'studies', 'community', 'people', 'operators', 'villagers',
  'detectives', 'investigators', 'firefighters', 'paramedics', 'medics', 'commuters', 'motorists', 'passengers', 'customers', 'shoppers',
  'students', 'pupils', 'patients', 'farmers', 'planners', 'trustees', 'governors', 'members', 'directors', 'managers', 'judges', 'magistrates',
  'cabinet', 'committee', 'panel', 'chiefs', 'protestors', 'demonstrators', 'petitioners', 'objectors', 'heads', 'headteachers',
  'solicitors', 'barristers', 'gps', 'midwives', 'carers', 'consultants', 'surgeons', 'clinicians', 'vets', 'pharmacists', 'dentists',
  'landowners', 'homeowners', 'householders', 'shopkeepers', 'publicans', 'developers', 'builders', 'drivers', 'cyclists', 'pedestrians',
  'lecturers', 'governments', 'councils', 'forces', 'regulators', 'msps', 'mlas', 'engineers', 'bankers',
]);
