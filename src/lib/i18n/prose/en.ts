/**
 * The prose of the pages that exist only in English and Russian (the about page, the matrix, the
 * timeline and the cross-walk): their headings, leads, legends and explanations. The other
 * languages do not have these pages, so only English and Russian (./ru.ts, typed `Prose`) carry
 * them. `{name}` marks a link, a code span or a value filled in at use (src/components/Sentence.astro).
 */
import type { Plural } from '../index.ts';

export const proseEn = {
  about: {
    title: 'About the record',
    description:
      'What the CyberCBM record includes, what it leaves out and why, how each fact is graded, and how to report an error.',
    crumb: 'About',
    lead: 'CyberCBM records what the OSCE has decided and done on cyber/ICT security since 2004. Every entry names at least one source and where in it the fact stands, so that a reader can open the source and check.',
    covers: 'What the record covers',
    coversText:
      'The decisions of the Permanent Council and the Ministerial Council, the sixteen confidence-building measures they set out, the documents around them (declarations of the Parliamentary Assembly, guidelines, reports), the conferences, workshops and trainings held under them, the longer projects of the Secretariat and the field operations, and the bodies and States involved. Today it holds:',
    leavesOut: 'What it leaves out, and why',
    leftOut: [
      {
        lead: 'People.',
        text: 'There is no directory of officials. Speakers appear only in the text of an event, with their role and the source that quotes them, where what they said explains the event. Ministries and delegations whose officials are quoted get no entries of their own.',
      },
      {
        lead: 'Parts of the OSCE without cyber/ICT work.',
        text: 'The OSCE has many Secretariat units and field operations; only those a source shows doing cyber/ICT work have pages here.',
      },
      {
        lead: 'Leads no source settles.',
        text: "An item is left out while a source cannot pin it down: a workshop whose release gives the day but not the year, an event known only from a page that could not be opened. Examples: a workshop for Uzbekistan's cyber security centre on 17 October of an unknown year; a study visit of CBM 8 contact points to Estonia with no year; Chairpersonship conferences on cyber/ICT security in 2023 and 2025, for which no source was found; the place of the 2016 Cyber Showcase. Where an entry is kept although one detail is uncertain, its page says so.",
      },
      {
        lead: "Events that are not the OSCE's.",
        text: 'Meetings run by others, such as hearings of national parliaments or outside dialogues, serve at most as sources.',
      },
      {
        lead: 'Wording that could not be checked.',
        text: "Where the official text of a decision could not be opened, the site says only what a readable source shows, and says so. A decision whose symbol no source shows (the Ministerial Council's 2017 decision on ICTs) is marked as unverified.",
      },
    ],
    openLeads: 'Leads not yet settled',
    openLeadsText:
      'Items that public sources point to but that the site has not been able to pin down in a copy it could read. They are left out, or kept with the doubt shown on their page, until a readable source settles them; a reader who has one can {link}.',
    reportIt: 'report it',
    leads: [
      'Ministerial Council Decision No. 6/07 (Madrid, 2007) on protecting critical energy infrastructure from terrorist attack: no copy of its text was read, and only a Secretariat page links it to cyber threats.',
      'An expert meeting on threats to critical energy infrastructure in Vienna in August 2008: the sources read show no cyber content, and its date is recorded as a conflict on the energy-infrastructure exercise series.',
      "The adopted cyber wording of the Parliamentary Assembly's Astana (2008) and Oslo (2010) declarations: only reports and tables of contents were read.",
      "The Astana Commemorative Declaration of the 2010 Summit, known to the site only as quoted in a later Assembly draft; and the cyber language of the Milan Ministerial Council's 2018 declaration on the digital economy.",
      'Who chaired the Informal Working Group in its first two years (2012–2014): the only copy of an opening statement is undated.',
      'Events whose source gives a day but no year: a national expert workshop on cyber security in Yerevan (8 December), a course in Tajikistan (5–9 June), an ICT training in Sarajevo, a political-military seminar in Sarajevo, and an incident-classification workshop in Uzbekistan (17 October).',
      "OSCE publications seen without a date: the Cyber Incident Classification report, the National Cyber Incident Classification Handbook and the first edition of Serbia's guide to information security.",
      "Four exercises of the 2016–2018 series on cyber threats to energy infrastructure that the releases number but do not describe; a cyber camp in Albania in 2022; the Secretary General's report on police-related activities in 2013.",
    ],
    grades: 'How a fact is graded',
    gradesText: 'Each citation of a source carries one of three grades, shown beside it on the page and in the {link}:',
    dataDownloads: 'data downloads',
    gradeList: [
      {
        term: 'Primary',
        text: "The issuer's own text (an OSCE page or decision), a faithful copy of an official text hosted elsewhere, or a word-for-word reprint of an OSCE release.",
      },
      {
        term: 'Secondary',
        text: "Someone else's account: a research institute's profile, a news report, a policy observatory.",
      },
      {
        term: 'Inferred',
        text: "The site's own reasoning, for example a year worked out from the order in which pages were published. Every inference is explained in a note on the entry: the field, what the source says and why the site concludes what it does.",
      },
    ],
    marked:
      "An entry that rests on secondary sources only says so at the top of its page, and its export row has {secondaryOnly}. A value the site infers is marked where it appears: beside the field on the page, in the {matrix} (a cell that rests on an inference) and in the export row's {inferredFields}.",
    matrix: 'matrix',
    conflicts: 'When sources disagree',
    conflictsText:
      'Where two sources give different dates, places or readings, the entry keeps both: a note names the field, what the other source claims, which version the site follows and why. Every such note is also listed on {link}.',
    sourceNotes: 'where sources disagree',
    report: 'Reporting an error',
    reportText:
      "If you find a mistake, a missing event or a better source, {issue} on the project's repository, or propose the change in a pull request (see {contribute}). Say which entry is affected and give the address of a source that shows the correct fact. Each entry page links to its file and its history in the repository.",
    openIssue: 'open an issue',
    contribute: 'Contribute',
  },
  matrix: {
    title: 'CBM-to-decision matrix',
    description:
      'Which OSCE decision introduced, reaffirmed or referenced each of the sixteen cyber/ICT confidence-building measures.',
    crumb: 'Matrix',
    lead: 'Which decision introduced each measure, which later decisions reaffirmed or referenced it, and how many events and activities in the corpus served it. Every cell links to the place in the decision.',
    legend: 'Legend',
    role: { introduced: 'introduced', reaffirmed: 'reaffirmed', referenced: 'referenced' },
    roleNote: {
      introduced: "the decision adopted the measure (links to the measure's paragraph)",
      reaffirmed: 'a later decision confirmed or called for implementing it',
      referenced: 'a decision mentions it without adding to it',
    },
    inferred: '(inferred)',
    inferredNote:
      "the role is the site's reading, explained in the decision's notes on the sources: for example, MC.DEC/5/16 endorses PC.DEC/1202 and stresses implementing the measures, which the site reads as reaffirming each of them",
    inferredTitle: "the site's reading, not the decision's words: see the decision's notes on the sources",
    notMentioned: 'not mentioned',
    derived:
      "Derived from the content: each measure's {introducedBy} and each decision's {cbms}. The same table is available as {csv} and {json}.",
    caption:
      'The sixteen confidence-building measures (rows) against the decisions in the order they were adopted (columns). Each cell says whether the decision introduced, reaffirmed or referenced the measure. Events and activities count the work a source ties to the measure; the last column, the work the site reads as its practice (no source names the measure for it).',
    measure: 'Measure',
    events: 'Events',
    activities: 'Activities',
    readAs: 'Read as practice',
    siteReading: "(the site's reading)",
    introducedBy: 'introduced by',
  },
  timeline: {
    title: 'Timeline',
    /** One collection's timeline: `{name}` is its title in lower case, `{title}` as written. */
    titleOf: 'Timeline: {name}',
    description: 'Every dated decision, document, event and activity in the corpus, year by year.',
    descriptionOf: 'The {name} in the corpus, year by year.',
    lead: 'Every dated decision, document, event and activity, from the first decision on terrorist use of the Internet to today.',
    filters: 'Filter the timeline by type',
    all: 'All',
    entries: { one: '{n} entry', other: '{n} entries' } as Plural,
    /** `{count}, {from}–{to}.` */
    summary: '{count}, {from}–{to}.',
    /** What a gap has none of: any entry, or the entries of the one collection shown. */
    none: { all: 'entry', decisions: 'decisions', documents: 'documents', events: 'events', activities: 'activities' },
    gapYear: 'No {what} in the record for this year: the sources the project has searched show none.',
    gapYears: 'No {what} in the record for these years: the sources the project has searched show none.',
  },
  crosswalk: {
    title: 'Cross-walk: OSCE measures and the UN norms',
    description:
      "Which OSCE cyber/ICT confidence-building measure answers which UN GGE 2015 norm or OAS measure, and on what basis: a cited source, or the site's own reading.",
    crumb: 'Cross-walk',
    heading: 'Cross-walk: OSCE measures and other frameworks',
    lead: "The sixteen OSCE measures (rows) against the norms of the 2015 UN Group of Governmental Experts and the measures of other regional sets (columns). Each link names its basis: a source that states it, or the site's own reading of the two texts, with its reason.",
    legend: 'Legend',
    noLink: 'no link',
    counted: {
      source: { one: '{n} link stated by a source', other: '{n} links stated by a source' } as Plural,
      reading: { one: "{n} link that is the site's reading", other: "{n} links that are the site's reading" } as Plural,
    },
    counts: '{source}, {reading}.',
    caption:
      "OSCE measures (rows) against the norms of each framework (columns). A filled mark: a source states the link; an open mark in a dashed box: the site's reading.",
    measure: 'Measure',
    /** What a cell says to a screen reader: `CBM 8 and 13(b): the site's reading`. */
    cell: '{cbm} and {norm}: {basis}',
    data: 'The same links as {csv} and {json} ({schema}). Frameworks:',
    byMeasure: 'Every link, measure by measure',
    unlinked: 'Norms no OSCE measure answers',
    unlinkedNote: 'Each page says why.',
  },
};

export type Prose = typeof proseEn;
