/** How each setting (lib/ext/settings.ts; components stay below that layer, so by name) is named to the reader. */
export const SETTING_NAMES: Readonly<Record<string, string>> = {
  paused: 'the pause',
  disabledSites: 'the sites turned off',
  addedSites: 'the sites you added',
  hiddenKinds: 'what to mark',
  density: 'how many marks',
  markStyle: 'the marks’ style',
  cardDelay: 'the card’s delay',
};

interface Props {
  /** The settings as read: the fields that could not be, and whether a newer version wrote them. */
  loaded: { corrupt: readonly string[]; newer?: boolean | undefined };
}

/** Says which saved settings could not be read (now at their defaults), or that a newer Backgrounder wrote them; nothing otherwise. */
export function SettingsNotice({ loaded }: Props) {
  if (loaded.corrupt.length === 0 && !loaded.newer) return null;
  const names = loaded.corrupt.map((name) => SETTING_NAMES[name] ?? name);
  return (
    <p class="problem" role="alert" data-testid="settings-problem" data-corrupt={loaded.corrupt.join(' ')}>
      {names.length > 0 && `Some saved settings could not be read, so their defaults are in use: ${names.join(', ')}. `}
      {loaded.newer && 'Your settings were saved by a newer version of Backgrounder: this one uses what it understands and keeps the rest as it was.'}
    </p>
  );
}
