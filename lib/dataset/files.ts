/** Where each part of the dataset lives, relative to the project: for messages and for the check command. */
export const DATA_FILES = {
  entities: 'data/entities.json',
  incidents: 'data/incidents.json',
  reference: 'data/reference.tsv',
  about: 'data/about.json',
  entitiesCs: 'data/entities.cs.json',
  incidentsCs: 'data/incidents.cs.json',
  claims: 'data/claims.json',
  claimsCs: 'data/claims.cs.json',
} as const;
