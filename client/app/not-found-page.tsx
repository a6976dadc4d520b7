import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';

export function NotFoundPage() {
  return (
    <Alert severity="info" variant="outlined" sx={{ bgcolor: 'background.paper' }}>
      <AlertTitle sx={{ fontWeight: 600 }}>Page not found</AlertTitle>
      There is nothing at this address.{' '}
      <Link component={RouterLink} to="/">
        Go to the lookup
      </Link>
    </Alert>
  );
}
