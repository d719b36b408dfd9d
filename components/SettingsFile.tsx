import { useState } from 'preact/hooks';
import { i18n } from './i18n';

interface Props {
  /** The settings as a file's text, made when the reader exports. */
  exportText: () => string;
  /** What is wrong with an imported file's text, or undefined when it can be imported. */
  check: (text: string) => string | undefined;
  /** Replaces the settings with the file's. */
  onImport: (text: string) => Promise<unknown>;
  /** Puts every setting back to its default. */
  onReset: () => Promise<unknown>;
}

/** The file the settings are saved in, when exported. */
const FILE_NAME = 'backgrounder-settings.json';

/** Export, import and reset of the settings: an invalid file is refused with what is wrong with it, and changes nothing. */
export function SettingsFile({ exportText, check, onImport, onReset }: Props) {
  const [message, setMessage] = useState<{ text: string; problem: boolean } | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  const { t } = i18n();
  const download = () => {
    const url = URL.createObjectURL(new Blob([exportText()], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: FILE_NAME });
    link.click();
    // The click has handed the file to the browser's download by the next task.
    setTimeout(() => URL.revokeObjectURL(url));
    setMessage({ text: t('file_saved', FILE_NAME), problem: false });
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    const problem = check(text);
    if (problem) return setMessage({ text: problem, problem: true });
    await onImport(text);
    setMessage({ text: t('file_imported', file.name), problem: false });
  };
  return (
    <div class="settings-file" data-testid="settings-file">
      <p class="actions">
        <button type="button" data-testid="export" onClick={download}>
          {t('file_export')}
        </button>
        <label class="button">
          {t('file_import')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import"
            class="visually-hidden"
            onChange={(event) => {
              const input = event.currentTarget;
              void importFile(input.files?.[0]).finally(() => (input.value = ''));
            }}
          />
        </label>
        {confirming ? (
          <span role="group" aria-label={t('file_resetQuestion')}>
            <button type="button" data-testid="reset-confirm" onClick={() => void onReset().then(() => (setConfirming(false), setMessage({ text: t('file_resetDone'), problem: false })))}>
              {t('file_resetConfirm')}
            </button>
            <button type="button" class="link" onClick={() => setConfirming(false)}>
              {t('file_cancel')}
            </button>
          </span>
        ) : (
          <button type="button" data-testid="reset" onClick={() => setConfirming(true)}>
            {t('file_reset')}
          </button>
        )}
      </p>
      {message && (
        <p class={message.problem ? 'problem' : 'hint'} role={message.problem ? 'alert' : 'status'} data-testid="settings-file-message">
          {message.text}
        </p>
      )}
    </div>
  );
}
