import { useState } from 'preact/hooks';
import { i18n } from './i18n';

/** What came of an attempt: the site as added, or what went wrong. */
export type AddResult = { site: string } | { error: string };

interface Props {
  /** Tries to add what the reader typed. */
  onAdd: (input: string) => Promise<AddResult> | AddResult;
}

/** The options page's form to add any site: a host or an address, checked before the browser asks for the site. */
export function AddSite({ onAdd }: Props) {
  const [input, setInput] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [added, setAdded] = useState<string | undefined>(undefined);
  const { t } = i18n();
  return (
    <form
      class="add-site"
      data-testid="add-site"
      onSubmit={(event) => {
        event.preventDefault();
        // onAdd asks the browser for the site first thing, inside the reader's gesture.
        void Promise.resolve(onAdd(input)).then((result) => {
          setProblem('error' in result ? result.error : undefined);
          setAdded('site' in result ? result.site : undefined);
          if ('site' in result) setInput('');
        });
      }}
    >
      <label for="add-site-input">{t('sites_add')}</label>
      <div class="row">
        <input
          id="add-site-input"
          data-testid="add-site-input"
          type="text"
          inputMode="url"
          placeholder={t('sites_addPlaceholder')}
          autocomplete="off"
          spellcheck={false}
          value={input}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? 'add-site-problem' : undefined}
          onInput={(event) => setInput(event.currentTarget.value)}
        />
        <button type="submit" data-testid="add-site-button">
          {t('sites_addButton')}
        </button>
      </div>
      {problem && (
        <p id="add-site-problem" class="problem" role="alert" data-testid="add-site-problem">
          {problem}
        </p>
      )}
      {added && (
        <p class="hint" role="status" data-testid="add-site-done">
          {t('sites_added', added)}
        </p>
      )}
    </form>
  );
}
