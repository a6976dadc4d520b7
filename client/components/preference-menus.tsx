import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import SvgIcon from '@mui/material/SvgIcon';
import { lazy, type ReactNode, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, THEME_MODES, type ThemeMode, type TimeZoneMode } from '../../contract/preferences';
import { zoneLabel } from '../lib/format/date-time';
import { LANGUAGE_NAMES } from '../lib/i18n/languages';
import { changePreferences, type DisplayPreferences, usePreferences } from '../lib/i18n/preferences';

const loadPopup = () => import('./preference-menu-popup');
// lazy() drops the component's type parameter; the cast puts it back.
const PreferenceMenuPopup = lazy(loadPopup) as unknown as typeof import('./preference-menu-popup').default;

// Material "language", "schedule" and "contrast" paths, inlined like the copy icon.
const GLOBE_PATH =
  'M11.99 2C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zm6.93 6h-2.95c-.32-1.25-.78-2.45-1.38-3.56 1.84.63 3.37 1.91 4.33 3.56zM12 4.04c.83 1.2 1.48 2.53 1.91 3.96h-3.82c.43-1.43 1.08-2.76 1.91-3.96zM4.26 14C4.1 13.36 4 12.69 4 12s.1-1.36.26-2h3.38c-.08.66-.14 1.32-.14 2s.06 1.34.14 2H4.26zm.82 2h2.95c.32 1.25.78 2.45 1.38 3.56-1.84-.63-3.37-1.9-4.33-3.56zm2.95-8H5.08c.96-1.66 2.49-2.93 4.33-3.56C8.81 5.55 8.35 6.75 8.03 8zM12 19.96c-.83-1.2-1.48-2.53-1.91-3.96h3.82c-.43 1.43-1.08 2.76-1.91 3.96zM14.34 14H9.66c-.09-.66-.16-1.32-.16-2s.07-1.35.16-2h4.68c.09.65.16 1.32.16 2s-.07 1.34-.16 2zm.25 5.56c.6-1.11 1.06-2.31 1.38-3.56h2.95c-.96 1.65-2.49 2.93-4.33 3.56zM16.36 14c.08-.66.14-1.32.14-2s-.06-1.34-.14-2h3.38c.16.64.26 1.31.26 2s-.1 1.36-.26 2h-3.38z';
const CLOCK_PATH =
  'M11.99 2C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8zm.5-13H11v6l5.25 3.15.75-1.23-4.5-2.67z';
const CONTRAST_PATH =
  'M12 22c5.52 0 10-4.48 10-10S17.52 2 12 2 2 6.48 2 12s4.48 10 10 10zm1-17.93c3.94.49 7 3.86 7 7.93s-3.06 7.44-7 7.93V4.07z';

interface MenusProps {
  /** Saves a change to the operator's account; left out on the sign-in page, where it stays in this browser. */
  onSave?: (patch: Partial<DisplayPreferences>) => void;
  /** From this width up the button shows its text beside the icon; below, the icon only (the name stays). */
  textFrom?: 'md' | 'xl';
}

/** Switches the console's language at once; the choice is remembered in this browser and, signed in, on the account. */
export function LanguageMenu({ onSave, textFrom }: MenusProps) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const choose = async (next: Language) => {
    await changePreferences({ language: next }, { saved: onSave !== undefined });
    onSave?.({ language: next });
  };
  return (
    <PreferenceMenu
      textFrom={textFrom}
      icon={GLOBE_PATH}
      label={t('language.current', { language: LANGUAGE_NAMES[language] })}
      text={LANGUAGE_NAMES[language]}
      items={LANGUAGES.map((value) => ({
        value,
        // Each name in its own language, marked as such for screen readers.
        text: <span lang={value}>{LANGUAGE_NAMES[value]}</span>,
      }))}
      selected={language}
      onChoose={choose}
    />
  );
}

/** Shows every time in local time (with its zone) or in UTC. */
export function TimeZoneMenu({ onSave, textFrom }: MenusProps) {
  const { t } = useTranslation();
  const { language, timeZone } = usePreferences();
  const localZone = zoneLabel(Date.now(), { locale: language, timeZone: 'local' });
  const shown = timeZone === 'utc' ? 'UTC' : localZone;
  const choose = async (next: TimeZoneMode) => {
    await changePreferences({ timeZone: next }, { saved: onSave !== undefined });
    onSave?.({ timeZone: next });
  };
  return (
    <PreferenceMenu
      textFrom={textFrom}
      icon={CLOCK_PATH}
      label={t('timeZone.current', { zone: shown })}
      text={shown}
      items={[
        { value: 'local' as const, text: t('timeZone.local', { zone: localZone }) },
        { value: 'utc' as const, text: t('timeZone.utc') },
      ]}
      selected={timeZone}
      onChoose={choose}
    />
  );
}

/** Light or dark colours, or whatever the operating system uses. */
export function ThemeMenu({ onSave, textFrom }: MenusProps) {
  const { t } = useTranslation();
  const { theme } = usePreferences();
  const choose = async (next: ThemeMode) => {
    await changePreferences({ theme: next }, { saved: onSave !== undefined });
    onSave?.({ theme: next });
  };
  const shown = t(`theme.${theme}`);
  return (
    <PreferenceMenu
      textFrom={textFrom}
      icon={CONTRAST_PATH}
      label={t('theme.current', { theme: shown })}
      text={shown}
      items={THEME_MODES.map((value) => ({ value, text: t(`theme.${value}`) }))}
      selected={theme}
      onChoose={choose}
    />
  );
}

interface PreferenceMenuProps<T extends string> {
  icon: string;
  /** The button's accessible name; it contains the visible text, so voice users can say what they see. */
  label: string;
  text: string;
  items: { value: T; text: ReactNode }[];
  selected: T;
  onChoose: (value: T) => void;
  textFrom?: 'md' | 'xl' | undefined;
}

function PreferenceMenu<T extends string>({
  icon,
  label,
  text,
  items,
  selected,
  onChoose,
  textFrom = 'md',
}: PreferenceMenuProps<T>) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [opened, setOpened] = useState(false);
  const menuId = useId();
  return (
    <>
      <Button
        size="small"
        color="inherit"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? menuId : undefined}
        onClick={(event) => {
          setOpened(true);
          setAnchor(event.currentTarget);
        }}
        onPointerEnter={() => void loadPopup()}
        onFocus={() => void loadPopup()}
        startIcon={
          <SvgIcon fontSize="small">
            <path d={icon} />
          </SvgIcon>
        }
        sx={{
          color: 'text.secondary',
          whiteSpace: 'nowrap',
          // Below md the bar must stay one row: icon only, the name (aria-label) still says what it shows.
          minWidth: { xs: 40, [textFrom]: 64 },
          '& .MuiButton-startIcon': { mr: { xs: 0, [textFrom]: 1 }, ml: { xs: 0, [textFrom]: -0.5 } },
        }}
      >
        <Box component="span" sx={{ display: { xs: 'none', [textFrom]: 'inline' } }}>
          {text}
        </Box>
      </Button>
      {/* Loaded on first use (a pointer or focus on the button starts it early), then kept for the closing fade. */}
      {opened && (
        <Suspense fallback={null}>
          <PreferenceMenuPopup
            id={menuId}
            anchor={anchor}
            items={items}
            selected={selected}
            onClose={() => setAnchor(null)}
            onChoose={onChoose}
          />
        </Suspense>
      )}
    </>
  );
}
