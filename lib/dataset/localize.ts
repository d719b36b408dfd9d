/**
 * The dataset's texts in the reader's language: Czech where the data has it, else English, with the
 * language each is in, so that the card says it (`lang`) to browsers and screen readers.
 */
import type { Dataset, Entity, Incident, TextLanguage } from './schema';

/** The texts' language for a reader whose interface is in `locale`: Czech for Czech, else English. */
export function textLanguageFor(locale: string): TextLanguage {
  return locale.toLowerCase().startsWith('cs') ? 'cs' : 'en';
}

/** An entity with its texts in `lang` where written, and the language they are in. */
export function localizeEntity(dataset: Dataset, entity: Entity, lang: TextLanguage): { entity: Entity; lang: TextLanguage } {
  const texts = lang === 'en' ? undefined : dataset.translations?.[lang]?.entities[entity.id];
  if (!texts) return { entity, lang: 'en' };
  return {
    entity: {
      ...entity,
      description: texts.description,
      roles: entity.roles?.map((role, i) => ({ ...role, title: texts.roles?.[i] ?? role.title })),
      facts: entity.facts.map((fact, i) => ({ ...fact, text: texts.facts[i] ?? fact.text })),
    },
    lang,
  };
}

/** An incident with its texts in `lang` where written, and the language they are in. */
export function localizeIncident(dataset: Dataset, incident: Incident, lang: TextLanguage): { incident: Incident; lang: TextLanguage } {
  const texts = lang === 'en' ? undefined : dataset.translations?.[lang]?.incidents[incident.id];
  if (!texts) return { incident, lang: 'en' };
  return {
    incident: {
      ...incident,
      title: texts.title,
      place: texts.place,
      summary: texts.summary,
      corrections: incident.corrections?.map((c, i) => ({ ...c, ...(texts.corrections?.[i] ?? {}) })),
    },
    lang,
  };
}
