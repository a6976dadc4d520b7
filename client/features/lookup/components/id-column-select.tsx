import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ColumnGuess } from '../id-file/detect-id-column';

interface Props {
  guess: ColumnGuess;
  column: number | null;
  onChange: (column: number) => void;
}

const shorten = (text: string) => (text.length > 28 ? `${text.slice(0, 28)}…` : text);

/** A column's header, or "Column 3" when it has none. */
export function columnName(guess: ColumnGuess, index: number, t: TFunction<'lookup'>): string {
  return guess.columns[index]?.label || t('idFile.columnNumber', { number: index + 1 });
}

/** Lets the operator overrule the guessed ID column: each choice shows its header, a sample cell and its ID count. */
export function IdColumnSelect({ guess, column, onChange }: Props) {
  const { t } = useTranslation('lookup');
  return (
    <TextField
      select
      size="small"
      label={t('idFile.column')}
      value={column === null ? '' : String(column)}
      onChange={(event) => onChange(Number(event.target.value))}
      fullWidth
    >
      {guess.columns.map((c) => (
        <MenuItem key={c.index} value={String(c.index)} translate="no">
          {t('idFile.columnOption', {
            label: shorten(columnName(guess, c.index, t)),
            sample: shorten(c.sample || '—'),
            count: c.validIds,
          })}
        </MenuItem>
      ))}
    </TextField>
  );
}
