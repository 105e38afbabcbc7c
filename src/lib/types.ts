/** Shared type names for the pure modules. */
export type { CollectionName } from '../schemas/index.ts';
export type { FieldPath } from '../schemas/refs.ts';
