import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterExt } from './filter-ext';

/** Ext as a key/value table with a search over both; values wrap in full instead of being cut. */
export function ExtTable({ ext }: { ext: Record<string, string> }) {
  const { t } = useTranslation('lookup');
  const headingId = useId();
  const [query, setQuery] = useState('');
  // A member may carry hundreds of entries; typing stays responsive while the table catches up.
  const entries = filterExt(ext, useDeferredValue(query));
  const total = Object.keys(ext).length;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 3 }}>
      <Typography id={headingId} variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
        {t('details.ext.title', { count: total })}
      </Typography>
      {total === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('details.ext.empty')}
        </Typography>
      ) : (
        <>
          <TextField
            type="search"
            size="small"
            fullWidth
            label={t('details.ext.search')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            sx={{ mb: 1 }}
          />
          <Table size="small" aria-labelledby={headingId} sx={{ tableLayout: 'fixed' }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: '38%', fontWeight: 600 }}>{t('details.ext.key')}</TableCell>
                <TableCell sx={{ fontWeight: 600 }}>{t('details.ext.value')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody translate="no">
              {entries.map(([key, value]) => (
                <TableRow key={key}>
                  <TableCell sx={{ overflowWrap: 'anywhere', verticalAlign: 'top' }}>{key}</TableCell>
                  <TableCell sx={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', verticalAlign: 'top' }}>
                    {value}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {entries.length === 0 && (
            <Typography role="status" variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {t('details.ext.noMatch')}
            </Typography>
          )}
        </>
      )}
    </Box>
  );
}
