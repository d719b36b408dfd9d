import { i18n } from './i18n';
/** The settings (lib/ext/settings.ts; components stay below that layer, so by name), each named to the reader by `setting_<name>`. */
export const SETTING_NAMES: readonly string[] = ['paused', 'disabledSites', 'addedSites', 'hiddenKinds', 'density', 'markStyle', 'cardDelay', 'claimNotes'];

interface Props {
  /** The settings as read: the fields that could not be, and whether a newer version wrote them. */
  loaded: { corrupt: readonly string[]; newer?: boolean | undefined };
}

/** Says which saved settings could not be read (now at their defaults), or that a newer Backgrounder wrote them; nothing otherwise. */
export function SettingsNotice({ loaded }: Props) {
  if (loaded.corrupt.length === 0 && !loaded.newer) return null;
  const { t } = i18n();
  const names = loaded.corrupt.map((name) => t(`setting_${name}`));
  return (
    <p class="problem" role="alert" data-testid="settings-problem" data-corrupt={loaded.corrupt.join(' ')}>
      {names.length > 0 && `${t('settings_corrupt', names.join(', '))} `}
      {loaded.newer && t('settings_newer')}
    </p>
  );
}
