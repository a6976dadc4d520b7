import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { zhCN } from '@mui/x-date-pickers/locales';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/i18n/use-format';
import { isoToPickerValue, pickerValueToIso } from '../date-filter';

// Pickers rather than `datetime-local`: the browser shows that in its own UI language, not the console's, so a
// zh-CN operator in an English browser would still read mm/dd/yyyy.
const ADAPTER_LOCALES = { en: 'en', 'zh-CN': 'zh-cn' } as const;

/** Date pickers in the operator's language and time zone, with their own texts (calendar, buttons) to match. */
export function DatePickersProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation('audit');
  const { language } = useFormat();
  const base = language === 'zh-CN' ? zhCN.components.MuiLocalizationProvider.defaultProps.localeText : {};
  return (
    <LocalizationProvider
      dateAdapter={AdapterDayjs}
      adapterLocale={ADAPTER_LOCALES[language]}
      localeText={{
        ...base,
        // Placeholders in the catalogue: MUI's Chinese ones are Latin letters ("YYYY/MM/DD").
        fieldYearPlaceholder: () => t('filters.placeholder.year'),
        fieldMonthPlaceholder: () => t('filters.placeholder.month'),
        fieldDayPlaceholder: () => t('filters.placeholder.day'),
        fieldHoursPlaceholder: () => t('filters.placeholder.hours'),
        fieldMinutesPlaceholder: () => t('filters.placeholder.minutes'),
      }}
    >
      {children}
    </LocalizationProvider>
  );
}

interface Props {
  label: string;
  /** An ISO instant, or '' for no bound. */
  value: string;
  onChange: (iso: string) => void;
  /** "To" covers its whole minute. */
  endOfMinute?: boolean;
  error?: string;
}

/** A minute-precision bound for the audit filters, shown and typed in local time or UTC as the operator chose. */
export function DateFilterField({ label, value, onChange, endOfMinute = false, error }: Props) {
  const { timeZone } = useFormat();
  return (
    <DateTimePicker
      label={label}
      value={isoToPickerValue(value, timeZone)}
      timezone={timeZone === 'utc' ? 'UTC' : 'system'}
      onChange={(picked) => onChange(pickerValueToIso(picked, { endOfMinute }))}
      slotProps={{
        textField: { size: 'small', error: error !== undefined, helperText: error },
        field: { clearable: true },
      }}
    />
  );
}

interface DateRangeFiltersProps {
  from: string;
  to: string;
  fromLabel: string;
  toLabel: string;
  toError?: string;
  onChange: (patch: { from?: string; to?: string }) => void;
}

/** Both bounds with their pickers; the default export, so the audit page can show its records before this loads. */
export default function DateRangeFilters({ from, to, fromLabel, toLabel, toError, onChange }: DateRangeFiltersProps) {
  return (
    <DatePickersProvider>
      <DateFilterField label={fromLabel} value={from} onChange={(iso) => onChange({ from: iso })} />
      <DateFilterField
        label={toLabel}
        value={to}
        onChange={(iso) => onChange({ to: iso })}
        endOfMinute
        error={toError}
      />
    </DatePickersProvider>
  );
}
