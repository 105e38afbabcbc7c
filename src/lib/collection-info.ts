/** How each collection is named for readers: its index title, the name of one entry, a description. */
import type { CollectionName } from '../schemas/index.ts';

export interface CollectionInfo {
  title: string;
  singular: string;
  description: string;
  /** What a count of its entries is called, where the title does not say it ("32 glossary terms"). */
  counted?: string;
}

export const COLLECTION_INFO: Record<CollectionName, CollectionInfo> = {
  decisions: {
    title: 'Decisions',
    singular: 'Decision',
    description:
      'Decisions of the Ministerial Council and the Permanent Council on cyber/ICT security, in the order they were adopted.',
  },
  cbms: {
    title: 'Confidence-building measures',
    singular: 'CBM',
    description:
      'The sixteen cyber/ICT confidence-building measures agreed in PC.DEC/1106 (2013) and PC.DEC/1202 (2016).',
  },
  documents: {
    title: 'Documents',
    singular: 'Document',
    description: 'Declarations, training material and other texts beyond the decisions.',
  },
  events: {
    title: 'Events',
    singular: 'Event',
    description: 'Conferences, workshops and roundtables on cyber/ICT security.',
  },
  activities: {
    title: 'Activities',
    singular: 'Activity',
    description: 'Field and capacity-building activities, projects and partnerships.',
  },
  bodies: {
    title: 'Bodies',
    singular: 'Body',
    description: 'The OSCE bodies, institutions, units and partner organisations that appear in the corpus.',
  },
  states: {
    title: 'States',
    singular: 'State',
    description: 'The 57 participating States and the 11 Partners for Co-operation.',
  },
  terms: {
    title: 'Glossary',
    singular: 'Term',
    counted: 'glossary terms',
    description:
      "The terms the record uses, defined in the project's own words with their sources: CBM 9 asks for common terminology.",
  },
  frameworks: {
    title: 'Frameworks',
    singular: 'Framework',
    description:
      'Outside texts the OSCE measures are read against: the UN GGE 2015 report and other regional sets of confidence-building measures.',
  },
  norms: {
    title: 'Norms',
    singular: 'Norm',
    description:
      'The norms and measures of those frameworks, each with the OSCE measures linked to it and the basis of each link.',
  },
  sources: {
    title: 'Sources',
    singular: 'Source',
    description: 'Where the facts on this site come from: official texts and secondary sources.',
  },
};
