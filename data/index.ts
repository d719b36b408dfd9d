/**
 * The bundled dataset. It is validated at build time (`build:before` in wxt.config.ts and
 * `npm run data:check`), so the extension trusts it here instead of paying for validation
 * on every page.
 */
import aboutJson from './about.json';
import entities from './entities.json';
import entitiesCs from './entities.cs.json';
import incidents from './incidents.json';
import incidentsCs from './incidents.cs.json';
import claims from './claims.json';
import claimsCs from './claims.cs.json';
import type { About, Claim, ClaimTexts, Dataset, Entity, EntityTexts, Incident, IncidentTexts } from '../lib/dataset/schema';

export const dataset: Dataset = {
  entities: entities as Entity[],
  incidents: incidents as Incident[],
  claims: claims as Claim[],
  translations: {
    cs: {
      entities: entitiesCs as Record<string, EntityTexts>,
      incidents: incidentsCs as Record<string, IncidentTexts>,
      claims: claimsCs as Record<string, ClaimTexts>,
    },
  },
};

/** The dataset's scope, period and date. */
export const about: About = aboutJson;
