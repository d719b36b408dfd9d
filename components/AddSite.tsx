import { useState } from 'preact/hooks';

interface Props {
  /** Tries to add what the reader typed; resolves with what went wrong, or undefined once added. */
  onAdd: (input: string) => Promise<string | undefined> | string | undefined;
}

/** The options page's form to add any site: a host or an address, checked before the browser asks for the site. */
export function AddSite({ onAdd }: Props) {
  const [input, setInput] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [added, setAdded] = useState<string | undefined>(undefined);
  return (
    <form
      class="add-site"
      data-testid="add-site"
      onSubmit={(event) => {
        event.preventDefault();
        const typed = input;
        // onAdd asks the browser for the site first thing, inside the reader's gesture.
        void Promise.resolve(onAdd(typed)).then((error) => {
          setProblem(error);
          setAdded(error ? undefined : typed.trim());
          if (!error) setInput('');
        });
      }}
    >
      <label for="add-site-input">Add a site</label>
      <div class="row">
        <input
          id="add-site-input"
          data-testid="add-site-input"
          type="text"
          inputMode="url"
          placeholder="sme.sk or https://www.sme.sk/…"
          autocomplete="off"
          spellcheck={false}
          value={input}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? 'add-site-problem' : undefined}
          onInput={(event) => setInput(event.currentTarget.value)}
        />
        <button type="submit" data-testid="add-site-button">
          Add
        </button>
      </div>
      {problem && (
        <p id="add-site-problem" class="problem" role="alert" data-testid="add-site-problem">
          {problem}
        </p>
      )}
      {added && !problem && (
        <p class="hint" role="status" data-testid="add-site-done">
          Added. Backgrounder now runs on {added}.
        </p>
      )}
    </form>
  );
}
