import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

interface Props {
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Last line of defence: a render bug shows a way out instead of a blank page. */
export class AppErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Unhandled UI error', error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    const { message } = this.state.error;
    return (
      <Translation>
        {(t) => (
          <Box sx={{ maxWidth: 640, mx: 'auto', my: 8, px: 2 }}>
            <Alert
              severity="error"
              action={
                <Button color="inherit" size="small" onClick={() => window.location.reload()}>
                  {t('crash.reload')}
                </Button>
              }
            >
              <AlertTitle>{t('crash.title')}</AlertTitle>
              {t('crash.body', { message })}
            </Alert>
          </Box>
        )}
      </Translation>
    );
  }
}
