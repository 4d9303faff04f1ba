import { Button, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { gaveUpSigningIn, onSignInNeeded, signedInAgain } from './auth-gate';
import { LoginForm } from './LoginForm';
import { useSession } from './session-context';

/**
 * Over the current page when the session ran out and could not be renewed: the page stays
 * mounted (forms keep what was typed), and the requests that were refused retry once the same
 * user has signed in again. Another user signing in starts afresh from the home page.
 */
export function SignInModal() {
  const { t } = useI18n();
  const { state, logout } = useSession();
  const [open, setOpen] = useState(false);
  useEffect(() => onSignInNeeded(setOpen), []);

  const previous = state.status === 'signed-in' ? state.me : null;

  return (
    <Modal
      open={open}
      title={t('login.again')}
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={null}
      destroyOnHidden
      width={400}
    >
      <LoginForm
        notice={t('login.againHint')}
        username={previous?.username}
        onSignedIn={(caller) => {
          if (previous && caller.userId !== previous.userId) {
            gaveUpSigningIn(new Error('another user signed in'));
            window.location.assign('/');
            return;
          }
          signedInAgain();
        }}
      />
      <Button
        type="link"
        block
        style={{ marginTop: 8 }}
        onClick={() => {
          gaveUpSigningIn(new Error('signed out'));
          void logout();
        }}
      >
        {t('login.leave')}
      </Button>
    </Modal>
  );
}
