import { zhCN as core } from '@mui/material/locale';
import { zhCN as grid } from '@mui/x-data-grid/locales';

/** MUI's and the data grid's own texts (pagination, toolbar, menus) in Chinese; loaded only when chosen. */
export const zhCNLocales = [core, grid] as const;
