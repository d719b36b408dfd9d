import { i18n } from './i18n';
import { useShowAll } from './ShowAll';

interface Props {
  /** The corrected claims the page states, in page order: what each says, in the language of `lang`. */
  claims: ReadonlyArray<{ id: string; says: string; lang: string }>;
  /** How many show before "Show all", so that the popup stays one screen; all when absent. */
  limit?: number;
  /** Scrolls the page to the claim's sentence and opens its note; without it the claims are plain text. */
  onOpen?: ((id: string) => void) | undefined;
}

/** The popup's count of the page's corrected claims, each a way to its sentence. */
export function ClaimList({ claims, limit, onOpen }: Props) {
  const { plural } = i18n();
  const [shown, showAll] = useShowAll(claims, limit, 'claims-all');
  return (
    <section aria-labelledby="claims-heading" class="claims" data-testid="popup-claims">
      <h2 id="claims-heading" data-testid="claims-count">
        {plural('popup_claims', claims.length)}
      </h2>
      <ul>
        {shown.map((claim) => (
          <li key={claim.id} data-testid="claim-item" data-claim={claim.id} lang={claim.lang} title={claim.says}>
            {onOpen ? (
              <button type="button" class="link" data-testid="claim-open" onClick={() => onOpen(claim.id)}>
                {claim.says}
              </button>
            ) : (
              claim.says
            )}
          </li>
        ))}
      </ul>
      {showAll}
    </section>
  );
}
