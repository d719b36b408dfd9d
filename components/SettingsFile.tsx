import { useState } from 'preact/hooks';

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
  const download = () => {
    const url = URL.createObjectURL(new Blob([exportText()], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: FILE_NAME });
    link.click();
    // The click has handed the file to the browser's download by the next task.
    setTimeout(() => URL.revokeObjectURL(url));
    setMessage({ text: `Saved as ${FILE_NAME}.`, problem: false });
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    const problem = check(text);
    if (problem) return setMessage({ text: problem, problem: true });
    await onImport(text);
    setMessage({ text: `Imported the settings of ${file.name}.`, problem: false });
  };
  return (
    <div class="settings-file" data-testid="settings-file">
      <p class="actions">
        <button type="button" data-testid="export" onClick={download}>
          Export to a file
        </button>
        <label class="button">
          Import from a file
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
          <span role="group" aria-label="Reset every setting?">
            <button type="button" data-testid="reset-confirm" onClick={() => void onReset().then(() => (setConfirming(false), setMessage({ text: 'Every setting is back to its default.', problem: false })))}>
              Yes, reset everything
            </button>
            <button type="button" class="link" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" data-testid="reset" onClick={() => setConfirming(true)}>
            Reset to defaults
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
